// "Record this chat", in Chromium: a chat Receipts cannot recognise (no vendor, no accessible markup)
// is recorded once the person points at it from the popup; and a vendor frame on a host Receipts may not
// read yet is offered in the popup, by name, instead of being entered.
import { describe, expect, it } from "vitest";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, sendChatMessage, transcriptList } from "./support/chat";

const session = chromiumSession();

describe("chats Receipts does not recognise by itself, in Chromium", () => {
  it("records an unmarked chat once the person points at it with Record this chat", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-unmarked.html"));
    await watchSiteOf(session.browser, page);
    await sendChatMessage(page, PERSON_MESSAGES[0] ?? "", 1);
    // Nothing tells the chat apart from the page: nothing is recorded by itself.
    await page.waitForTimeout(2500);
    expect(chatEventsOf(await storedEvents(session.browser))).toEqual([]);

    const popup = await session.browser.openPopup(page);
    const chat = popup.getByRole("region", { name: "Record this chat" });
    await chat.getByRole("button", { name: "Record this chat" }).click();
    await expect.poll(() => chat.getByRole("status").textContent()).toBe("Now click the conversation in the page.");
    await popup.close();
    await page.getByText("Click the conversation to record it. Esc cancels.").waitFor();
    await page.getByText("Let me find an advisor for you.").click();

    const lines = conversationLines("You");
    const recorded = () => transcriptList(session.browser);
    await expect.poll(recorded, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[1])]);
    await sendChatMessage(page, PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(recorded, { timeout: 10_000 }).toEqual([lines.slice(0, LINES_AFTER_STEP[2])]);
    expect(chatEventsOf(await storedEvents(session.browser)).every((e) => e.payload.vendor === "picked")).toBe(true);
    // The picker is gone and did not press what it picked.
    expect(await page.getByText("Click the conversation to record it. Esc cancels.").count()).toBe(0);
  });

  it("offers a vendor frame on a host Receipts may not read in the popup, and does not enter it", async () => {
    // chat.localhost resolves to this machine in Chromium, but is not among the test build's granted hosts.
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-livechat.html?vendor=chat.localhost"));
    await page.locator("iframe#chat-widget").waitFor({ state: "attached" });
    expect(page.frames().some((f) => f.url().startsWith(`http://chat.localhost:${session.server.port}/`))).toBe(true);
    const popup = await session.browser.openPopup(page);
    await expect.poll(() => popup.getByRole("button", { name: "Record the chat from chat.localhost" }).count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.getByText("The chat on this page is shown by chat.localhost.", { exact: false }).count()).toBe(1);
    const registered = await session.browser.inWorker(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).not.toContain("chat-frame:chat.localhost");
    expect(chatEventsOf(await storedEvents(session.browser)).filter((e) => e.source?.url?.includes("chat.localhost"))).toEqual([]);
  });
});
