// Intent-named operations over the database. Events are only ever added, never changed.
import Dexie from "dexie";
import type { Case, CaseChangePayload, CapturedEvidence, Collection, CorrectionPayload, EventOfKind, EvidenceEvent, Moment, Source } from "../domain/evidence";
import { EVIDENCE_MODEL_VERSION, EvidenceEvent as EvidenceEventSchema } from "../domain/evidence";
import { brandNameFromHost, hostBelongsTo, hostOf } from "../domain/brand";
import { sealEvent } from "../domain/integrity/event-hash";
import { applyChange, changesFor, type CaseEdit } from "../domain/cases/case-state";
import { applyCorrection, isCorrectable, withdraws } from "../domain/cases/corrections";
import type { ReceiptsDatabase, StoredEvent, WatchedSite } from "./database";

const CLOSED_STATUSES: ReadonlySet<Case["status"]> = new Set(["resolved", "closed"]);

export interface Clock {
  now(): Moment;
  newId(): string;
}

export interface CaptureToStore {
  captureKey: string;
  host: string;
  source: Source;
  collection: Collection;
  evidence: CapturedEvidence | { kind: "contact-outcome"; payload: Extract<EvidenceEvent, { kind: "contact-outcome" }>["payload"] };
}

export interface StoredCapture {
  eventId: string;
  caseId: string;
  duplicate: boolean;
}

export const ACTIVE_CASE_PREFIX = "active-case|";

/**
 * The open case a brand site's captures go to. Usually there is one. When several open cases share the
 * brand (two campaigns testing it, or a campaign and the person's own case), the one the person last
 * chose to run on this site ("active", from the popup or a guided run) wins; without a choice, the most
 * recently opened. The popup shows the same case, so where a capture goes is never a guess.
 */
export async function openCaseForHost(db: ReceiptsDatabase, host: string): Promise<Case | undefined> {
  const open = await openCasesForHost(db, host);
  if (open.length < 2) return open[0];
  const marks = await db.settings.bulkGet(open.map((c) => `${ACTIVE_CASE_PREFIX}${c.id}`));
  let chosen: { theCase: Case; at: number } | undefined;
  open.forEach((theCase, i) => {
    const at = marks[i]?.value;
    if (typeof at === "number" && (!chosen || at > chosen.at)) chosen = { theCase, at };
  });
  return chosen?.theCase ?? open[0];
}

/** Every open case of a brand site, most recently opened first. */
export async function openCasesForHost(db: ReceiptsDatabase, host: string): Promise<Case[]> {
  const all = await db.cases.toArray();
  return all.filter((c) => !CLOSED_STATUSES.has(c.status) && !c.copyOf && hostBelongsTo(host, c.brand.domains)).sort((a, b) => b.created.at - a.created.at);
}

/** The person chose this case as the one to run now on its brand's sites: captures there go to it. */
export async function markActiveCase(db: ReceiptsDatabase, caseId: string, at: number): Promise<void> {
  await db.settings.put({ key: `${ACTIVE_CASE_PREFIX}${caseId}`, value: at });
}

/** Forgets the choice (the case was deleted). */
export async function forgetActiveCase(db: ReceiptsDatabase, caseId: string): Promise<void> {
  await db.settings.delete(`${ACTIVE_CASE_PREFIX}${caseId}`);
}

export function newCaseForHost(host: string, clock: Clock): Case {
  const name = brandNameFromHost(host);
  return {
    id: clock.newId(),
    title: name,
    brand: { name, domains: [host] },
    status: "open",
    created: clock.now(),
  };
}

/** The brand's latest case that was resolved or closed (not merged into another), if any. */
export async function finishedCaseForHost(db: ReceiptsDatabase, host: string): Promise<Case | undefined> {
  const all = await db.cases.toArray();
  return all
    .filter((c) => CLOSED_STATUSES.has(c.status) && !c.mergedInto && !c.copyOf && hostBelongsTo(host, c.brand.domains))
    .sort((a, b) => b.created.at - a.created.at)[0];
}

/**
 * The open case of the site, created if there is none. With `collection` (a capture arriving), a case
 * started after the brand's earlier case was closed or resolved records that earlier case, as an "opened"
 * event in its chain: the person is then asked whether to keep it or add it to the earlier one.
 */
