// Drift in its cross-origin frame (the brand page on 127.0.0.1, Drift's chat window on localhost), recorded
// in Chromium: the page's detection names the frame's host, the background follows that host's frames,
// detection inside the frame (named "drift-widget") loads the Drift reader there, and the capture belongs
// to the watched page. The frame is reloaded mid-chat: nothing is recorded twice, and recording goes on.
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
  await page.locator("iframe#drift-widget").waitFor({ state: "attached" });
  const frame = page.frame({ name: "drift-widget" });
  if (!frame) throw new Error("no Drift frame");
  await frame.waitForLoadState("load");
  return frame;
}

async function transcriptList(): Promise<string[][]> {
  return [...transcripts(await storedEvents(browser)).values()];
}

const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Type your message…", send: "Send" });

describe("Drift in a cross-origin frame, recorded in Chromium", () => {
  it("records the chat from inside Drift's frame, once, across a reload of the frame", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("127.0.0.1", "/yellow/chat-drift.html"));
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
    expect(events.every((e) => e.payload.vendor === "drift")).toBe(true);
    // The conversation id the widget shows keys the conversation, within this tab.
    expect(events[0]?.payload.conversationId).toMatch(/^tab-\d+\/drift:\d{10}$/);
    // Captured in Drift's frame, filed under the watched brand page's case.
    expect(new Set(events.map((e) => e.source?.frameOrigin))).toEqual(new Set([server.url("localhost", "").replace(/\/$/, "")]));
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    const registered = await browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).toContain("chat-frame:localhost");
  });
});
