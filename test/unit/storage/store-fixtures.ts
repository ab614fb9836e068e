// Shared helpers for the storage tests: a fresh in-memory IndexedDB per database, a controllable clock,
// and captures shaped as the background builds them.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { ReceiptsDatabase } from "../../../src/storage/database";
import type { CaptureToStore, Clock } from "../../../src/storage/evidence-store";
import type { Moment } from "../../../src/domain/evidence";

let counter = 0;

export function freshDatabase(options: { upTo?: number; factory?: IDBFactory; name?: string } = {}): ReceiptsDatabase {
  counter += 1;
  return new ReceiptsDatabase(options.name ?? `receipts-test-${counter}`, {
    ...(options.upTo !== undefined ? { upTo: options.upTo } : {}),
    indexedDB: options.factory ?? new IDBFactory(),
    IDBKeyRange,
  });
}

/** A clock whose times are given in advance (they may go backwards) and whose ids count up. */
export function scriptedClock(times: number[] = [], start = 1_767_225_600_000): Clock & { ids: string[] } {
  let tick = 0;
  let idCount = 0;
  const ids: string[] = [];
  return {
    ids,
    now(): Moment {
      const at = times[tick] ?? start + tick * 1000;
      tick += 1;
      return { at, timeZone: "Europe/Paris" };
    },
    newId(): string {
      idCount += 1;
      const id = `id_${String(idCount).padStart(8, "0")}`;
      ids.push(id);
      return id;
    },
  };
}

export function captureOn(host: string, captureKey: string, message = "My internet box has been down since Monday."): CaptureToStore {
  return {
    captureKey,
    host,
    source: { url: `https://${host}/contact`, title: "Contact", frameOrigin: `https://${host}`, tabId: 3 },
    collection: { method: "automatic", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140.0" },
    evidence: {
      kind: "contact-attempt",
      payload: {
        channel: "web-form",
        fields: [{ label: "Message", name: "message", type: "textarea", value: message, length: message.length }],
        target: `https://${host}/contact`,
        method: "POST",
      },
    },
  };
}
