// How a promise reads (its kind, deadline and clock start): as Receipts read it when it was recorded
// (the promise's `reading`), unless the person corrected it with a "promise-reading" event: the last
// correction in storage order holds, whenever it was made (it says how the promise should always have
// been read). A correction replaces kind, deadline and clock start together: one without a deadline
// says the promise has none.
import type { EventOfKind, EvidenceEvent } from "../evidence";
import type { PromiseReading } from "../promises/promise-reading";

export type PromiseEvent = EventOfKind<"promise">;
export type ReadingOf = (promise: PromiseEvent) => PromiseReading | undefined;

/** The reading stored with the promise. */
export const storedReading: ReadingOf = (promise) => promise.payload.reading;

/** Readings with the person's corrections; `events` in storage order. */
export function correctedReadings(events: Iterable<EvidenceEvent>): ReadingOf {
  const latest = new Map<string, EventOfKind<"promise-reading">["payload"]["reading"]>();
  for (const event of events) if (event.kind === "promise-reading") latest.set(event.payload.promiseId, event.payload.reading);
  return (promise) => {
    const stored = promise.payload.reading;
    const corrected = latest.get(promise.id);
    if (corrected === undefined) return stored;
    return {
      language: stored?.language ?? "en",
      matched: stored?.matched ?? {},
      // The person's own reading: no doubt about it left.
      confidence: 1,
      kind: corrected.kind,
      clockStart: corrected.clockStart,
      ...(corrected.deadline ? { deadline: corrected.deadline } : {}),
    };
  };
}
