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

/** The person's details on the fixture's contact form (/yellow/contact.html); Marc Dupont's by default. */
export interface ContactFormEntry {
  name?: string;
  email?: string;
  message?: string;
}

/** Fills the fixture's contact form on `page` (a fibre installation complaint) and sends it, as a person does. */
export async function sendContactForm(page: Page, entry: ContactFormEntry = {}): Promise<void> {
  await page.getByLabel("Your name").fill(entry.name ?? "Marc Dupont");
  await page.getByLabel("E-mail address").fill(entry.email ?? "marc@example.org");
  await page.getByLabel("Customer number").fill("C-778812");
  await page.getByLabel("Subject").selectOption("install");
  await page.getByLabel("Your message").fill(entry.message ?? "A subcontractor flooded my mother's wall while installing the fibre.");
  await Promise.all([page.waitForURL("**/yellow/contact"), page.getByRole("button", { name: "Send" }).click()]);
}

/** Clicks "Watch this site" in the popup for the tab showing `page`. */
export async function watchSiteOf(browser: ExtensionBrowser, page: Page): Promise<void> {
  const popup = await browser.openPopup(page);
  await popup.getByRole("button", { name: "Watch this site" }).click();
  await popup.getByRole("button", { name: "Stop watching" }).waitFor();
  await popup.close();
}
