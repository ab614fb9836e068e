// Each promise of a case, and for those with a deadline, whether it was kept, broken or is pending.
// When the clock starts (the reading's clockStart):
// - each-contact: the promise is a standing one (a brand's "we reply within 48 hours"), owed to every
//   contact attempt of the case, also those made before the person pinned it: the brand's page said so all
//   along. Those obligations are marked `beforePromise`, so the dossier can say it. A reply-time promise is
//   owed only to the channels its words name (promise-channels.ts); failed attempts are owed nothing;
// - statement: from when the promise was made ("I'll call you back tomorrow");
// - order-date: from the order date when the person gave one; without it the promise stays pending with
//   no due time, flagged "order-date-unknown";
// - fixed-date: the date itself, in the time zone the promise was made in.
// Due times come from promises/deadline.ts (daylight-saving changes, business days).
// What keeps a promise: what-keeps-a-promise.ts. A promise with no deadline, or an availability claim
// ("24/7"), is listed without a verdict: there is nothing to wait for.
import type { Channel, Moment } from "../evidence";
import type { ClockStart, PromiseReading } from "../promises/promise-reading";
import type { Timeline, TimelineEntry } from "./case-timeline";
import type { ContactAttempts } from "./contact-attempts";
import type { DueClock } from "./due-clock";
import type { Answers } from "./first-answers";
import { overall, settle, type Keeping, type Obligation, type VerdictStatus } from "./obligation";
import { channelsNamed } from "./promise-channels";
import type { PromiseEvent, ReadingOf } from "./promise-readings";
import { firstAtOrAfter } from "./time-search";
import { whatKeeps, type KeptBy } from "./what-keeps-a-promise";

export type VerdictFlag =
  | "order-date-unknown"
  | "no-attempt-yet"
  /** Refunds and the like: kept only by evidence the person marks. */
  | "kept-only-when-marked"
  | "counts-attempts-before-promise";

export interface PromiseVerdict {
  status: VerdictStatus;
  clockStart: ClockStart;
  keptBy: KeptBy;
  /** Channels a standing reply-time promise is owed to; absent: all. */
  channels?: Channel[];
  obligations: Obligation[];
  flags: VerdictFlag[];
  /** Every event the verdict rests on: the promise, the attempts, what kept it or came late. */
  from: string[];
}

export interface PromiseStanding {
  promiseId: string;
  at: number;
  quote: string;
  reading?: PromiseReading;
  verdict?: PromiseVerdict;
  /** Why there is no verdict. */
  noVerdict?: "not-read" | "no-deadline" | "availability-claim";
}

export type ChannelsOf = (promise: PromiseEvent, reading: PromiseReading) => Channel[] | undefined;

export const channelsInWords: ChannelsOf = (promise, reading) =>
  channelsNamed(`${promise.payload.quote} ${reading.matched.kind ?? ""}`, reading.language);

export interface VerdictInputs {
  timeline: Timeline;
  attempts: ContactAttempts;
  answers: Answers;
  now: number;
  dueClock: DueClock;
  readingOf: ReadingOf;
  channelsOf: ChannelsOf;
  orderDate?: Moment;
  /** Promise id → ids of events the person marks as showing the promise kept. */
  keptEvidence?: ReadonlyMap<string, readonly string[]>;
}

/** The first of `entries` (in time order) at or after `at`. */
const firstFrom = (entries: readonly TimelineEntry[], at: number): Keeping | undefined => {
  const entry = entries[firstAtOrAfter(entries, at)];
  return entry ? { eventId: entry.event.id, at: entry.at } : undefined;
};

const sooner = (a: Keeping | undefined, b: Keeping | undefined): Keeping | undefined =>
  a === undefined || (b !== undefined && b.at < a.at) ? b : a;

function verdictOf(promise: PromiseEvent, promiseAt: number, reading: PromiseReading, inputs: VerdictInputs): PromiseVerdict {
  const { timeline, attempts, answers, now, dueClock } = inputs;
  const keptBy = whatKeeps(reading.kind);
  const marked = (inputs.keptEvidence?.get(promise.id) ?? [])
    .map((id) => timeline.byId.get(id))
    .filter((entry): entry is TimelineEntry => entry !== undefined)
    .sort((a, b) => a.at - b.at || a.seq - b.seq);
  const flags: VerdictFlag[] = keptBy === "marked-evidence" ? ["kept-only-when-marked"] : [];
  const obligations: Obligation[] = [];
  let channels: Channel[] | undefined;

  if (reading.clockStart === "each-contact") {
    channels = reading.kind === "reply-time" ? inputs.channelsOf(promise, reading) : undefined;
    for (const attempt of attempts.list) {
      if (attempt.failed || (channels !== undefined && !channels.includes(attempt.channel))) continue;
      const due = dueClock(reading.deadline, { at: attempt.at, timeZone: attempt.timeZone });
      const answer = keptBy === "an-answer" ? answers.firstAnswer.get(attempt.id) : undefined;
      const keeping = sooner(answer && { eventId: answer.eventId, at: answer.at }, firstFrom(marked, attempt.at));
      const beforePromise = attempt.at < promiseAt;
      const obligation: Obligation = { startedBy: attempt.id, start: attempt.at, status: "pending" };
      if (due !== undefined) obligation.due = due;
      if (beforePromise) obligation.beforePromise = true;
      obligations.push(settle(obligation, keeping, now));
    }
    if (obligations.length === 0) flags.push("no-attempt-yet");
    if (obligations.some((o) => o.beforePromise)) flags.push("counts-attempts-before-promise");
  } else {
    const start: Moment | undefined =
      reading.clockStart === "order-date" ? inputs.orderDate : { at: promiseAt, timeZone: promise.occurred.timeZone };
    if (start === undefined) {
      flags.push("order-date-unknown");
    } else {
      const due = dueClock(reading.deadline, start);
      const answer = keptBy === "an-answer" ? firstFrom(answers.responses, start.at) : undefined;
      const keeping = sooner(answer, firstFrom(marked, start.at));
      const obligation: Obligation = { start: start.at, status: "pending" };
      if (reading.clockStart !== "order-date") obligation.startedBy = promise.id;
      if (due !== undefined) obligation.due = due;
      obligations.push(settle(obligation, keeping, now));
    }
  }
  const from = new Set<string>([promise.id]);
  for (const o of obligations) {
    if (o.startedBy) from.add(o.startedBy);
    if (o.keptBy) from.add(o.keptBy);
  }
  return {
    status: overall(obligations),
    clockStart: reading.clockStart,
    keptBy,
    ...(channels ? { channels } : {}),
    obligations,
    flags,
    from: [...from],
  };
}

export function promiseStandings(inputs: VerdictInputs): PromiseStanding[] {
  const standings: PromiseStanding[] = [];
  for (const { event, at } of inputs.timeline.entries) {
    if (event.kind !== "promise") continue;
    const base = { promiseId: event.id, at, quote: event.payload.quote };
    const reading = inputs.readingOf(event);
    if (reading === undefined) {
      standings.push({ ...base, noVerdict: "not-read" });
    } else if (reading.deadline === undefined) {
      standings.push({ ...base, reading, noVerdict: "no-deadline" });
    } else if (reading.deadline.type === "always") {
      standings.push({ ...base, reading, noVerdict: "availability-claim" });
    } else {
      standings.push({ ...base, reading, verdict: verdictOf(event, at, reading, inputs) });
    }
  }
  return standings;
}
