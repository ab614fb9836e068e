// A case's events put in the order the reality engine reasons in, with the times it measures with.
//
// Storage order: each event comes with its storage sequence number `seq` (StoredEvent.seq), the order
// in which Receipts wrote it down. That order survives a computer clock set backwards; the clock does not.
// Callers holding a plain array already in storage order can use `inStorageOrder`.
//
// Times: durations are measured on `occurred`. Two kinds of event differ:
// - an automatic capture happened when it was recorded, so it cannot have happened before what was stored
//   before it: when its clock reads earlier (the computer's clock went back), it is taken to have happened
//   at the latest time already seen, and keeps its place in storage order;
// - an event entered by hand happened when the person says: a call logged today may have occurred last
//   week, so its `occurred` is used as stated and places it in time.
// The computer's clock is read from `recorded`, which is the machine's time for every event (for automatic
// captures it equals `occurred`). It going back by more than a tolerance is an anomaly, listed.
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
  /** The time the engine measures with (epoch ms): `occurred`, or for a capture whose clock went back, no earlier than what was stored before it. */
  at: number;
  byHand: boolean;
}

export interface Timeline {
  /** Events up to `now`, by time, then by storage order. */
  entries: TimelineEntry[];
  byId: ReadonlyMap<string, TimelineEntry>;
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

export function caseTimeline(input: readonly SequencedEvent[], now: number, toleranceMs = DEFAULT_CLOCK_TOLERANCE_MS): Timeline {
  const stored = input.map((item, index) => ({ ...item, index }));
  // Equal seqs cannot come from storage; the input's order then decides, so the result stays deterministic.
  stored.sort((a, b) => a.seq - b.seq || a.index - b.index);
  const anomalies: Anomaly[] = [];
  const seen = new Set<string>();
  const all: TimelineEntry[] = [];
  let clock = -Infinity;
  let clockEventId = "";
  for (const { seq, event } of stored) {
    if (seen.has(event.id)) {
      anomalies.push({ type: "duplicate-event", eventId: event.id });
      continue;
    }
    seen.add(event.id);
    const recorded = event.recorded.at;
    if (recorded < clock - toleranceMs) {
      anomalies.push({ type: "clock-went-back", eventId: event.id, after: clockEventId, byMs: clock - recorded });
    }
    const byHand = event.collection.method === "by-hand";
    const at = byHand ? event.occurred.at : Math.max(event.occurred.at, clock);
    all.push({ event, seq, at, byHand });
    if (recorded > clock) {
      clock = recorded;
      clockEventId = event.id;
    }
  }
  const entries = all.filter((entry) => entry.at <= now);
  entries.sort((a, b) => a.at - b.at || a.seq - b.seq);
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.event.id, entry])),
    afterNow: all
      .filter((entry) => entry.at > now)
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map((entry) => entry.event.id),
    anomalies,
  };
}
