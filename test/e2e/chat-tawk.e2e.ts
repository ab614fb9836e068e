// Tawk.to's chat panel, written by the page's script into one of several frames with random ids (about:blank,
// the page's own origin), recorded in Chromium: the page's detection follows its "chat widget" frames with a
// script registered for the watched host (matchOriginAsFallback); detection inside names Tawk.to only in the
// frame that shows the panel, and the Tawk.to reader runs there. The list is redrawn once on the way.
import { describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, sendChatMessage, transcriptList } from "./support/chat";

const session = chromiumSession();

/** The frame that shows the chat panel: the frames have random ids, so it is found by its content. */
async function chatPanel(page: Page): Promise<Frame> {
  await page.locator("iframe[title='chat widget']").nth(1).waitFor({ state: "attached" });
  for (const frame of page.frames()) {
    if (frame !== page.mainFrame() && (await frame.locator(".tawk-chat-panel").count()) > 0) return frame;
  }
  throw new Error("no Tawk.to chat panel");
}

const stored = () => transcriptList(session.browser);

const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Type here and press enter..", send: "Send message", stepsIn: frame.page() });

describe("Tawk.to in script-written frames with random ids, recorded in Chromium", () => {
  it("records the conversation from inside the chat panel's about:blank frame, once", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-tawk.html"));
    const panel = await chatPanel(page);
    expect(panel.url()).toBe("about:blank");
    await watchSiteOf(session.browser, page);
    const lines = conversationLines("");
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      await send(panel, text, i + 1);
      await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[i + 1])]);
    }

    const events = chatEventsOf(await storedEvents(session.browser));
    expect(events.every((e) => e.payload.vendor === "tawk")).toBe(true);
    // The frames have no address of their own: captures carry the page's.
    expect(new Set(events.map((e) => `${e.source?.url} ${e.source?.frameOrigin}`))).toEqual(new Set([`${page.url()} ${new URL(page.url()).origin}`]));
    const registered = await session.browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.find((s) => s.id === "chat-frame:127.0.0.1")).toMatchObject({ allFrames: true, matchOriginAsFallback: true });
  });
});
