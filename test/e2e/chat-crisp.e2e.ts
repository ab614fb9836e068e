// Crisp, drawn in the page behind a CLOSED shadow root (the fixture's choice: the hardest in-page
// placement), recorded in Chromium: detection sees `.crisp-client`, the background loads the Crisp reader,
// which reads through the closed root; the whole feed is rebuilt once without anything recorded twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.mjs";
import { launchChromium, type ExtensionBrowser } from "./support/chromium";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, transcripts } from "./support/chat";

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types into Crisp's composer as a person does (pointer and keyboard): tests cannot query a closed root either. */
async function typeInCrisp(page: Page, text: string, step: number): Promise<void> {
  const box = await page.evaluate(() => (window as unknown as { crispComposerBox(): DOMRect }).crispComposerBox());
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => Number(document.documentElement.dataset.conversationStep ?? 0) >= n, step, { timeout: 10_000 });
}

async function onlyTranscript(): Promise<string[]> {
  const all = [...transcripts(await storedEvents(browser)).values()];
  return all.length === 1 ? (all[0] ?? []) : [`${all.length} transcripts`];
}

describe("Crisp in a closed shadow root, recorded in Chromium", () => {
  it("records the conversation message by message, with hand-offs, start and end, once", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("127.0.0.1", "/yellow/chat-crisp.html"));
    await page.locator(".crisp-client").waitFor({ state: "attached" });
    // The page itself cannot reach into the widget.
    expect(await page.evaluate(() => document.querySelector(".crisp-client")?.shadowRoot ?? null)).toBeNull();
    await watchSiteOf(browser, page);

    const lines = conversationLines("");
    await expect.poll(onlyTranscript, { timeout: 10_000 }).toEqual(lines.slice(0, LINES_AFTER_STEP[0]));
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      await typeInCrisp(page, text, i + 1);
      await expect.poll(onlyTranscript, { timeout: 10_000 }).toEqual(lines.slice(0, LINES_AFTER_STEP[i + 1]));
    }

    const events = chatEventsOf(await storedEvents(browser));
    expect(events.every((e) => e.payload.vendor === "crisp")).toBe(true);
    expect(events[0]?.payload.conversationId).toMatch(/^tab-\d+\/crisp:[0-9a-f]{16}$/);
    expect(events.every((e) => e.source?.frameOrigin === server.url("127.0.0.1", "").replace(/\/$/, ""))).toBe(true);
  });
});
