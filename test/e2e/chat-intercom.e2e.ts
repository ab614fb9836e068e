// Intercom's Messenger, written by the page's script into an empty frame (about:blank, the page's own
// origin), recorded in Chromium: the frame is followed with a script registered for the watched host with
// matchOriginAsFallback, the Intercom reader runs inside it, and a re-written frame records nothing twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.mjs";
import { launchChromium, type ExtensionBrowser } from "./support/chromium";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, sendChatMessage, transcripts } from "./support/chat";

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

async function messenger(page: Page): Promise<Frame> {
  await page.locator("iframe[name=intercom-messenger-frame]").waitFor({ state: "attached" });
  const frame = page.frame({ name: "intercom-messenger-frame" });
  if (!frame) throw new Error("no Messenger frame");
  await frame.locator(".intercom-conversation-parts").waitFor({ state: "attached" });
  return frame;
}

async function transcriptList(): Promise<string[][]> {
  return [...transcripts(await storedEvents(browser)).values()];
}

// The Messenger's script runs in the page, which marks each step of the conversation there.
const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Write a reply…", send: "Send", stepsIn: frame.page() });

describe("Intercom in a script-written frame, recorded in Chromium", () => {
  it("records the Messenger's conversation from inside its about:blank frame, once", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("127.0.0.1", "/yellow/chat-intercom.html"));
    expect((await messenger(page)).url()).toBe("about:blank");
    await watchSiteOf(browser, page);
    const lines = conversationLines("");
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);
    await send(await messenger(page), PERSON_MESSAGES[0] ?? "", 1);
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[1])]);
    await send(await messenger(page), PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[2])]);

    // Intercom re-boots its Messenger: the frame is reloaded and written again.
    await page.evaluate(() => (window as unknown as { intercomReloadMessenger(): void }).intercomReloadMessenger());
    const rewritten = await messenger(page);
    await rewritten.getByText("Paul here.").waitFor();
    await send(rewritten, PERSON_MESSAGES[2] ?? "", 3);
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines]);

    const events = chatEventsOf(await storedEvents(browser));
    expect(events.every((e) => e.payload.vendor === "intercom")).toBe(true);
    // The frame has no address of its own: its captures carry the page's.
    expect(new Set(events.map((e) => `${e.source?.url} ${e.source?.frameOrigin}`))).toEqual(new Set([`${page.url()} ${new URL(page.url()).origin}`]));
    const registered = await browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.find((s) => s.id === "chat-frame:127.0.0.1")).toMatchObject({ allFrames: true, matchOriginAsFallback: true });
  });
});
