// The campaign's comparison: one row per brand, every brand measured against the same yardstick, every
// cell with the ids of the events it comes from (so each figure opens onto its evidence).
//
// The reality engine does the reading (domain/reality): corrections applied, promise readings as the
// person last corrected them, contact attempts, first answers, due times (business days, daylight-saving
// changes) and verdicts. This file only decides what the campaign measures:
// - the yardstick: with pinning "campaign", the protocol's statement of the promise (the promise event
//   the campaign pinned in the case when there is one, read with the protocol's reading; otherwise the
//   same statement is put before the engine as if pinned: the engine needs a promise to measure against,
//   and such a stand-in carries no evidence id). With pinning "per-brand", the brand's own pinned promise:
//   the first of the kind the protocol tests, else the first with a deadline. Either way it is owed on
//   every channel: the protocol, not the promise's wording, says where the question goes;
// - the test starts with the first contact attempt that reached the brand on the protocol's channel (on
//   another channel when there is none: the row says so);
// - the first response: the brand's first answer to that attempt or a later one, under the protocol's
//   rule: "person" leaves out automatic acknowledgements and bots (first-answers.ts, automatic-replies.ts),
//   "any" counts them;
// - the verdict: the engine's due time for that first attempt, settled against the first response by
//   the engine's own rule (obligation.ts): kept, broken, or pending; "silent" once the protocol's wait has
//   passed with no response (a brand that answered in time stays "kept");
// - follow-ups: contact attempts after the first and before any response; time to resolution: from the
//   first attempt to the case-change that last set the status to resolved or closed.
import type { Brand, Case, Channel, EventOfKind, EvidenceEvent, Moment } from "../evidence";
import { correctedReadings } from "../cases/case-reality";
import { correctedEvents } from "../cases/corrections";
import { FINISHED_STATUSES } from "../cases/case-state";
import { dueTimes } from "../promises/deadline";
import type { PromiseReading } from "../promises/promise-reading";
import type { AttemptReality } from "../reality/attempt-realities";
import type { SequencedEvent } from "../reality/case-timeline";
import type { Answer } from "../reality/first-answers";
import { settle, type Obligation } from "../reality/obligation";
import { channelsInWords } from "../reality/promise-verdicts";
import { readCaseReality, type CaseReality } from "../reality/reality-engine";
import { whatKeeps } from "../reality/what-keeps-a-promise";
import { currentProtocol, protocolOf, type Campaign, type CampaignBrand, type Protocol } from "./campaign";
import { firstContact } from "./first-contact";

export type CampaignVerdict = "kept" | "broken" | "pending" | "silent";
export const CAMPAIGN_VERDICTS: readonly CampaignVerdict[] = ["kept", "broken", "pending", "silent"];

/** One cell of the table: its value (absent: nothing to show) and the ids of the events it comes from. */
export interface Cell<T> {
  value?: T;
  from: string[];
}

export interface Promised {
  text: string;
  reading?: PromiseReading;
  /** "campaign": the protocol's statement; "brand": the brand's own words, pinned in its case. */
  source: "campaign" | "brand";
}

export interface Contact {
  eventId: string;
  at: number;
  timeZone: string;
  channel: Channel;
}

export interface FirstResponse {
  eventId: string;
  at: number;
  timeZone: string;
  /** From the first contact attempt. Absent for a call or visit answered while it happened: the wait on hold is not recorded. */
  ms?: number;
  how: Answer["how"];
}

export interface VerdictValue {
  status: CampaignVerdict;
  /** When the promise fell due for the first contact attempt. */
  due?: number;
  /** When the protocol's wait ends. */
  waitEnds?: number;
  /** Broken: how late the response came, or how long overdue with nothing yet. */
  lateMs?: number;
}

export interface Resolution {
  at: number;
  timeZone: string;
  status: "resolved" | "closed";
  /** From the first contact attempt (absent when there was none). */
  ms?: number;
}

/** What a reader of the row must know besides its figures. */
export type RowNote =
  | "case-deleted"
  /** The brand's protocol version is not in the campaign: the latest is used. */
  | "protocol-unknown"
  /** Pinning "per-brand", and no promise is pinned in the case yet. */
  | "promise-not-pinned"
  /** The yardstick has no deadline to measure against. */
  | "no-deadline"
  | "not-contacted"
  /** Every contact attempt failed to send. */
  | "contact-failed"
  /** The first contact that reached the brand was not on the protocol's channel. */
  | "other-channel"
  | "answered-in-person"
  /** The device's clock went back during the case (see the reality engine's anomalies). */
  | "clock-anomaly";

