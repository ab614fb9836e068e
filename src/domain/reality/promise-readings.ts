// How a promise event was read (its kind, deadline and clock start). Promise events carry the parser's
// reading; a caller that knows better (the person corrected it) passes its own rule to the engine.
import type { EventOfKind } from "../evidence";
import { PromiseReading } from "../promises/promise-reading";

export type PromiseEvent = EventOfKind<"promise">;
export type ReadingOf = (promise: PromiseEvent) => PromiseReading | undefined;

/** The reading stored with the promise, when it has a valid one. */
export const storedReading: ReadingOf = (promise) => {
  const stored: unknown = (promise.payload as { reading?: unknown }).reading;
  if (stored === undefined) return undefined;
  const parsed = PromiseReading.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
};
