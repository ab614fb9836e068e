// Zendesk's messaging Web Widget, written by the page's script into an empty frame (about:blank, the page's
// own origin) next to its launcher frame, recorded in Chromium: the frame is followed with a script
// registered for the watched host, detection inside the messaging window loads the Zendesk reader there,
// and a re-written window records nothing twice.
import { describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, frameOf, sendChatMessage, transcriptList } from "./support/chat";

const session = chromiumSession();

const messagingWindow = (page: Page) => frameOf(page, "iframe[title='Messaging window']", "[data-garden-id='chat.message_log']");

const stored = () => transcriptList(session.browser);

// The widget's script runs in the page, which marks each step of the conversation there.
const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Type a message", send: "Send message", stepsIn: frame.page() });

describe("Zendesk messaging in a script-written frame, recorded in Chromium", () => {
  it("records the conversation from inside the messaging window, once, across a re-written window", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-zendesk.html"));
    expect((await messagingWindow(page)).url()).toBe("about:blank");
    await watchSiteOf(session.browser, page);
    const lines = conversationLines("");
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);
    await send(await messagingWindow(page), PERSON_MESSAGES[0] ?? "", 1);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[1])]);
    await send(await messagingWindow(page), PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[2])]);

    // The widget reconnects: the window's frame is reloaded and written again with the whole conversation.
    await page.evaluate(() => (window as unknown as { zendeskReloadMessenger(): void }).zendeskReloadMessenger());
    const rewritten = await messagingWindow(page);
    await rewritten.getByText("Paul here.").waitFor();
    await send(rewritten, PERSON_MESSAGES[2] ?? "", 3);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines]);

    const events = chatEventsOf(await storedEvents(session.browser));
    expect(events.every((e) => e.payload.vendor === "zendesk")).toBe(true);
    expect(events[0]?.payload.conversationId).toMatch(/^tab-\d+\/zendesk:[0-9a-f]{16}$/);
    // The window has no address of its own: its captures carry the page's.
    expect(new Set(events.map((e) => `${e.source?.url} ${e.source?.frameOrigin}`))).toEqual(new Set([`${page.url()} ${new URL(page.url()).origin}`]));
  });
});
