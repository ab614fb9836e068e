/// <reference types="chrome" />
// "Find promises on this page" in Chromium: the popup's button marks the sentences that read as promises
// (and only those), each with a "Record as promise" button in a closed shadow root. The person's click on
// it records the sentence as a promise; a click the page dispatches itself records nothing.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { clickToolbarButton, storedPromises, tabIdOf, type PromiseEvent } from "./promise-support";

const session = chromiumSession();

async function openPage(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url("127.0.0.1", path));
  return page;
}

/** Opens the popup for the page (as the toolbar button would) and asks it to find promises. */
async function findPromises(page: Page): Promise<Page> {
  await clickToolbarButton(session.browser, page);
  const popup = await session.browser.openPopup(page);
  await popup.getByRole("button", { name: "Find promises on this page" }).click();
  return popup;
}

async function finderStatus(popup: Page): Promise<string> {
  return (await popup.locator(".promise-finder-status").textContent()) ?? "";
}

/** The marked sentences, as the page's document sees them through CSS.highlights. */
async function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return [...(registry.get("receipts-found-promise") ?? [])].map((range) => range.toString());
  });
}

/** The finder's buttons, found by role and accessible name in the browser's accessibility tree. */
async function recordButtons(page: Page): Promise<Array<{ name: string; x: number; y: number }>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const buttons = nodes.filter((n) => n.role?.value === "button" && String(n.name?.value ?? "").startsWith("Record as promise"));
    const placed = [];
    for (const button of buttons) {
      const { model } = await cdp.send("DOM.getBoxModel", { backendNodeId: button.backendDOMNodeId! });
      const [x1, y1, , , x3, y3] = model.content;
      placed.push({ name: String(button.name!.value), x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 });
    }
    // In reading order: the accessibility tree's order is not the document's.
    return placed.sort((a, b) => a.y - b.y || a.x - b.x);
  } finally {
    await cdp.detach();
  }
}

/**
 * A promise.found-record sent from the page's isolated world, as a content script the page subverted could
 * send it (the worker injects it through the tab's activeTab grant).
 */
async function forgeFoundRecord(tabId: number, text: string): Promise<{ ok: boolean; error?: { code: string } }> {
  return session.browser.worker.evaluate(
    async ([tab, words]) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: tab },
        func: (sentence: string) => chrome.runtime.sendMessage({ type: "promise.found-record", text: sentence, requestKey: crypto.randomUUID() }),
        args: [words],
      });
      return frame!.result as { ok: boolean; error?: { code: string } };
    },
    [tabId, text] as const,
  );
}

async function waitForPromises(count: number): Promise<PromiseEvent[]> {
  await expect.poll(async () => (await storedPromises(session.browser)).length, { timeout: 15_000 }).toBe(count);
  return storedPromises(session.browser);
}

