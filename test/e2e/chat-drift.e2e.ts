// Drift in its cross-origin frame (the brand page on 127.0.0.1, Drift's chat window on localhost), recorded
// in Chromium: the page's detection names the frame's host, the background follows that host's frames,
// detection inside the frame (named "drift-widget") loads the Drift reader there, and the capture belongs
// to the watched page. The frame is reloaded mid-chat: nothing is recorded twice, and recording goes on.
import { describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, frameNamed, sendChatMessage, transcriptList } from "./support/chat";

const session = chromiumSession();

const chatFrame = (page: Page) => frameNamed(page, "iframe#drift-widget", "drift-widget");

const stored = () => transcriptList(session.browser);

const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Type your message…", send: "Send" });

describe("Drift in a cross-origin frame, recorded in Chromium", () => {
  it("records the chat from inside Drift's frame, once, across a reload of the frame", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-drift.html"));
    expect(new URL((await chatFrame(page)).url()).hostname).toBe("localhost");
    await watchSiteOf(session.browser, page);
    const lines = conversationLines("");
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);

    await send(await chatFrame(page), PERSON_MESSAGES[0] ?? "", 1);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[1])]);
    await send(await chatFrame(page), PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[2])]);

    // The widget's frame reloads (as on a reconnection) and shows the conversation again.
    await (await chatFrame(page)).evaluate(() => location.reload());
    const reloaded = await chatFrame(page);
    await reloaded.getByText("Paul here.").waitFor();
    await send(reloaded, PERSON_MESSAGES[2] ?? "", 3);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines]);

    const events = chatEventsOf(await storedEvents(session.browser));
    expect(events.every((e) => e.payload.vendor === "drift")).toBe(true);
    // The conversation id the widget shows keys the conversation, within this tab.
    expect(events[0]?.payload.conversationId).toMatch(/^tab-\d+\/drift:\d{10}$/);
    // Captured in Drift's frame, filed under the watched brand page's case.
    expect(new Set(events.map((e) => e.source?.frameOrigin))).toEqual(new Set([session.server.url("localhost", "").replace(/\/$/, "")]));
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    const registered = await session.browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).toContain("chat-frame:localhost");
  });
});
