// A brand's own chat (no vendor), recorded in Chromium as it happens: each message once with its side,
// author and shown time, hand-offs, start and end; nothing twice after a redraw or a reload; markup kept
// as text; two tabs give two transcripts in one case; the dashboard reads the transcript as lines.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, onlyTranscript, sendChatMessage, transcriptList } from "./support/chat";

const session = chromiumSession();

const WHOLE_CHAT = conversationLines("You");
const FIRST_EXCHANGE = WHOLE_CHAT.slice(0, LINES_AFTER_STEP[1]);

const stored = () => onlyTranscript(session.browser);

describe("a brand's own chat (role=log), recorded in Chromium", () => {
  let page: Page;

  it("records each message with its side, author and shown time, the hand-offs, the start and the end", async () => {
    page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-generic.html"));
    await watchSiteOf(session.browser, page);
    await expect.poll(stored, { timeout: 10_000 }).toEqual(WHOLE_CHAT.slice(0, LINES_AFTER_STEP[0]));

    await sendChatMessage(page, PERSON_MESSAGES[0] ?? "", 1);
    await expect.poll(stored, { timeout: 10_000 }).toEqual(FIRST_EXCHANGE);

    // The widget redraws its whole list during this step: nothing is recorded twice.
    await sendChatMessage(page, PERSON_MESSAGES[1] ?? "", 2);
    await expect.poll(stored, { timeout: 10_000 }).toEqual(WHOLE_CHAT.slice(0, LINES_AFTER_STEP[2]));

    // A reload in the same tab shows the same conversation again: still one transcript, and it goes on.
    await page.reload();
    await page.getByText("Paul here.").waitFor();
    await sendChatMessage(page, PERSON_MESSAGES[2] ?? "", 3);
    await expect.poll(stored, { timeout: 10_000 }).toEqual(WHOLE_CHAT);

    const events = chatEventsOf(await storedEvents(session.browser));
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    expect(events.every((e) => e.payload.vendor === "generic" && e.source?.url === session.server.url("127.0.0.1", "/yellow/chat-generic.html"))).toBe(true);
    // Time seen: recorded by Receipts, in storage order.
    const times = events.map((e) => e.recorded.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("keeps a second tab's chat with the same brand as a second transcript in the same case", async () => {
    const second = await session.browser.context.newPage();
    await second.goto(session.server.url("127.0.0.1", "/yellow/chat-generic.html"));
    await sendChatMessage(second, "Second tab: my neighbour has the same problem.", 1);
    await expect.poll(async () => (await transcriptList(session.browser)).length, { timeout: 10_000 }).toBe(2);
    await expect
      .poll(async () => (await transcriptList(session.browser))[1], { timeout: 10_000 })
      .toEqual(conversationLines("You", "Second tab: my neighbour has the same problem.").slice(0, LINES_AFTER_STEP[1]));
    const events = chatEventsOf(await storedEvents(session.browser));
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    expect(new Set(events.map((e) => e.source?.tabId)).size).toBe(2);
    await second.close();
  });

  it("shows the transcript in the dashboard timeline as lines of text", async () => {
    const popup = await session.browser.openPopup(page);
    const caseLink = await popup.getByRole("link", { name: "Open this case" }).getAttribute("href");
    await popup.close();
    const dashboard = await session.browser.openDashboard(caseLink?.slice(caseLink.indexOf("#")) ?? "");
    const timeline = dashboard.getByRole("list", { name: "Timeline of the case" });
    await timeline.locator("article[data-kind=message]").first().waitFor();
    // The timeline draws only the rows in view: scroll through it and read each message row once.
    const lines = await dashboard.getByRole("region", { name: "Timeline (scrolls)" }).evaluate(async (region) => {
      const seen = new Map<number, string>();
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (let top = 0; top <= region.scrollHeight; top += 200) {
        region.scrollTop = top;
        await frame();
        for (const row of Array.from(region.querySelectorAll("li[aria-posinset]"))) {
          const summary = row.querySelector("article[data-kind=message] .summary");
          if (summary) seen.set(Number(row.getAttribute("aria-posinset")), summary.textContent ?? "");
        }
      }
      return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    });
    expect(lines.length).toBeGreaterThanOrEqual(WHOLE_CHAT.length);
    expect(lines.slice(0, 7)).toEqual([
      "Chat started",
      "Yellow Assistant (10:00): Hello! I am Yellow's virtual assistant. How can I help you today?",
      `You (10:01): ${PERSON_MESSAGES[0]}`,
      "Yellow Assistant (10:02): Let me find an advisor for you.",
      "Marie <b>D.</b> joined the chat",
      "Handed over from Yellow Assistant to Marie <b>D.</b>",
      "Marie <b>D.</b> (10:03): Hello, I am Marie. I can see your line is cut since Monday. <img src=x onerror=alert(1)>",
    ]);
    expect(lines).toContain("Chat ended: The chat has ended.");
    // Shown as text: the markup in names and messages made no elements.
    expect(await timeline.locator("article[data-kind=message] b, article[data-kind=message] img").count()).toBe(0);
  });
});
