// Which deadlines of a case have passed with nothing from the brand (each to be told to the person once),
// and when the next one falls due (for the alarm that wakes the background then).
import type { PromiseReading } from "../promises/promise-reading";
import type { CaseReality } from "../reality/reality-engine";

export interface MissedDeadline {
  /** Stable for one deadline: the promise, what started its clock, the due time. */
  key: string;
  promiseId: string;
  reading: PromiseReading;
  /** When the clock started (the contact, or the promise itself). */
  start: number;
  due: number;
  /** From the start of the clock to `now`: "49h, still nothing" against "within 48h". */
  waitedMs: number;
}

export interface CaseDeadlines {
  missed: MissedDeadline[];
  /** The earliest due time still ahead, if any. */
  nextDue?: number;
}

export function caseDeadlines(reality: CaseReality): CaseDeadlines {
  const missed: MissedDeadline[] = [];
  let nextDue: number | undefined;
  for (const promise of reality.promises) {
    if (!promise.verdict || !promise.reading) continue;
    for (const obligation of promise.verdict.obligations) {
      if (obligation.due === undefined) continue;
      if (obligation.status === "pending" && obligation.due >= reality.now) nextDue = Math.min(nextDue ?? Infinity, obligation.due);
      // Only a deadline still unanswered is news; one answered late is shown in the case, not notified.
      if (obligation.status !== "broken" || !obligation.late?.stillNothing) continue;
      const start = obligation.start ?? promise.at;
      missed.push({
        key: `${promise.promiseId}|${obligation.startedBy ?? "order-date"}|${obligation.due}`,
        promiseId: promise.promiseId,
        reading: promise.reading,
        start,
        due: obligation.due,
        waitedMs: reality.now - start,
      });
    }
  }
  return { missed, ...(nextDue !== undefined ? { nextDue } : {}) };
}
