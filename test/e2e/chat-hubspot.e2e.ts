// HubSpot in its cross-origin frame (the brand page on 127.0.0.1, HubSpot's chat window on localhost),
// recorded in Chromium: the page's detection names the frame's host, the background follows that host's
// frames, detection inside the frame (by its thread: the frame has no name) loads the HubSpot reader there,
// and the capture belongs to the watched page. The frame is reloaded mid-chat: nothing is recorded twice,
// and recording goes on.
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

async function chatFrame(page: Page): Promise<Frame> {
  const element = await page.locator("#hubspot-messages-iframe-container iframe").elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error("no HubSpot frame");
  await frame.waitForLoadState("load");
  return frame;
}

async function transcriptList(): Promise<string[][]> {
  return [...transcripts(await storedEvents(browser)).values()];
}

const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Write a message", send: "Send message" });

describe("HubSpot in a cross-origin frame, recorded in Chromium", () => {
  it("records the chat from inside HubSpot's frame, once, across a reload of the frame", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("127.0.0.1", "/yellow/chat-hubspot.html"));
    expect(new URL((await chatFrame(page)).url()).hostname).toBe("localhost");
    await watchSiteOf(browser, page);
    const lines = conversationLines("");
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);

    await send(await chatFrame(page), PERSON_MESSAGES[0] ?? "", 1);
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[1])]);
    await send(await chatFrame(page), PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[2])]);

    // The widget's frame reloads (as on a reconnection) and shows the conversation again.
    await (await chatFrame(page)).evaluate(() => location.reload());
    const reloaded = await chatFrame(page);
    await reloaded.getByText("Paul here.").waitFor();
    await send(reloaded, PERSON_MESSAGES[2] ?? "", 3);
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines]);

    const events = chatEventsOf(await storedEvents(browser));
    expect(events.every((e) => e.payload.vendor === "hubspot")).toBe(true);
    // The thread id the widget shows keys the conversation, within this tab.
    expect(events[0]?.payload.conversationId).toMatch(/^tab-\d+\/hubspot:\d{10}$/);
    // Captured in HubSpot's frame, filed under the watched brand page's case.
    expect(new Set(events.map((e) => e.source?.frameOrigin))).toEqual(new Set([server.url("localhost", "").replace(/\/$/, "")]));
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    const registered = await browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).toContain("chat-frame:localhost");
  });
});
