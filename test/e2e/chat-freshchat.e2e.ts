// Freshchat in its cross-origin frame (the brand page on 127.0.0.1, iframe#fc_widget on localhost standing
// in for wchat.freshchat.com), recorded in Chromium: the page's detection names the widget's host, the
// background follows that host's frames, detection inside the frame (by its name) loads the Freshchat
// reader there, and the captures belong to the watched page. The list is redrawn once on the way.
import { describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, frameNamed, sendChatMessage, transcriptList } from "./support/chat";

const session = chromiumSession();

const chatFrame = (page: Page) => frameNamed(page, "#fc_frame iframe#fc_widget", "fc_widget");

const stored = () => transcriptList(session.browser);

const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Type your message here", send: "Send" });

describe("Freshchat in a cross-origin frame, recorded in Chromium", () => {
  it("records the chat from inside iframe#fc_widget, once", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-freshchat.html"));
    const frame = await chatFrame(page);
    expect(new URL(frame.url()).hostname).toBe("localhost");
    await watchSiteOf(session.browser, page);
    const lines = conversationLines("");
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      await send(frame, text, i + 1);
      await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[i + 1])]);
    }

    const events = chatEventsOf(await storedEvents(session.browser));
    expect(events.every((e) => e.payload.vendor === "freshchat")).toBe(true);
    // Captured in the widget's frame, filed under the watched brand page's case.
    expect(new Set(events.map((e) => e.source?.frameOrigin))).toEqual(new Set([session.server.url("localhost", "").replace(/\/$/, "")]));
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    const registered = await session.browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).toContain("chat-frame:localhost");
  });
});
