// "Record this chat", in Chromium: a chat Receipts cannot recognise (no vendor, no accessible markup)
// is recorded once the person points at it from the popup; and a vendor frame on a host Receipts may not
// read yet is offered in the popup, by name, instead of being entered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("chats Receipts does not recognise by itself, in Chromium", () => {
  it("records an unmarked chat once the person points at it with Record this chat", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url("127.0.0.1", "/yellow/chat-unmarked.html"));
    await watchSiteOf(browser, page);
    await sendChatMessage(page, PERSON_MESSAGES[0] ?? "", 1);
    // Nothing tells the chat apart from the page: nothing is recorded by itself.
    await page.waitForTimeout(2500);
    expect(chatEventsOf(await storedEvents(browser))).toEqual([]);

    const popup = await browser.openPopup(page);
    const chat = popup.getByRole("region", { name: "Record this chat" });
    await chat.getByRole("button", { name: "Record this chat" }).click();
    await expect.poll(() => chat.getByRole("status").textContent()).toBe("Now click the conversation in the page.");
    await popup.close();
    await page.getByText("Click the conversation to record it. Esc cancels.").waitFor();
    await page.getByText("Let me find an advisor for you.").click();

    const lines = conversationLines("You");
    const recorded = async () => [...transcripts(await storedEvents(browser)).values()];
    await expect.poll(recorded, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[1])]);
    await sendChatMessage(page, PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(recorded, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[2])]);
    expect(chatEventsOf(await storedEvents(browser)).every((e) => e.payload.vendor === "picked")).toBe(true);
    // The picker is gone and did not press what it picked.
    expect(await page.getByText("Click the conversation to record it. Esc cancels.").count()).toBe(0);
  });

  it("offers a vendor frame on a host Receipts may not read in the popup, and does not enter it", async () => {
    // chat.localhost resolves to this machine in Chromium, but is not among the test build's granted hosts.
    const page = await browser.context.newPage();
    await page.goto(server.url("127.0.0.1", "/yellow/chat-livechat.html?vendor=chat.localhost"));
    await page.locator("iframe#chat-widget").waitFor({ state: "attached" });
    expect(page.frames().some((f) => f.url().startsWith(`http://chat.localhost:${server.port}/`))).toBe(true);
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByRole("button", { name: "Record the chat from chat.localhost" }).count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.getByText("The chat on this page is shown by chat.localhost.", { exact: false }).count()).toBe(1);
    const registered = await browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).not.toContain("chat-frame:chat.localhost");
    expect(chatEventsOf(await storedEvents(browser)).filter((e) => e.source?.url?.includes("chat.localhost"))).toEqual([]);
  });
});
