// A case's events put in the order the reality engine reasons in, with the times it measures with.
//
// Storage order: each event comes with its storage sequence number `seq` (StoredEvent.seq), the order
// in which Receipts wrote it down. That order survives a computer clock set backwards; the clock does not.
// Callers holding a plain array already in storage order can use `inStorageOrder`.
//
// Times: durations are measured on `occurred`. Where that time came from decides how far it is trusted:
// - read from the computer's clock (`occurred` equals `recorded`: every capture, and an entry by hand
//   logged "now"): the event cannot have happened before what was stored before it. When the clock reads
//   earlier (it was set back), the event is taken to have happened at the latest time already seen, and
//   keeps its place in storage order;
// - stated by the person (`occurred` differs from `recorded`: a call logged today that took place last
//   week, a promise dated by the chat line it quotes, a corrected time): used as stated, and it places the
//   event in time.
// The computer's clock is read from `recorded`, which is the machine's time for every event. It going back
// by more than a tolerance is an anomaly, listed.
// Corrections (domain/cases/corrections.ts) are applied before: this reads the events as given.
import type { EvidenceEvent } from "../evidence";
import type { Anomaly } from "./anomalies";

/** An event with its storage sequence number: the shape of storage's StoredEvent. */
export interface SequencedEvent {
  seq: number;
  event: EvidenceEvent;
}

export interface TimelineEntry {
  event: EvidenceEvent;
  seq: number;
  /** The time the engine measures with (epoch ms): `occurred`, or for a time read from a clock that went back, no earlier than what was stored before it. */
  at: number;
  /** `occurred` was stated by the person rather than read from the clock. */
  stated: boolean;
}

export interface Timeline {
  /** Events up to `now`, by time, then by storage order. */
  entries: TimelineEntry[];
  byId: ReadonlyMap<string, TimelineEntry>;
  /** Every event once, in storage order, also those after `now` (corrections of readings apply whenever made). */
  storageOrder: EvidenceEvent[];
  /** Ids of events that happened after `now`, in time order: left out of everything. */
  afterNow: string[];
  anomalies: Anomaly[];
}

/** Clock corrections and time synchronisation move a clock by seconds; more than this is a clock set back. */
export const DEFAULT_CLOCK_TOLERANCE_MS = 60_000;

/** For a plain array of events already in storage order. */
export function inStorageOrder(events: readonly EvidenceEvent[]): SequencedEvent[] {
  return events.map((event, seq) => ({ seq, event }));
}

const inTimeOrder = (a: TimelineEntry, b: TimelineEntry): number => a.at - b.at || a.seq - b.seq;

/** Merges two lists already in time order. */
function merged(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): TimelineEntry[] {
  const out: TimelineEntry[] = new Array<TimelineEntry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = inTimeOrder(a[i] as TimelineEntry, b[j] as TimelineEntry) <= 0 ? (a[i++] as TimelineEntry) : (b[j++] as TimelineEntry);
  while (i < a.length) out[k++] = a[i++] as TimelineEntry;
  while (j < b.length) out[k++] = b[j++] as TimelineEntry;
  return out;
}

export function caseTimeline(input: readonly SequencedEvent[], now: number, toleranceMs = DEFAULT_CLOCK_TOLERANCE_MS): Timeline {
  // Storage hands events over in seq order: sort only when they are not. The sort is stable, so equal
  // seqs (which storage cannot produce) keep the input's order and the result stays deterministic.
  const sorted = input.every((item, i) => i === 0 || (input[i - 1] as SequencedEvent).seq <= item.seq);
  const stored = sorted ? input : [...input].sort((a, b) => a.seq - b.seq);
  const anomalies: Anomaly[] = [];
  const byId = new Map<string, TimelineEntry>();
  // Clock-timed events come out in time order (their time never goes below the clock); stated ones are
  // sorted apart and merged in: a long case is mostly captures.
  const clocked: TimelineEntry[] = [];
  const statedEntries: TimelineEntry[] = [];
  const later: TimelineEntry[] = [];
  const storageOrder: EvidenceEvent[] = [];
  let clock = -Infinity;
  let clockEventId = "";
  for (const { seq, event } of stored) {
    if (byId.has(event.id)) {
      anomalies.push({ type: "duplicate-event", eventId: event.id });
      continue;
    }
    const recorded = event.recorded.at;
    if (recorded < clock - toleranceMs) {
      anomalies.push({ type: "clock-went-back", eventId: event.id, after: clockEventId, byMs: clock - recorded });
    }
    const stated = event.occurred.at !== recorded;
    const at = stated ? event.occurred.at : Math.max(recorded, clock);
    const entry: TimelineEntry = { event, seq, at, stated };
    byId.set(event.id, entry);
    storageOrder.push(event);
    if (at > now) later.push(entry);
    else if (stated) statedEntries.push(entry);
    else clocked.push(entry);
    if (recorded > clock) {
      clock = recorded;
      clockEventId = event.id;
    }
  }
  for (const entry of later) byId.delete(entry.event.id);
  return {
    entries: merged(clocked, statedEntries.sort(inTimeOrder)),
    byId,
    storageOrder,
    afterNow: later.sort(inTimeOrder).map((entry) => entry.event.id),
    anomalies,
  };
}
