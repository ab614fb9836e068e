// Live chats in Firefox: LiveChat's cross-origin frame (brand page on 127.0.0.1, chat window on
// localhost), Crisp behind a closed shadow root (read with Firefox's element.openOrClosedShadowRoot) and
// Intercom's script-written about:blank frame, and a brand's own chat read by the generic reader
// (role=log), recorded message by message as in Chromium.
import { describe, expect, it } from "vitest";
import type { Frame, Page } from "puppeteer-core";
import { eventually, type ExtensionGlobal } from "./support/firefox";
import { firefoxSession, storedEvents } from "./support/firefox-session";
import { LINES_AFTER_STEP, PERSON_MESSAGES, chatEventsOf, conversationLines, transcripts } from "./support/chat";

const session = firefoxSession();

async function transcriptsOf(vendor: string): Promise<string[][]> {
  return [...transcripts(chatEventsOf(await storedEvents(session.firefox)).filter((e) => e.payload.vendor === vendor)).values()];
}

async function watch(page: Page): Promise<void> {
  const popup = await session.firefox.openPopup(page);
  await popup.locator("::-p-aria([name='Watch this site'][role='button'])").click();
  await popup.locator("::-p-aria([name='Stop watching'][role='button'])").wait();
  await popup.close();
}

async function chatFrame(page: Page): Promise<Frame> {
  return eventually(
    // BiDi does not report frame names: the vendor's frame is known by its address.
    async () => page.frames().find((f) => f.url().includes("/vendors/livechat/open_chat.html")),
    (frame) => frame !== undefined,
  ) as Promise<Frame>;
}

async function send(frame: Frame, text: string, step: number): Promise<void> {
  await frame.locator("textarea[aria-label='Write a message…']").fill(text);
  await frame.locator("button[aria-label='Send message']").click();
  await frame.waitForFunction((n: number) => Number(document.documentElement.dataset.conversationStep ?? 0) >= n, { timeout: 10_000 }, step);
}

describe("live chats in Firefox", () => {
  it("records LiveChat from inside its cross-origin frame, once, across a reload of the frame", async () => {
    const vendor = "livechat";
    const page = await session.firefox.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-livechat.html"));
    await chatFrame(page);
    await watch(page);
    const lines = conversationLines("");
    const upTo = (n: number) => eventually(() => transcriptsOf(vendor), (t) => JSON.stringify(t) === JSON.stringify([lines.slice(0, n)]));

    await upTo(LINES_AFTER_STEP[0] ?? 0);
    await send(await chatFrame(page), PERSON_MESSAGES[0] ?? "", 1);
    await upTo(LINES_AFTER_STEP[1] ?? 0);
    await send(await chatFrame(page), PERSON_MESSAGES[1] ?? "", 2);
    await upTo(LINES_AFTER_STEP[2] ?? 0);

    // The frame reloads; a mark left in the old document tells the new one apart.
    await (await chatFrame(page)).evaluate(() => {
      (window as unknown as { beforeReload: boolean }).beforeReload = true;
      location.reload();
    });
    const reloaded = await chatFrame(page);
    await eventually(
      () => reloaded.evaluate(() => !(window as unknown as { beforeReload?: boolean }).beforeReload && document.body.textContent?.includes("Paul here.") === true),
      (fresh) => fresh,
    );
    await send(reloaded, PERSON_MESSAGES[2] ?? "", 3);
    expect(await upTo(lines.length)).toEqual([lines]);

    const events = chatEventsOf(await storedEvents(session.firefox));
    expect(events.every((e) => e.source?.frameOrigin === session.server.url("localhost", "").replace(/\/$/, ""))).toBe(true);
    expect(events[0]?.payload.conversationId).toMatch(/^tab-\d+\/livechat:RX[0-9A-Z]+$/);
    const registered = await session.firefox.inExtension(() => (globalThis as ExtensionGlobal).browser.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id).sort()).toEqual(["chat-frame:localhost", "watch:127.0.0.1"]);
  });

  it("records Crisp behind a closed shadow root", async () => {
    const vendor = "crisp";
    const page = await session.firefox.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-crisp.html"));
    const lines = conversationLines("");
    const upTo = (n: number) => eventually(() => transcriptsOf(vendor), (t) => JSON.stringify(t) === JSON.stringify([lines.slice(0, n)]));
    // 127.0.0.1 is watched since the first test: the registered script finds the chatbox on its own.
    await upTo(LINES_AFTER_STEP[0] ?? 0);
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      const box = await page.evaluate(() => (window as unknown as { crispComposerBox(): DOMRect }).crispComposerBox());
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
      await page.waitForFunction((n: number) => Number(document.documentElement.dataset.conversationStep ?? 0) >= n, { timeout: 10_000 }, i + 1);
      await upTo(LINES_AFTER_STEP[i + 1] ?? 0);
    }
  });

  it("records Intercom's Messenger inside the frame the page writes (about:blank)", async () => {
    const vendor = "intercom";
    const page = await session.firefox.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-intercom.html"));
    const lines = conversationLines("");
    const upTo = (n: number) => eventually(() => transcriptsOf(vendor), (t) => JSON.stringify(t) === JSON.stringify([lines.slice(0, n)]));
    await upTo(LINES_AFTER_STEP[0] ?? 0);
    const frame = await eventually(
      async () => page.frames().find((f) => f !== page.mainFrame() && f.url() === "about:blank"),
      (f) => f !== undefined,
    );
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      await (frame as Frame).locator("textarea[aria-label='Write a reply…']").fill(text);
      await (frame as Frame).locator("button[aria-label='Send']").click();
      await page.waitForFunction((n: number) => Number(document.documentElement.dataset.conversationStep ?? 0) >= n, { timeout: 10_000 }, i + 1);
      await upTo(LINES_AFTER_STEP[i + 1] ?? 0);
    }
    const events = chatEventsOf(await storedEvents(session.firefox)).filter((e) => e.payload.vendor === vendor);
    expect(new Set(events.map((e) => e.source?.url))).toEqual(new Set([page.url()]));
  });

  it("records a brand's own chat (role=log) with the generic reader, redraws and all", async () => {
    const page = await session.firefox.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/chat-generic.html"));
    const lines = conversationLines("You");
    const upTo = (n: number) => eventually(() => transcriptsOf("generic"), (t) => JSON.stringify(t) === JSON.stringify([lines.slice(0, n)]));
    await upTo(LINES_AFTER_STEP[0] ?? 0);
    for (const [i, text] of PERSON_MESSAGES.entries()) {
      await page.locator("#chat-input").fill(text);
      await page.locator("#chat-send").click();
      await page.waitForFunction((n: number) => Number(document.documentElement.dataset.conversationStep ?? 0) >= n, { timeout: 10_000 }, i + 1);
      await upTo(LINES_AFTER_STEP[i + 1] ?? 0);
    }
    expect(await transcriptsOf("generic")).toEqual([lines]);
  });
});