export interface ComparisonRow {
  caseId: string;
  brand: Brand;
  protocolVersion: number;
  added: Moment;
  addedAfterStart: boolean;
  caseDeleted: boolean;
  /** The case's "campaign" case-changes: where its own chain records the campaign, the protocol version it runs, and a late joining. */
  membership: string[];
  /** When the campaign recorded the deletion, if it did. */
  caseDeletedAt?: Moment;
  promised: Cell<Promised>;
  firstContact: Cell<Contact>;
  lastContact: Cell<Contact>;
  firstResponse: Cell<FirstResponse>;
  verdict: Cell<VerdictValue>;
  attempts: Cell<number>;
  interlocutors: Cell<{ count: number; names: string[] }>;
  followUps: Cell<number>;
  resolution: Cell<Resolution>;
  notes: RowNote[];
}

/** A brand's case as stored, and its events with their storage sequence; undefined when the case was deleted. */
export interface CaseEvidence {
  theCase: Case;
  events: readonly SequencedEvent[];
}

export interface ComparisonInput {
  campaign: Campaign;
  /** By case id. */
  cases: ReadonlyMap<string, CaseEvidence | undefined>;
  /** The moment the comparison is read at (epoch ms): a brand's clock runs until then. */
  now: number;
}

/** Stands in for the campaign's promise in a case where it is not pinned; never shown as evidence. */
const STAND_IN_ID = "campaign-yardstick-stand-in";

const empty = <T>(): Cell<T> => ({ from: [] });
const unique = (ids: Array<string | undefined>): string[] => [...new Set(ids.filter((id): id is string => id !== undefined && id !== STAND_IN_ID))];
const sameWords = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

function baseRow(brand: CampaignBrand): ComparisonRow {
  return {
    caseId: brand.caseId,
    brand: brand.brand,
    protocolVersion: brand.protocolVersion,
    added: brand.added,
    addedAfterStart: brand.addedAfterStart,
    caseDeleted: false,
    membership: [],
    promised: empty(),
    firstContact: empty(),
    lastContact: empty(),
    firstResponse: empty(),
    verdict: empty(),
    attempts: empty(),
    interlocutors: empty(),
    followUps: empty(),
    resolution: empty(),
    notes: [],
  };
}

