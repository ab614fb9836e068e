// Salesforce messaging in its cross-origin frame (the brand page on 127.0.0.1, iframe#embeddedMessagingFrame
// on localhost standing in for <org>.my.site.com), its window made of Lightning web components behind
// nested shadow roots, recorded in Chromium: the page's detection names the site's host, the background
// follows that host's frames, detection inside (by the frame's name) loads the reader, which finds the list
// through the shadow roots. The list is redrawn once on the way.
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
  await page.locator(".embedded-messaging iframe#embeddedMessagingFrame").waitFor({ state: "attached" });
  const frame = page.frame({ name: "embeddedMessagingFrame" });
  if (!frame) throw new Error("no messaging frame");
  await frame.waitForLoadState("load");
  return frame;
}

async function transcriptList(): Promise<string[][]> {
  return [...transcripts(await storedEvents(browser)).values()];
}

// Playwright's locators pierce the open shadow roots, as a person's pointer does.
const send = (frame: Frame, text: string, step: number) => sendChatMessage(frame, text, step, { input: "Type your message...", send: "Send message" });

describe("Salesforce messaging in a cross-origin frame, recorded in Chromium", () => {
  it("records the chat from inside iframe#embeddedMessagingFrame, through its components' shadow roots, once", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("127.0.0.1", "/yellow/chat-salesforce.html"));
    const frame = await chatFrame(page);
    expect(new URL(frame.url()).hostname).toBe("localhost");
    // The list is not in the frame's document itself: only behind the components' shadow roots.
    expect(await frame.evaluate(() => document.querySelector(".cwc-message-list"))).toBeNull();
    await watchSiteOf(browser, page);
    const lines = conversationLines("");
    await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[0])]);
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      await send(frame, text, i + 1);
      await expect.poll(transcriptList, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[i + 1])]);
    }

    const events = chatEventsOf(await storedEvents(browser));
    expect(events.every((e) => e.payload.vendor === "salesforce")).toBe(true);
    expect(new Set(events.map((e) => e.source?.frameOrigin))).toEqual(new Set([server.url("localhost", "").replace(/\/$/, "")]));
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    const registered = await browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).toContain("chat-frame:localhost");
  });
});
