// The reality engine run over a case as the person now reads it: corrections applied, and each promise
// read the way the person last corrected it (a "promise-reading" event), else as Receipts read it.
import type { EvidenceEvent, EventOfKind } from "../evidence";
import { PromiseReading } from "../promises/promise-reading";
import type { SequencedEvent } from "../reality/case-timeline";
import { storedReading, type ReadingOf } from "../reality/promise-readings";
import { readCaseReality, type CaseReality } from "../reality/reality-engine";
import { correctedEvents } from "./corrections";

/** The reading that holds for each promise: the person's latest correction, merged over Receipts' own. */
export function correctedReadings(events: readonly EvidenceEvent[]): ReadingOf {
  const latest = new Map<string, EventOfKind<"promise-reading">["payload"]["reading"]>();
  for (const event of events) if (event.kind === "promise-reading") latest.set(event.payload.promiseId, event.payload.reading);
  return (promise) => {
    const corrected = latest.get(promise.id);
    const stored = storedReading(promise);
    if (!corrected) return stored;
    // A correction states the whole deadline: one without a deadline removes Receipts' own.
    const { deadline: _readDeadline, ...rest } = stored ?? {};
    const merged = PromiseReading.safeParse({ language: "en", confidence: 1, matched: {}, ...rest, ...corrected });
    return merged.success ? merged.data : stored;
  };
}

/**
 * The case's events as the person now reads them (corrections applied, withdrawn events left out, in
 * storage order) and the reality engine's reading of them. `events` with their storage sequence, in any order.
 */
export function correctedCaseReality(events: readonly SequencedEvent[], now: number, timeZone?: string): { effective: EvidenceEvent[]; reality: CaseReality } {
  const inOrder = [...events].sort((a, b) => a.seq - b.seq);
  const plain = inOrder.map((s) => s.event);
  const { effective } = correctedEvents(plain);
  const seqOf = new Map(inOrder.map((s) => [s.event.id, s.seq]));
  const sequenced = effective.map((event) => ({ seq: seqOf.get(event.id) ?? 0, event }));
  return { effective, reality: readCaseReality(sequenced, { now, readingOf: correctedReadings(plain), ...(timeZone ? { timeZone } : {}) }) };
}

/** `events` with their storage sequence, in any order. */
export function caseReality(events: readonly SequencedEvent[], now: number, timeZone?: string): CaseReality {
  return correctedCaseReality(events, now, timeZone).reality;
}
