/// <reference types="chrome" />
// Puts a whole case into the extension's storage for the tests that need one ready-made (a long case, a
// thousand cases, hostile names, a computer clock set back): the events are sealed into their chain here,
// with the same code as the extension, then written in one IndexedDB transaction with the next storage
// sequence numbers, as appendToChain would.
import { EvidenceEvent, EVIDENCE_MODEL_VERSION, type Case, type EventKind, type EventOfKind, type Source } from "../../src/domain/evidence";
import { sealChain } from "../../src/domain/integrity/event-hash";
import type { ExtensionBrowser } from "./support/chromium";
import { ZONE } from "./case-support";

export interface SeedEvent<K extends EventKind = EventKind> {
  kind: K;
  payload: EventOfKind<K>["payload"];
  /** When it happened (epoch ms). */
  at: number;
  /** When the computer's clock said it was recorded; default `at`. */
  recordedAt?: number;
  byHand?: boolean;
  source?: Source;
  id?: string;
}

export function seed<K extends EventKind>(kind: K, payload: EventOfKind<K>["payload"], at: number, more: Omit<SeedEvent<K>, "kind" | "payload" | "at"> = {}): SeedEvent {
  return { kind, payload, at, ...more } as SeedEvent;
}

let counter = 0;
const newId = () => `seed-${Date.now().toString(36)}-${(++counter).toString(36).padStart(6, "0")}`;

export function aCase(title: string, brand: string, domains: string[], at: number, more: Partial<Case> = {}): Case {
  return { id: newId(), title, brand: { name: brand, domains }, status: "open", created: { at, timeZone: ZONE }, ...more };
}

export interface SeedRow {
  event: EvidenceEvent;
  id: string;
  caseId: string;
  siteHost?: string;
}

/** The events of each case, validated and sealed into the case's chain, as storage rows without their seq. */
export async function sealedRows(cases: { theCase: Case; events: SeedEvent[] }[]): Promise<SeedRow[]> {
  const rows: SeedRow[] = [];
  for (const { theCase, events } of cases) {
    const drafts = events.map((e) =>
      EvidenceEvent.parse({
        v: EVIDENCE_MODEL_VERSION,
        id: e.id ?? newId(),
        caseId: theCase.id,
        kind: e.kind,
        recorded: { at: e.recordedAt ?? e.at, timeZone: ZONE },
        occurred: { at: e.at, timeZone: ZONE },
        ...(e.source ? { source: e.source } : {}),
        collection: { method: e.byHand ? "by-hand" : "automatic", extensionVersion: "0.1.0", browser: "Chromium", browserVersion: "test" },
        hash: null,
        previousHash: null,
        payload: e.payload,
      }),
    );
    for (const event of await sealChain(drafts)) rows.push({ event, id: event.id, caseId: event.caseId, ...(event.source ? { siteHost: new URL(event.source.url).hostname } : {}) });
  }
  return rows;
}

/**
 * Writes cases and event rows (and campaigns, if given) in one IndexedDB transaction, numbering the events
 * after the last stored. Plain JavaScript evaluated in the extension (a service worker, or an extension
 * page in Firefox).
 */
export function writeSeed([caseRows, eventRows, campaigns = []]: readonly [Case[], SeedRow[], unknown[]?]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open("receipts");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(campaigns.length > 0 ? ["cases", "events", "campaigns"] : ["cases", "events"], "readwrite");
      const events = tx.objectStore("events");
      const last = events.index("seq").openCursor(null, "prev");
      last.onsuccess = () => {
        let seq = ((last.result?.value as { seq?: number } | undefined)?.seq ?? 0) + 1;
        for (const campaign of campaigns) tx.objectStore("campaigns").put(campaign);
        for (const row of caseRows) tx.objectStore("cases").put(row);
        for (const row of eventRows) events.add({ ...row, seq: seq++ });
      };
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Writes the cases and their events from Chromium's service worker; returns the events as stored (sealed). */
export async function seedCases(browser: ExtensionBrowser, cases: { theCase: Case; events: SeedEvent[] }[]): Promise<EvidenceEvent[]> {
  const rows = await sealedRows(cases);
  await browser.worker.evaluate(writeSeed, [cases.map((c) => c.theCase), rows] as const);
  return rows.map((r) => r.event);
}