describe("finding promises on a page in Chromium", () => {
  it("marks nothing unasked, then the English promises only; the person's click records one, a page's synthetic click nothing", async () => {
    const before = (await storedPromises(session.browser)).length;
    const page = await openPage("/yellow/promise-en.html");
    expect(await highlighted(page)).toEqual([]);
    expect(await recordButtons(page)).toEqual([]);

    const popup = await findPromises(page);
    await expect.poll(() => finderStatus(popup), { timeout: 15_000 }).toBe("2 promises found");
    expect(await highlighted(page)).toEqual(["We reply within 48 hours.", "<script>alert('x')</script> We will <b>refund</b> you within 14 days."]);
    const buttons = await recordButtons(page);
    expect(buttons.map((b) => b.name)).toEqual([
      "Record as promise: We reply within 48 hours.",
      "Record as promise: <script>alert('x')</script> We will <b>refund</b> you within…",
    ]);
    // The page cannot reach into the buttons' shadow roots.
    expect(await page.evaluate(() => [...document.querySelectorAll("[data-receipts-finder]")].map((host) => host.shadowRoot))).toEqual([null, null]);

    // The page clicks the second button itself: not the person's gesture, nothing is recorded.
    await page.evaluate(() => {
      const host = document.querySelectorAll("[data-receipts-finder]")[1] as HTMLElement;
      host.click();
      host.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await storedPromises(session.browser)).length).toBe(before);

    // The person clicks the first one.
    await page.bringToFront();
    await page.mouse.click(buttons[0]!.x, buttons[0]!.y);
    const promises = await waitForPromises(before + 1);
    const promise = promises.find((p) => p.payload.quote === "We reply within 48 hours.");
    expect(promise).toBeDefined();
    expect(promise!.payload.reading).toMatchObject({ kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact", language: "en" });
    expect(promise!.payload.context).toContain("Thank you for writing to us. We reply within 48 hours.");
    expect(promise!.source?.url).toBe(page.url());
    expect(promise!.payload.artifacts?.map((a) => a.kind).sort()).toEqual(["screenshot", "snapshot"]);
    await expect.poll(async () => (await recordButtons(page)).length).toBe(2);

    // "Clear highlights" takes the marks and the buttons away.
    await popup.getByRole("button", { name: "Clear highlights" }).click();
    await expect.poll(() => highlighted(page)).toEqual([]);
    await expect.poll(async () => (await recordButtons(page)).length).toBe(0);
    // Once cleared, the sentences found are forgotten: the message alone records nothing.
    expect(await forgeFoundRecord(await tabIdOf(session.browser, page), "We reply within 48 hours.")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect((await storedPromises(session.browser)).length).toBe(before + 1);
    await popup.close();
    await page.close();
  });

  it("marks the French promises and records the one clicked, read in French", async () => {
    const before = (await storedPromises(session.browser)).length;
    const page = await openPage("/yellow/promise-fr.html");
    const popup = await findPromises(page);
    await expect.poll(() => finderStatus(popup), { timeout: 15_000 }).toBe("2 promises found");
    expect(await highlighted(page)).toEqual(["Nous répondons sous 48 heures.", "Nous vous rembourserons rapidement."]);
    const buttons = await recordButtons(page);
    expect(buttons.map((b) => b.name)).toEqual(["Record as promise: Nous répondons sous 48 heures.", "Record as promise: Nous vous rembourserons rapidement."]);

    await page.bringToFront();
    await page.mouse.click(buttons[0]!.x, buttons[0]!.y);
    const promises = await waitForPromises(before + 1);
    const promise = promises.find((p) => p.payload.quote === "Nous répondons sous 48 heures.");
    expect(promise!.payload.reading).toMatchObject({ kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, language: "fr" });

    // A sentence the finder did not mark cannot be recorded by the message alone.
    expect(await forgeFoundRecord(await tabIdOf(session.browser, page), "Nos conseillers lisent chaque demande.")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await storedPromises(session.browser)).length).toBe(before + 1);
    await popup.close();
    await page.close();
  });

  it("marks a sentence split across links and emphasis as one, leaves hidden text and questions, and records its exact words", async () => {
    const before = (await storedPromises(session.browser)).length;
    const page = await openPage("/yellow/promise-find.html");
    const popup = await findPromises(page);
    await expect.poll(() => finderStatus(popup), { timeout: 15_000 }).toBe("1 promise found");
    expect(await highlighted(page)).toEqual(["We will refund you within 14 days."]);
    const buttons = await recordButtons(page);
    expect(buttons.map((b) => b.name)).toEqual(["Record as promise: We will refund you within 14 days."]);

    await page.bringToFront();
    await page.mouse.click(buttons[0]!.x, buttons[0]!.y);
    const promises = await waitForPromises(before + 1);
    const promise = promises.find((p) => p.payload.quote === "We will refund you within 14 days.");
    expect(promise!.payload.reading).toMatchObject({ kind: "refund", deadline: { type: "duration", amount: 14 }, language: "en" });
    expect(promise!.payload.context).toContain("Sorry for the wait. We will refund you within 14 days. Thanks for your patience.");
    await popup.close();
    await page.close();
  });

  it("says so when the page has no promise, and marks nothing", async () => {
    const page = await openPage("/yellow/promise-find-none.html");
    const popup = await findPromises(page);
    await expect.poll(() => finderStatus(popup), { timeout: 15_000 }).toBe("No promise found");
    expect(await highlighted(page)).toEqual([]);
    expect(await recordButtons(page)).toEqual([]);
    expect(await popup.getByRole("button", { name: "Clear highlights" }).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