export async function ensureCaseForHost(db: ReceiptsDatabase, host: string, clock: Clock, collection?: Collection): Promise<Case> {
  return db.transaction("rw", db.cases, db.events, db.settings, async () => {
    const existing = await openCaseForHost(db, host);
    if (existing) return existing;
    const created = newCaseForHost(host, clock);
    const earlier = collection ? await finishedCaseForHost(db, host) : undefined;
    if (!earlier || !collection) {
      await db.cases.add(created);
      return created;
    }
    const opened: CaseChangePayload = { change: "opened", from: {}, to: { title: created.title, brand: created.brand, status: created.status }, otherCaseId: earlier.id };
    const followUp = applyChange(created, opened);
    await db.cases.add(followUp);
    await appendToChain(db, { id: clock.newId(), caseId: created.id, kind: "case-change", payload: opened, recorded: created.created, occurred: created.created, collection } as UnsealedEvent, {});
    return followUp;
  });
}

async function nextSeq(db: ReceiptsDatabase): Promise<number> {
  const last = await db.events.orderBy("seq").last();
  return (last?.seq ?? 0) + 1;
}

/** An event as it is built, before the database gives it its place in the case's chain. */
type UnsealedEvent = Omit<EvidenceEvent, "hash" | "previousHash" | "v">;

/**
 * The one way an event enters the database: validated, linked to the case's last event and sealed
 * with its hash (domain/integrity), in the same transaction as the write, so the chain can never
 * skip or fork. Must run inside a read-write transaction on `events`.
 */
async function appendToChain(db: ReceiptsDatabase, draft: UnsealedEvent, extra: Pick<StoredEvent, "captureKey" | "siteHost">): Promise<EvidenceEvent> {
  const parsed = EvidenceEventSchema.parse({ ...draft, v: EVIDENCE_MODEL_VERSION, hash: null, previousHash: null });
  // An imported copy (kept beside a case whose chain it diverges from) stays as it was imported.
  const copyOf = (await db.cases.get(parsed.caseId))?.copyOf;
  if (copyOf) throw new Error(`This case is an imported copy kept beside case ${copyOf}: it takes no new evidence. Add to that case instead.`);
  const last = await db.events.where("[caseId+seq]").between([parsed.caseId, -Infinity], [parsed.caseId, Infinity]).last();
  // Hashing is not an IndexedDB request: waitFor keeps the transaction open meanwhile.
  const event = await Dexie.waitFor(sealEvent(parsed, last?.event.hash ?? null));
  await db.events.add({
    event,
    id: event.id,
    caseId: event.caseId,
    seq: await nextSeq(db),
    ...(extra.captureKey ? { captureKey: extra.captureKey } : {}),
    ...(extra.siteHost ? { siteHost: extra.siteHost } : {}),
  });
  return event;
}

/**
 * Stores a capture once. A retry with the same capture key returns the first write
 * and adds nothing; an existing event is never overwritten.
 */
export async function storeCapture(db: ReceiptsDatabase, capture: CaptureToStore, clock: Clock): Promise<StoredCapture> {
  return db.transaction("rw", db.cases, db.events, db.settings, async () => {
    const earlier = await db.events.where("captureKey").equals(capture.captureKey).first();
    if (earlier) return { eventId: earlier.id, caseId: earlier.caseId, duplicate: true };
    const theCase = await ensureCaseForHost(db, capture.host, clock, capture.collection);
    const now = clock.now();
    const event = await appendToChain(
      db,
      { id: clock.newId(), caseId: theCase.id, ...capture.evidence, recorded: now, occurred: now, source: capture.source, collection: capture.collection } as UnsealedEvent,
      { captureKey: capture.captureKey, siteHost: capture.host },
    );
    return { eventId: event.id, caseId: theCase.id, duplicate: false };
  });
}

/** What the person adds by hand (a note, a call, a letter…): kind and payload, and when it happened. */
export interface EntryByHand {
  caseId: string;
  evidence: Pick<EvidenceEvent, "kind" | "payload">;
  /** When it happened, if not now ("a call logged the next day"). */
  occurred?: Moment;
  collection: Collection;
  source?: Source;
  /** Set by forms that may be sent twice (a retry after an error): the same key is stored once. */
  entryKey?: string;
}

/** Appends an event the person entered by hand to an existing case. */
export async function storeByHand(db: ReceiptsDatabase, entry: EntryByHand, clock: Clock): Promise<EvidenceEvent> {
  return db.transaction("rw", db.cases, db.events, async () => {
    if (!(await db.cases.get(entry.caseId))) throw new Error(`No case ${entry.caseId}.`);
    const earlier = entry.entryKey ? await db.events.where("captureKey").equals(entry.entryKey).first() : undefined;
    if (earlier) return earlier.event;
    const now = clock.now();
    const host = entry.source ? hostOf(entry.source.url) : undefined;
    return appendToChain(
      db,
      {
        id: clock.newId(),
        caseId: entry.caseId,
        ...entry.evidence,
        recorded: now,
        occurred: entry.occurred ?? now,
        ...(entry.source ? { source: entry.source } : {}),
        collection: entry.collection,
      } as UnsealedEvent,
      { ...(entry.entryKey ? { captureKey: entry.entryKey } : {}), ...(host ? { siteHost: host } : {}) },
    );
  });
}

