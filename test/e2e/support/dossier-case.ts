/// <reference types="chrome" />
// Puts a sealed sample case (with real PNG screenshots in the artifacts table) straight into the
// extension's IndexedDB, as the background would have stored it, so the dossier's end-to-end tests
// export a case with pictures, a promise and hostile captured text. Runs in any extension context
// (Chromium's service worker, a Firefox extension page).
import type { ExtensionBrowser } from "./chromium";
import { toBase64 } from "../../../src/domain/dossier/bytes";
import type { SampleCase } from "../../fixtures/dossier/sample-case";

export interface CaseRows {
  theCase: SampleCase["theCase"];
  events: Array<{ event: SampleCase["events"][number]; id: string; caseId: string; seq: number }>;
  artifacts: Array<{ sha256: string; mediaType: string; size: number; base64: string }>;
}

export function caseRows(sample: SampleCase): CaseRows {
  return {
    theCase: sample.theCase,
    events: sample.events.map((event, i) => ({ event, id: event.id, caseId: event.caseId, seq: 1_000_000 + i })),
    artifacts: sample.artifacts.map((a) => ({ sha256: a.sha256, mediaType: a.mediaType, size: a.size, base64: toBase64(a.bytes) })),
  };
}

/** Evaluated inside the extension: waits for the database the background creates, then writes the rows. */
export async function writeCaseRows(data: CaseRows): Promise<void> {
  // The background opens the database (at its latest version) when it makes the signing key on install.
  for (let i = 0; ; i++) {
    const known = (await indexedDB.databases()).find((d) => d.name === "receipts");
    if (known?.version && known.version >= 40) break;
    if (i > 200) throw new Error("the extension's database was not created");
    await new Promise((r) => setTimeout(r, 50));
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open("receipts");
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(["cases", "events", "artifacts"], "readwrite");
  tx.objectStore("cases").put(data.theCase);
  for (const row of data.events) tx.objectStore("events").put(row);
  for (const a of data.artifacts) {
    const bytes = Uint8Array.from(atob(a.base64), (c) => c.charCodeAt(0));
    tx.objectStore("artifacts").put({ sha256: a.sha256, bytes: new Blob([bytes], { type: a.mediaType }), mediaType: a.mediaType, size: a.size, stored: Date.now() });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

export async function insertCase(browser: ExtensionBrowser, sample: SampleCase): Promise<void> {
  await browser.worker.evaluate(writeCaseRows, caseRows(sample));
}
