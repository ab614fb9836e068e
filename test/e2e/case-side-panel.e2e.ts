// The side panel beside a chat, in Chromium: the live case of the current tab's brand, growing as the
// chat's messages are recorded; and the panel follows the person to another brand's tab.
import { describe, expect, it } from "vitest";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { PERSON_MESSAGES, sendChatMessage } from "./support/chat";
import { openSidePanel } from "./case-support";

const session = chromiumSession();

describe("the side panel, in Chromium", () => {
  it("shows the brand's case beside its chat and adds each message as it is recorded", async () => {
    const { browser, server } = session;
    const chat = await browser.context.newPage();
    await chat.goto(server.url("127.0.0.1", "/yellow/chat-generic.html"));
    await watchSiteOf(browser, chat);
    const panel = await openSidePanel(browser, chat);
    await panel.getByRole("heading", { name: "Open case" }).waitFor();
    const latest = panel.getByRole("list", { name: "Latest in the case" });
    const count = () => latest.getByRole("listitem").count();
    await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(0);
    // Each event stored is in the panel (the chat's greeting may still be arriving).
    await expect.poll(async () => (await count()) === (await storedEvents(browser)).length, { timeout: 10_000 }).toBe(true);
    const before = await count();

    // The panel is not reloaded: it follows the database as the chat goes on.
    await sendChatMessage(chat, PERSON_MESSAGES[0] ?? "", 1);
    await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(before);
    await expect.poll(() => latest.textContent(), { timeout: 10_000 }).toContain(PERSON_MESSAGES[0]);
    // What the agent wrote is shown as text, markup and all.
    await sendChatMessage(chat, PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(() => latest.textContent(), { timeout: 10_000 }).toContain("Marie <b>D.</b>");
    expect(await latest.locator("b, img").count()).toBe(0);
    await expect.poll(async () => (await count()) === Math.min(30, (await storedEvents(browser)).length), { timeout: 10_000 }).toBe(true);
    // The glance knows the chat was answered.
    await expect.poll(() => panel.locator(".case-glance").textContent()).toContain("Last answer");
    await panel.close();
  });

  it("says so beside a site that has no case", async () => {
    const { browser, server } = session;
    const other = await browser.context.newPage();
    await other.goto(server.url("localhost", "/yellow/contact.html"));
    const panel = await openSidePanel(browser, other);
    await expect.poll(() => panel.locator("main").textContent()).toContain("No open case for localhost.");
    await panel.close();
  });
});