/** A case the person starts by hand for a brand they name, for contacts made outside its site. */
export async function startCase(db: ReceiptsDatabase, brand: Case["brand"], clock: Clock): Promise<Case> {
  const created: Case = { id: clock.newId(), title: brand.name, brand, status: "open", created: clock.now() };
  await db.cases.add(created);
  return created;
}

/** The event a capture key produced, if it is stored. */
export async function findByCaptureKey(db: ReceiptsDatabase, captureKey: string): Promise<EvidenceEvent | undefined> {
  return (await db.events.where("captureKey").equals(captureKey).first())?.event;
}

/** A case's events in the order they were stored. */
export async function caseEvents(db: ReceiptsDatabase, caseId: string): Promise<EvidenceEvent[]> {
  const stored = await db.events.where("[caseId+seq]").between([caseId, -Infinity], [caseId, Infinity]).toArray();
  return stored.map((s) => s.event);
}

/** The most recent events captured on a site, newest first. */
export async function recentEventsForHost(db: ReceiptsDatabase, host: string, limit = 10): Promise<EvidenceEvent[]> {
  const stored: StoredEvent[] = await db.events
    .where("[siteHost+seq]")
    .between([host, -Infinity], [host, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
  return stored.map((s) => s.event);
}

export async function listCases(db: ReceiptsDatabase): Promise<Case[]> {
  const all = await db.cases.toArray();
  return all.sort((a, b) => b.created.at - a.created.at);
}

export async function findCase(db: ReceiptsDatabase, caseId: string): Promise<Case | undefined> {
  return db.cases.get(caseId);
}

export async function watchSite(db: ReceiptsDatabase, host: string, at: number): Promise<WatchedSite> {
  const site = { host, since: at };
  await db.watchedSites.put(site);
  return site;
}

export async function unwatchSite(db: ReceiptsDatabase, host: string): Promise<void> {
  await db.watchedSites.delete(host);
}

export async function watchedSites(db: ReceiptsDatabase): Promise<WatchedSite[]> {
  return db.watchedSites.toArray();
}

export async function isWatched(db: ReceiptsDatabase, url: string): Promise<boolean> {
  const host = hostOf(url);
  return host !== undefined && (await db.watchedSites.get(host)) !== undefined;
}

export async function readSetting<T>(db: ReceiptsDatabase, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function writeSetting(db: ReceiptsDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

// Cases: the person's changes to a case, corrections, follow-ups. Each is an event in the case's chain;
// the cases table keeps the folded state (domain/cases/case-state.ts), updated in the same transaction.

async function appendChange(db: ReceiptsDatabase, theCase: Case, change: CaseChangePayload, collection: Collection, clock: Clock): Promise<Case> {
  const now = clock.now();
  await appendToChain(db, { id: clock.newId(), caseId: theCase.id, kind: "case-change", payload: change, recorded: now, occurred: now, collection } as UnsealedEvent, {});
  const next = applyChange(theCase, change);
  await db.cases.put(next);
  return next;
}

/** A case the person starts from the dashboard, its opening recorded as its first event. */
export async function createCase(db: ReceiptsDatabase, fields: Pick<Case, "title" | "brand"> & { tags?: string[] }, collection: Collection, clock: Clock): Promise<Case> {
  return db.transaction("rw", db.cases, db.events, async () => {
    const created: Case = { id: clock.newId(), title: fields.title, brand: fields.brand, status: "open", created: clock.now() };
    await db.cases.add(created);
    const to = { title: created.title, brand: created.brand, status: created.status, ...(fields.tags?.length ? { tags: fields.tags } : {}) };
    return appendChange(db, created, { change: "opened", from: {}, to }, collection, clock);
  });
}

/**
 * A case opened for a campaign (storage/campaign-store.ts): its changes ("opened", then the campaign it
 * runs) and the promise under test, if the campaign pins one, as the first events of its chain. Must run
 * inside a read-write transaction on cases and events.
 */
export async function openCaseWith(
  db: ReceiptsDatabase,
  fields: Pick<Case, "id" | "title" | "brand">,
  changes: readonly CaseChangePayload[],
  promise: EventOfKind<"promise">["payload"] | undefined,
  collection: Collection,
  clock: Clock,
): Promise<Case> {
  let theCase: Case = { ...fields, status: "open", created: clock.now() };
  await db.cases.add(theCase);
  for (const change of changes) theCase = await appendChange(db, theCase, change, collection, clock);
  if (promise) {
    const now = clock.now();
    await appendToChain(db, { id: clock.newId(), caseId: theCase.id, kind: "promise", payload: promise, recorded: now, occurred: now, collection } as UnsealedEvent, {});
  }
  return theCase;
}

/** Renames, changes status (close, reopen…), brand or tags: one event per field that changes. */
export async function changeCase(db: ReceiptsDatabase, caseId: string, edit: CaseEdit, collection: Collection, clock: Clock): Promise<Case> {
  return db.transaction("rw", db.cases, db.events, async () => {
    let theCase = await db.cases.get(caseId);
    if (!theCase) throw new Error(`No case ${caseId}.`);
    for (const change of changesFor(theCase, edit)) theCase = await appendChange(db, theCase, change, collection, clock);
    return theCase;
  });
}

/**
 * The person's answer about a case Receipts started after the brand's earlier case was closed: keep it, or
 * add it to the earlier case, which is reopened. Nothing moves: both chains stay as they are, the earlier
 * case records that it absorbed this one and views read both.
 */
export async function answerFollowUp(db: ReceiptsDatabase, caseId: string, answer: "keep" | "merge", collection: Collection, clock: Clock): Promise<Case> {
  return db.transaction("rw", db.cases, db.events, async () => {
    const theCase = await db.cases.get(caseId);
    if (!theCase?.follows) throw new Error(`Case ${caseId} follows no earlier case.`);
    if (theCase.followUpAnswered) return theCase;
    if (answer === "keep") return appendChange(db, theCase, { change: "follow-up-kept", from: {}, to: {}, otherCaseId: theCase.follows }, collection, clock);
    const earlier = await db.cases.get(theCase.follows);
    if (!earlier) throw new Error(`No case ${theCase.follows}.`);
    const merged = await appendChange(db, theCase, { change: "merged-into", from: { status: theCase.status }, to: { status: "closed" }, otherCaseId: earlier.id }, collection, clock);
    const reopen = earlier.status === "open" ? {} : { from: { status: earlier.status }, to: { status: "open" as const } };
    await appendChange(db, earlier, { change: "absorbed", from: {}, to: {}, ...reopen, otherCaseId: theCase.id }, collection, clock);
    return merged;
  });
}

/** A correction of an event: checked against the event's kind, appended to that event's case. */
export async function correctEvent(db: ReceiptsDatabase, correction: CorrectionPayload, collection: Collection, clock: Clock): Promise<EvidenceEvent> {
  return db.transaction("rw", db.cases, db.events, async () => {
    const target = (await db.events.get(correction.supersedes))?.event;
    if (!target || !isCorrectable(target)) throw new Error("This event cannot be corrected.");
    if (!withdraws(correction) && !applyCorrection(target, correction)) throw new Error("The corrected event would not be valid.");
    const now = clock.now();
    return appendToChain(db, { id: clock.newId(), caseId: target.caseId, kind: "correction", payload: correction, recorded: now, occurred: now, collection } as UnsealedEvent, {});
  });
}

/** A case's events with their storage sequence, and those of the cases it absorbed, in storage order. */
export async function caseTrail(db: ReceiptsDatabase, caseId: string): Promise<{ seq: number; event: EvidenceEvent }[]> {
  // An explicit transaction keeps liveQuery's cache out of it: the cache deep-clones every result, which
  // for a case of 10,000 events costs more than reading them. Live updates still follow the ranges read.
  return db.transaction("r", db.cases, db.events, () => readTrail(db, caseId));
}

async function readTrail(db: ReceiptsDatabase, caseId: string): Promise<{ seq: number; event: EvidenceEvent }[]> {
  const ids: string[] = [];
  const pending = [caseId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (ids.includes(id)) continue;
    ids.push(id);
    pending.push(...((await db.cases.get(id))?.absorbed ?? []));
  }
  const stored = (await Promise.all(ids.map((id) => db.events.where("[caseId+seq]").between([id, -Infinity], [id, Infinity]).toArray()))).flat();
  return stored.sort((a, b) => a.seq - b.seq).map(({ seq, event }) => ({ seq, event }));
}

/** The storage sequence number of a case's latest event (0 for none): it changes whenever the case does. */
export async function lastSeqOfCase(db: ReceiptsDatabase, caseId: string): Promise<number> {
  return (await db.events.where("[caseId+seq]").between([caseId, -Infinity], [caseId, Infinity]).last())?.seq ?? 0;
}

/** Marks a reminder as given (a broken deadline's notification); false if it already was, so it is given once. */
export async function markReminded(db: ReceiptsDatabase, key: string, at: number): Promise<boolean> {
  try {
    await db.settings.add({ key: `reminded|${key}`, value: at });
    return true;
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) return false;
    throw error;
  }
}
