/// <reference types="chrome" />
// Reads what the extension stored, straight from its IndexedDB in the service worker,
// so assertions do not depend on the UI they may be checking.
import type { Page } from "playwright-core";
import type { EvidenceEvent } from "../../../src/domain/evidence";
import type { ExtensionBrowser } from "./chromium";

export async function storedEvents(browser: ExtensionBrowser): Promise<EvidenceEvent[]> {
  return browser.inWorker(
    () =>
      new Promise<EvidenceEvent[]>((resolve, reject) => {
        const open = indexedDB.open("receipts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction("events").objectStore("events").getAll();
          request.onsuccess = () => {
            const rows = request.result as { seq: number; event: EvidenceEvent }[];
            resolve(rows.sort((a, b) => a.seq - b.seq).map((r) => r.event));
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export async function eventsFromPage(browser: ExtensionBrowser, url: string): Promise<EvidenceEvent[]> {
  return (await storedEvents(browser)).filter((e) => e.source?.url === url);
}

/** Clicks "Watch this site" in the popup for the tab showing `page`. */
export async function watchSiteOf(browser: ExtensionBrowser, page: Page): Promise<void> {
  const popup = await browser.openPopup(page);
  await popup.getByRole("button", { name: "Watch this site" }).click();
  await popup.getByRole("button", { name: "Stop watching" }).waitFor();
  await popup.close();
}
