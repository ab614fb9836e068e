// Crisp, drawn in the page behind a CLOSED shadow root (the fixture's choice: the hardest in-page
// placement), recorded in Chromium: detection sees `.crisp-client`, the background loads the Crisp reader,
// which reads through the closed root; the whole feed is rebuilt once without anything recorded twice.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, onlyTranscript } from "./support/chat";

const session = chromiumSession();

/** Types into Crisp's composer as a person does (pointer and keyboard): tests cannot query a closed root either. */
async function typeInCrisp(page: Page, text: string, step: number): Promise<void> {
  const box = await page.evaluate(() => (window as unknown as { crispComposerBox(): DOMRect }).crispComposerBox());
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => Number(document.documentElement.dataset.conversationStep ?? 0) >= n, step, { timeout: 10_000 });
}

const stored = () => onlyTranscript(session.browser);

describe("Crisp in a closed shadow root, recorded in Chromium", () => {
  it("records the conversation message by message, with hand-offs, start and end, once", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-crisp.html"));
    await page.locator(".crisp-client").waitFor({ state: "attached" });
    // The page itself cannot reach into the widget.
    expect(await page.evaluate(() => document.querySelector(".crisp-client")?.shadowRoot ?? null)).toBeNull();
    await watchSiteOf(session.browser, page);

    const lines = conversationLines("");
    await expect.poll(stored, { timeout: 10_000 }).toEqual(lines.slice(0, LINES_AFTER_STEP[0]));
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      await typeInCrisp(page, text, i + 1);
      await expect.poll(stored, { timeout: 10_000 }).toEqual(lines.slice(0, LINES_AFTER_STEP[i + 1]));
    }

    const events = chatEventsOf(await storedEvents(session.browser));
    expect(events.every((e) => e.payload.vendor === "crisp")).toBe(true);
    expect(events[0]?.payload.conversationId).toMatch(/^tab-\d+\/crisp:[0-9a-f]{16}$/);
    expect(events.every((e) => e.source?.frameOrigin === session.server.url("127.0.0.1", "").replace(/\/$/, ""))).toBe(true);
  });
});
