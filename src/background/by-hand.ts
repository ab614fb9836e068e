// Contacts the person adds by hand from the popup (a call, a letter, a visit, a social post, an
// e-mail file): stored as one event in the case they chose, or in a case they start with it.
import browser from "webextension-polyfill";
import type { Collection, Source } from "../domain/evidence";
import { evidenceFromEntry } from "../domain/offline/by-hand-evidence";
import type { ByHandEntry, CaseChoice } from "../domain/offline/by-hand-entry";
import { failure, type Reply } from "../messaging/messages";
import { database } from "../storage/database";
import { findByCaptureKey, findCase, startCase, storeByHand, type Clock } from "../storage/evidence-store";

export interface ByHandRecord {
  entryKey: string;
  case: CaseChoice;
  entry: ByHandEntry;
}

/**
 * Hook for the promises issue: a snapshot (screenshot) of a social post taken from the open tab.
 * Nothing registers one yet, so nothing is captured beyond the tab's address and title, and the
 * popup does not claim otherwise. Whoever implements it calls `snapshotPostsWith` at start-up.
 */
export type PostSnapshot = (post: { eventId: string; caseId: string; tabId: number }) => Promise<void>;
let postSnapshot: PostSnapshot | undefined;

export function snapshotPostsWith(take: PostSnapshot | undefined): void {
  postSnapshot = take;
}

/** The page the tab shows, as the browser reports it (the person did not type it). */
async function tabPage(tabId: number): Promise<Source | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.url || !/^https?:/.test(tab.url)) return undefined;
  return { url: tab.url, title: tab.title ?? "", frameOrigin: new URL(tab.url).origin, tabId };
}

export async function recordByHand(record: ByHandRecord, collection: Collection, clock: Clock): Promise<Reply> {
  const db = database();
  const entryKey = `by-hand|${record.entryKey}`;
  // A retry after an error that was in fact stored: answer with the first write, start no second case.
  const earlier = await findByCaptureKey(db, entryKey);
  if (earlier) return { ok: true, eventId: earlier.id, caseId: earlier.caseId, duplicate: true };

  const { entry } = record;
  const source = entry.contact === "social-post" && entry.tabId !== undefined ? await tabPage(entry.tabId) : undefined;
  if (entry.contact === "social-post" && entry.tabId !== undefined && !source) return failure("not-found", "The tab with the post is closed or no longer shows a web page.");
  // Taken from the tab, the post's address is the one the browser shows.
  const evidence = evidenceFromEntry(source && entry.contact === "social-post" ? { ...entry, url: source.url } : entry);

  const theCase = "caseId" in record.case ? await findCase(db, record.case.caseId) : await startCase(db, { name: record.case.newCase.name, domains: [record.case.newCase.domain] }, clock);
  if (!theCase) return failure("not-found", "No such case.");
  const event = await storeByHand(db, { caseId: theCase.id, evidence, occurred: entry.occurred, collection, entryKey, ...(source ? { source } : {}) }, clock);
  if (source?.tabId !== undefined && postSnapshot) await postSnapshot({ eventId: event.id, caseId: theCase.id, tabId: source.tabId }).catch(() => undefined);
  return { ok: true, eventId: event.id, caseId: theCase.id, caseTitle: theCase.title, duplicate: false };
}
