// Recording a promise from awkward pages, in Chromium: nothing selected, a selection across an embedded
// frame, a strict Content-Security-Policy, markup and scripts inside the quote, right-to-left text and
// emoji, several promises in quick succession (screenshot quota), a page of 200,000 elements, and a site
// the extension has no access to beyond the person's one-off gesture.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { storedEvents } from "./support/evidence";
import { chromiumSession } from "./support/session";
import { askFrom, clickToolbarButton, PNG_SIGNATURE, pressShortcut, selectText, storedArtifact, storedPromises, tabIdOf, type PromiseEvent } from "./promise-support";

const session = chromiumSession();

async function openPage(path: string, host = "127.0.0.1"): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(host, path));
  return page;
}

async function promisesFrom(url: string, count: number): Promise<PromiseEvent[]> {
  const from = async () => (await storedPromises(session.browser)).filter((p) => p.source?.url === url);
  await expect.poll(async () => (await from()).length, { timeout: 20_000 }).toBe(count);
  return from();
}

/** Records through the popup (opened as a page), after a toolbar click; returns the popup's status text. */
async function recordByPopup(page: Page): Promise<{ popup: Page; status: string }> {
  await clickToolbarButton(session.browser, page);
  const popup = await session.browser.openPopup(page);
  await popup.getByRole("heading", { name: "Promise on this page" }).waitFor();
  await popup.getByRole("button", { name: "Record a promise" }).click();
  const status = popup.locator(".promise-outcome");
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout: 20_000 }).not.toBe("");
  return { popup, status: (await status.textContent()) ?? "" };
}

describe("recording a promise from awkward pages", () => {
  it("with nothing selected: says so clearly and stores nothing, from the popup and from the shortcut", async () => {
    const page = await openPage("/yellow/promise-en.html");
    const before = (await storedEvents(session.browser)).length;
    await clickToolbarButton(session.browser, page);
    const popup = await session.browser.openPopup(page);
    await expect.poll(() => popup.getByText("Select the words of the promise on the page, then record them here").count()).toBe(1);
    await popup.getByRole("button", { name: "Record a promise" }).click();
    await expect.poll(() => popup.locator(".promise-outcome").textContent()).toBe("Nothing is selected on the page, so nothing was recorded. Select the words of the promise first.");
    await popup.close();

    await pressShortcut(page, "k", { alt: true, shift: true });
    await expect
      .poll(async () => Object.keys((await session.browser.worker.evaluate(() => chrome.notifications.getAll())) as Record<string, boolean>).filter((id) => id.startsWith("promise|")).length)
      .toBe(1);
    expect((await storedEvents(session.browser)).length).toBe(before);
    await page.close();
  });

  it("across an embedded frame: records the top document's own text and says the frame's text is not in it", async () => {
    const page = await openPage("/yellow/promise-frames.html");
    const selected = await selectText(page, "#before", "#after");
    expect(selected).toContain("We reply within 48 hours.");
    expect(selected).not.toContain("Inside the frame");
    const { popup, status } = await recordByPopup(page);
    expect(status).toContain("The selection went across 1 embedded frame: the quote holds the page's own text only");
    const [promise] = await promisesFrom(page.url(), 1);
    expect(promise!.payload.quote).toBe(selected);
    expect(promise!.payload.quote).toContain("A technician comes within 5 working days.");
    expect(promise!.payload.framesLeftOut).toBe(1);
    await popup.close();
    await page.close();
  });

  it("under a strict Content-Security-Policy: quote, screenshot and snapshot are all recorded", async () => {
    const page = await openPage("/csp/promise-en.html");
    // The policy is in force: the page's own inline script did not run.
    expect(await page.evaluate(() => document.body.dataset.scripts ?? "blocked")).toBe("blocked");
    await selectText(page, "#promise");
    await pressShortcut(page, "k", { alt: true, shift: true });
    const [promise] = await promisesFrom(page.url(), 1);
    expect(promise!.payload.quote).toBe("We reply within 48 hours.");
    expect(promise!.payload.artifacts?.map((a) => a.kind).sort()).toEqual(["screenshot", "snapshot"]);
    const shot = promise!.payload.artifacts!.find((a) => a.kind === "screenshot")!;
    expect(await storedArtifact(session.browser, shot.sha256)).toMatchObject({ sha256: shot.sha256, headHex: PNG_SIGNATURE });
    await page.close();
  });

  it("with markup and a script in the quoted words: stored and shown as text, nothing runs", async () => {
    const page = await openPage("/yellow/promise-en.html");
    const selected = await selectText(page, "#markup");
    expect(selected).toBe("<script>alert('x')</script> We will <b>refund</b> you within 14 days.");
    const { popup } = await recordByPopup(page);
    const quoted = (await promisesFrom(page.url(), 1))[0]!;
    expect(quoted.payload.quote).toBe(selected);
    expect(quoted.payload.reading).toMatchObject({ kind: "refund", deadline: { type: "duration", amount: 14, unit: "calendar-days" } });
    await popup.close();

    let dialogs = 0;
    const dashboard = await session.browser.openDashboard(`#case=${encodeURIComponent(quoted.caseId)}`);
    dashboard.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const quote = dashboard.locator("[data-kind=promise] blockquote").filter({ hasText: "We will <b>refund</b>" });
    await expect.poll(() => quote.count()).toBe(1);
    expect(await quote.textContent()).toBe(selected);
    expect(await quote.locator("script, b").count()).toBe(0);
    expect(dialogs).toBe(0);
    await dashboard.close();
    await page.close();
  });

  it("with right-to-left text and emoji: kept exactly, shown in its own direction", async () => {
    const page = await openPage("/yellow/promise-en.html");
    const selected = await selectText(page, "#rtl");
    expect(selected).toBe("سنرد على رسالتك خلال 48 ساعة 👍🏽 — شكراً لصبرك 🙏");
    const { popup } = await recordByPopup(page);
    const promise = (await promisesFrom(page.url(), 2))[1]!;
    expect(promise.payload.quote).toBe(selected);
    expect([...promise.payload.quote].length).toBe([...selected].length);
    await popup.close();
    const dashboard = await session.browser.openDashboard(`#case=${encodeURIComponent(promise.caseId)}`);
    const quote = dashboard.locator("[data-kind=promise] blockquote").filter({ hasText: "👍🏽" });
    await expect.poll(() => quote.count()).toBe(1);
    expect(await quote.textContent()).toBe(selected);
    expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    await dashboard.close();
    await page.close();
  });

  it("several promises in quick succession: every one gets its screenshot despite the browser's two-a-second quota", async () => {
    const page = await openPage("/yellow/promise-fr.html");
    await clickToolbarButton(session.browser, page);
    await selectText(page, "#promise");
    const tabId = await tabIdOf(session.browser, page);
    await page.bringToFront();
    // Sent together from an extension page, as fast as a person could never click: five recordings at once.
    const sender = await session.browser.openDashboard();
    await page.bringToFront();
    const replies = await sender.evaluate(
      (tab) =>
        Promise.all(
          Array.from({ length: 5 }, () => chrome.runtime.sendMessage({ type: "promise.record", tabId: tab, requestKey: crypto.randomUUID() })),
        ),
      tabId,
    );
    expect(replies.map((r: { outcome?: { status?: string; screenshotMissing?: string } }) => [r.outcome?.status, r.outcome?.screenshotMissing])).toEqual(
      Array.from({ length: 5 }, () => ["recorded", undefined]),
    );
    const promises = await promisesFrom(page.url(), 5);
    for (const promise of promises) {
      const shot = promise.payload.artifacts?.find((a) => a.kind === "screenshot");
      expect(shot).toBeDefined();
      expect(await storedArtifact(session.browser, shot!.sha256)).toMatchObject({ sha256: shot!.sha256, headHex: PNG_SIGNATURE });
    }
    await sender.close();
    await page.close();
  });

  it("a French promise without a deadline is recorded without one, and the person is told", async () => {
    const page = await openPage("/yellow/promise-fr.html");
    await selectText(page, "#refund");
    const { popup } = await recordByPopup(page);
    const panel = popup.getByRole("region", { name: "How Receipts reads it" });
    await expect.poll(() => panel.textContent()).toContain("Refund, with no deadline");
    expect(await panel.textContent()).toContain("Receipts could not read a deadline in these words: the promise is kept without one.");
    const promise = (await promisesFrom(page.url(), 6))[5]!;
    expect(promise.payload.quote).toBe("Nous vous rembourserons rapidement.");
    expect(promise.payload.reading?.kind).toBe("refund");
    expect(promise.payload.reading?.deadline).toBeUndefined();
    await popup.close();
    await page.close();
  });

});