/** The end of a length of time counted from `start`, by promises/deadline.ts; undefined for a zone the runtime does not know. */
function endOf(length: Protocol["wait"], start: Moment): number | undefined {
  try {
    return dueTimes({ deadline: { type: "duration", ...length } }, start)[0];
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The campaign's statement of the promise is a standing one: counted from each contact, whatever the reading says. */
function standing(reading: PromiseReading | undefined): PromiseReading | undefined {
  return reading && reading.clockStart === "statement" ? { ...reading, clockStart: "each-contact" } : reading;
}

interface Yardstick {
  id?: string;
  reading?: PromiseReading;
  promised: Cell<Promised>;
  standIn?: EventOfKind<"promise">;
}

function yardstickOf(protocol: Protocol, brand: CampaignBrand, events: readonly EvidenceEvent[], readingOf: (p: EventOfKind<"promise">) => PromiseReading | undefined, now: number): Yardstick {
  const promises = events.filter((e): e is EventOfKind<"promise"> => e.kind === "promise");
  if (protocol.pinning === "campaign") {
    const wanted = sameWords(protocol.promise.text);
    const pinned = promises.find((p) => sameWords(p.payload.quote) === wanted);
    // The protocol's reading is the yardstick; without one, the pinned promise's own (as the person corrected it).
    const reading = standing(protocol.promise.reading ?? (pinned ? readingOf(pinned) : undefined));
    const promised: Cell<Promised> = { value: { text: protocol.promise.text, ...(reading ? { reading } : {}), source: "campaign" }, from: pinned ? [pinned.id] : [] };
    if (pinned) return { id: pinned.id, ...(reading ? { reading } : {}), promised };
    const timeZone = brand.added.timeZone;
    // Stated rather than clock-timed (recorded ≠ occurred), so it cannot disturb the engine's reading of the clock.
    const standIn: EventOfKind<"promise"> = {
      v: 1,
      id: STAND_IN_ID,
      caseId: brand.caseId,
      kind: "promise",
      recorded: { at: 0, timeZone },
      occurred: { at: Math.max(1, Math.min(brand.added.at, now)), timeZone },
      collection: { method: "by-hand", extensionVersion: "", browser: "", browserVersion: "" },
      hash: null,
      previousHash: null,
      payload: { quote: protocol.promise.text, ...(reading ? { reading } : {}) },
    };
    return { id: STAND_IN_ID, ...(reading ? { reading } : {}), promised, standIn };
  }
  const inTime = [...promises].sort((a, b) => a.occurred.at - b.occurred.at);
  const kind = protocol.promise.reading?.kind;
  const pinned = inTime.find((p) => kind !== undefined && readingOf(p)?.kind === kind) ?? inTime.find((p) => readingOf(p)?.deadline !== undefined) ?? inTime[0];
  if (!pinned) return { promised: empty() };
  const reading = readingOf(pinned);
  return { id: pinned.id, ...(reading ? { reading } : {}), promised: { value: { text: pinned.payload.quote, ...(reading ? { reading } : {}), source: "brand" }, from: [pinned.id] } };
}

type EventById = (id: string) => EvidenceEvent | undefined;

function contactOf(attempt: AttemptReality, byId: EventById): Contact {
  return { eventId: attempt.id, at: attempt.at, timeZone: byId(attempt.id)?.occurred.timeZone ?? "UTC", channel: attempt.channel };
}

/** The case-change that last set the status, if it set it to resolved or closed. */
function resolutionOf(events: readonly EvidenceEvent[], now: number): { event: EvidenceEvent; status: "resolved" | "closed" } | undefined {
  let last: { event: EvidenceEvent; status: Case["status"] } | undefined;
  for (const event of events) {
    if (event.kind !== "case-change" || event.occurred.at > now) continue;
    const status = event.payload.to.status;
    if (status !== undefined) last = { event, status };
  }
  return last && FINISHED_STATUSES.has(last.status) ? { event: last.event, status: last.status as "resolved" | "closed" } : undefined;
}

function compareBrand(campaign: Campaign, brand: CampaignBrand, evidence: CaseEvidence | undefined, now: number): ComparisonRow {
  const row = baseRow(brand);
  if (brand.caseDeleted || evidence === undefined) {
    row.caseDeleted = true;
    if (brand.caseDeleted) row.caseDeletedAt = brand.caseDeleted;
    row.notes.push("case-deleted");
    return row;
  }
  const known = protocolOf(campaign, brand);
  if (!known) row.notes.push("protocol-unknown");
  const protocol = known ?? currentProtocol(campaign);

  // As case-reality.ts reads a case: corrections applied, readings as the person last corrected them.
  const sorted = evidence.events.every((s, i) => i === 0 || (evidence.events[i - 1] as SequencedEvent).seq <= s.seq);
  const inOrder = sorted ? evidence.events : [...evidence.events].sort((a, b) => a.seq - b.seq);
  const plain = inOrder.map((s) => s.event);
  // Most cases have no correction: their events are read as they are.
  const corrected = plain.some((e) => e.kind === "correction");
  const effective = corrected ? correctedEvents(plain).effective : plain;
  const seqOf = corrected ? new Map(inOrder.map((s) => [s.event.id, s.seq])) : undefined;
  const readings = correctedReadings(plain);
  row.membership = plain.filter((e) => e.kind === "case-change" && e.payload.change === "campaign" && e.payload.campaign?.campaignId === campaign.id).map((e) => e.id);
  const yardstick = yardstickOf(protocol, brand, effective, readings, now);
  row.promised = yardstick.promised;
  if (!yardstick.id) row.notes.push("promise-not-pinned");

  // Rule "any": a chat bot's reply counts too, so bot lines are read as the brand's answers.
  const botLines = new Set<string>();
  const read = (event: EvidenceEvent): EvidenceEvent => {
    if (protocol.responseRule !== "any" || event.kind !== "message" || event.payload.side !== "bot") return event;
    botLines.add(event.id);
    return { ...event, payload: { ...event.payload, side: "agent" } };
  };
  const sequenced: SequencedEvent[] = seqOf
    ? effective.map((event) => ({ seq: seqOf.get(event.id) ?? 0, event: read(event) }))
    : protocol.responseRule === "any"
      ? inOrder.map((s) => ({ seq: s.seq, event: read(s.event) }))
      : [...inOrder];
  if (yardstick.standIn) sequenced.unshift({ seq: (sequenced[0]?.seq ?? 0) - 1, event: yardstick.standIn });
  const reality: CaseReality = readCaseReality(sequenced, {
    now,
    readingOf: (p) => (p.id === yardstick.id && yardstick.reading ? yardstick.reading : readings(p)),
    channelsOf: (p, r) => (p.id === yardstick.id ? undefined : channelsInWords(p, r)),
    ...(protocol.responseRule === "any" ? { isAutomaticReply: () => false } : {}),
  });
  if (reality.anomalies.some((a) => a.type === "clock-went-back")) row.notes.push("clock-anomaly");
  // A few look-ups (the first contact, the first response, the last contact): no map of every event.
  const byId: EventById = (id) => effective.find((e) => e.id === id);

  row.attempts = { value: reality.figures.attempts.value, from: [...reality.figures.attempts.from] };
  const people = reality.interlocutors.filter((p) => !p.from.every((id) => botLines.has(id)));
  row.interlocutors = { value: { count: people.length, names: people.map((p) => p.name) }, from: unique(people.map((p) => p.firstSeen)) };

  const reached = reality.attempts.filter((a) => a.status !== "failed");
  const contact = firstContact(reality.attempts, { channel: protocol.channel, otherChannel: true, answersOnChannel: false });
  const tested = contact?.first;
  const last = reality.attempts.at(-1);
  if (last) row.lastContact = { value: contactOf(last, byId), from: [last.id] };
  if (!tested) {
    row.notes.push(reality.attempts.length > 0 ? "contact-failed" : "not-contacted");
    row.verdict = { value: { status: "pending" }, from: [] };
  } else {
    if (tested.channel !== protocol.channel) row.notes.push("other-channel");
    const start = contactOf(tested, byId);
    row.firstContact = { value: start, from: [tested.id] };

    // The brand's first answer to the tested attempt or to a later one.
    const first = contact?.response;
    if (first) {
      const { answer } = first;
      if (answer.how === "in-person") row.notes.push("answered-in-person");
      row.firstResponse = {
        value: { eventId: answer.eventId, at: answer.at, timeZone: byId(answer.eventId)?.occurred.timeZone ?? start.timeZone, how: answer.how, ...(answer.how === "in-person" ? {} : { ms: answer.at - tested.at }) },
        from: unique([tested.id, first.attempt.id, answer.eventId]),
      };
    }
    const answeredAt = first?.answer.at ?? Infinity;
    const followUps = reached.filter((a) => a !== tested && a.at >= tested.at && a.at < answeredAt);
    row.followUps = { value: followUps.length, from: followUps.map((a) => a.id) };

    // The verdict: the engine's due time for the tested attempt, settled by the engine's rule.
    const standingOf = reality.promises.find((p) => p.promiseId === yardstick.id);
    const verdict = standingOf?.verdict;
    let value: VerdictValue | undefined;
    let from: Array<string | undefined> = [];
    if (verdict) {
      const engine = verdict.obligations.find((o) => o.startedBy === tested.id) ?? verdict.obligations[0];
      let decided: Obligation | undefined = engine;
      if (engine && engine.due !== undefined && engine.start !== undefined && whatKeeps(standingOf.reading?.kind ?? "other") === "an-answer") {
        const keeping = first && first.answer.at >= engine.start ? { eventId: first.answer.eventId, at: first.answer.at } : undefined;
        decided = settle({ start: engine.start, due: engine.due, status: "pending" }, keeping, now);
      }
      value = { status: decided?.status ?? verdict.status, ...(decided?.due !== undefined ? { due: decided.due } : {}), ...(decided?.late ? { lateMs: decided.late.ms } : {}) };
      from = [yardstick.id, tested.id, decided?.keptBy];
    } else if (yardstick.id) {
      row.notes.push("no-deadline");
    }
    const waitEnds = endOf(protocol.wait, start);
    if (waitEnds !== undefined) {
      const silent = now >= waitEnds && value?.status !== "kept" && (!first || first.answer.at > waitEnds);
      if (silent) {
        value = { ...value, status: "silent" };
        from = [yardstick.id, tested.id, ...followUps.map((a) => a.id)];
      }
      if (value) value.waitEnds = waitEnds;
    }
    if (value) row.verdict = { value, from: unique(from) };
  }

  const resolved = resolutionOf(plain, now);
  if (resolved) {
    const { event, status } = resolved;
    row.resolution = {
      value: { at: event.occurred.at, timeZone: event.occurred.timeZone, status, ...(tested ? { ms: event.occurred.at - tested.at } : {}) },
      from: unique([tested?.id, event.id]),
    };
  }
  return row;
}

/** One row per brand of the campaign, in the campaign's order. */
export function compareBrands(input: ComparisonInput): ComparisonRow[] {
  return input.campaign.brands.map((brand) => compareBrand(input.campaign, brand, input.cases.get(brand.caseId), input.now));
}
