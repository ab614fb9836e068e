// Salesforce messaging in its cross-origin frame (the brand page on 127.0.0.1, iframe#embeddedMessagingFrame
// on localhost standing in for <org>.my.site.com), its window made of Lightning web components behind
// nested shadow roots, recorded in Chromium: the page's detection names the site's host, the background
// follows that host's frames, detection inside (by the frame's name) loads the reader, which finds the list
// through the shadow roots. The list is redrawn once on the way.
import { describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, frameNamed, sendChatMessage, transcriptList } from "./support/chat";

const session = chromiumSession();

const chatFrame = (page: Page) => frameNamed(page, ".embedded-messaging iframe#embeddedMessagingFrame", "embeddedMessagingFrame");

const stored = () => transcriptList(session.browser);

// Playwright's locators pierce the open shadow roots, as a person's pointer does.
const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Type your message...", send: "Send message" });

describe("Salesforce messaging in a cross-origin frame, recorded in Chromium", () => {
  it("records the chat from inside iframe#embeddedMessagingFrame, through its components' shadow roots, once", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-salesforce.html"));
    const frame = await chatFrame(page);
    expect(new URL(frame.url()).hostname).toBe("localhost");
    // The list is not in the frame's document itself: only behind the components' shadow roots.
    expect(await frame.evaluate(() => document.querySelector(".cwc-message-list"))).toBeNull();
    await watchSiteOf(session.browser, page);
    const lines = conversationLines("");
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      await send(frame, text, i + 1);
      await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[i + 1])]);
    }

    const events = chatEventsOf(await storedEvents(session.browser));
    expect(events.every((e) => e.payload.vendor === "salesforce")).toBe(true);
    expect(new Set(events.map((e) => e.source?.frameOrigin))).toEqual(new Set([session.server.url("localhost", "").replace(/\/$/, "")]));
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    const registered = await session.browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).toContain("chat-frame:localhost");
  });
});