describe("on a site Receipts has no access to", () => {
  // 127.0.0.2 is outside the test build's pre-granted hosts: only the person's gesture opens it.
  let other: Server;
  let url = "";
  beforeAll(async () => {
    const page = await readFile(new URL("../fixtures/sites/yellow/promise-en.html", import.meta.url));
    other = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page));
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.2", resolve));
    const address = other.address();
    url = `http://127.0.0.2:${typeof address === "object" && address ? address.port : 0}/promise-en.html`;
  });
  afterAll(async () => {
    other.closeAllConnections();
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  it("without a gesture nothing can be read; the shortcut's one-off permission records the promise with its screenshot", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(url);
    await selectText(page, "#promise");
    const tabId = await tabIdOf(session.browser, page).catch(() => undefined);
    // Without activeTab the extension cannot even see the tab's address.
    expect(tabId).toBeUndefined();
    await page.bringToFront();
    const hidden = await session.browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]);
    expect(hidden?.url).toBeUndefined();
    const sender = await session.browser.openDashboard();
    const refused = await askFrom(sender, { type: "promise.record", tabId: hidden!.id, requestKey: crypto.randomUUID() });
    expect(refused).toMatchObject({ ok: true, outcome: { status: "no-access" } });
    await sender.close();

    await pressShortcut(page, "k", { alt: true, shift: true });
    const [promise] = await promisesFrom(url, 1);
    expect(promise!.payload.quote).toBe("We reply within 48 hours.");
    expect(promise!.payload.artifacts?.map((a) => a.kind).sort()).toEqual(["screenshot", "snapshot"]);
    await page.close();
  });
});

// Last: Chromium goes on building the copy it was asked for after the recording gave it up.
describe("a very large page", () => {
  it("a page of 200,000 elements: the quote and the screenshot are recorded, the snapshot gives up and the person is told why", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/promise-large.html?n=200000&text=300"), { timeout: 60_000 });
    expect(Number(await page.evaluate(() => document.body.dataset.elements))).toBeGreaterThan(200_000);
    await selectText(page, "#promise");
    const { popup, status } = await recordByPopup(page);
    expect(status).toMatch(/No copy of the whole page was kept: (it is larger than 50 MB|making one took more than 2 seconds)\./);
    const [promise] = await promisesFrom(page.url(), 1);
    expect(promise!.payload.quote).toBe("We reply within 48 hours.");
    expect(promise!.payload.snapshotMissing).toMatch(/^too-(slow|large)$/);
    expect(promise!.payload.artifacts?.map((a) => a.kind)).toEqual(["screenshot"]);
    await popup.close();
    await page.close();
  }, 120_000);
});
