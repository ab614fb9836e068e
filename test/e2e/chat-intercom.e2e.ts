// Intercom's Messenger, written by the page's script into an empty frame (about:blank, the page's own
// origin), recorded in Chromium: the frame is followed with a script registered for the watched host with
// matchOriginAsFallback, the Intercom reader runs inside it, and a re-written frame records nothing twice.
import { describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, frameNamed, sendChatMessage, transcriptList } from "./support/chat";

const session = chromiumSession();

const messenger = (page: Page) => frameNamed(page, "iframe[name=intercom-messenger-frame]", "intercom-messenger-frame", ".intercom-conversation-parts");

const stored = () => transcriptList(session.browser);

// The Messenger's script runs in the page, which marks each step of the conversation there.
const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Write a reply…", send: "Send", stepsIn: frame.page() });

describe("Intercom in a script-written frame, recorded in Chromium", () => {
  it("records the Messenger's conversation from inside its about:blank frame, once", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-intercom.html"));
    expect((await messenger(page)).url()).toBe("about:blank");
    await watchSiteOf(session.browser, page);
    const lines = conversationLines("");
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);
    await send(await messenger(page), PERSON_MESSAGES[0] ?? "", 1);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[1])]);
    await send(await messenger(page), PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[2])]);

    // Intercom re-boots its Messenger: the frame is reloaded and written again.
    await page.evaluate(() => (window as unknown as { intercomReloadMessenger(): void }).intercomReloadMessenger());
    const rewritten = await messenger(page);
    await rewritten.getByText("Paul here.").waitFor();
    await send(rewritten, PERSON_MESSAGES[2] ?? "", 3);
    await expect.poll(stored, { timeout: 10_000 }).toEqual([lines]);

    const events = chatEventsOf(await storedEvents(session.browser));
    expect(events.every((e) => e.payload.vendor === "intercom")).toBe(true);
    // The frame has no address of its own: its captures carry the page's.
    expect(new Set(events.map((e) => `${e.source?.url} ${e.source?.frameOrigin}`))).toEqual(new Set([`${page.url()} ${new URL(page.url()).origin}`]));
    const registered = await session.browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.find((s) => s.id === "chat-frame:127.0.0.1")).toMatchObject({ allFrames: true, matchOriginAsFallback: true });
  });
});
