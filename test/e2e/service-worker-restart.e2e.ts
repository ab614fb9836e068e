// A service worker stopped half-way through a write loses nothing and duplicates nothing:
// the content script keeps each capture until its durable write is acknowledged, and a
// retry carries the same capture key.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { watchSiteOf } from "./support/evidence";
import type { EvidenceEvent } from "../../src/domain/evidence";

const session = chromiumSession();

/** Reads the events from an extension page: the service worker itself may be stopped. */
async function eventsSeenFrom(extensionPage: Page): Promise<EvidenceEvent[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<EvidenceEvent[]>((resolve, reject) => {
        const open = indexedDB.open("receipts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("events").objectStore("events").getAll();
          request.onsuccess = () => {
            resolve((request.result as { event: EvidenceEvent }[]).map((r) => r.event));
            open.result.close();
          };
        };
      }),
  );
}

describe("service worker stopped mid-way", () => {
  it("keeps every capture exactly once", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/callback.html");
    await page.goto(url);
    await watchSiteOf(session.browser, page);
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");

    const delays = [0, 1, 3, 6, 10, 20, 40, 80];
    for (const [i, delay] of delays.entries()) {
      await page.getByLabel("Reason for your call").fill(`request ${i}: my line is still down`);
      await page.getByRole("button", { name: "Call me back" }).click();
      await new Promise((r) => setTimeout(r, delay));
      // Stops the extension's service worker wherever it is: before, during or after the write.
      await cdp.send("ServiceWorker.stopAllWorkers");
    }

    const dashboard = await session.browser.openDashboard();
    await expect
      .poll(async () => (await eventsSeenFrom(dashboard)).filter((e) => e.source?.url === url && e.kind === "contact-attempt").length, { timeout: 30_000, interval: 500 })
      .toBe(delays.length);
    // A little longer: late retries must not add duplicates.
    await page.waitForTimeout(1500);
    const reasons = (await eventsSeenFrom(dashboard))
      .filter((e) => e.source?.url === url && e.kind === "contact-attempt")
      .map((e) => (e.kind === "contact-attempt" ? e.payload.fields.find((f) => f.name === "reason")?.value : undefined))
      .sort();
    expect(reasons).toEqual(delays.map((_, i) => `request ${i}: my line is still down`).sort());
    expect(session.server.posts.filter((p) => p.path === "/yellow/contact")).toHaveLength(delays.length);
  });
});
