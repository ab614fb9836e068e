// How Receipts reads a promise, said in plain words: "Reply within 48 hours, counted from each contact".
// Built from locale phrases (kind, deadline, clock start), so English and French read naturally.
import type { CorrectedReading, EvidenceEvent } from "../domain/evidence";
import type { Deadline } from "../domain/promises/promise-reading";
import { t, tn, uiLanguage } from "./i18n";

/** What the words say: the parser's reading or the person's correction (only these fields are shown). */
export type ShownReading = CorrectedReading;

const key = (value: string) => value.replaceAll("-", "_");

function clockTime(hour: number, minute: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(Date.UTC(2000, 0, 1, hour, minute));
}

export function deadlineWords(deadline: Deadline): string {
  switch (deadline.type) {
    case "duration": {
      return tn(`promiseWithin_${key(deadline.unit)}`, deadline.amount);
    }
    case "before-time": {
      const time = clockTime(deadline.hour, deadline.minute);
      if (deadline.dayOffset === 0) return t("promiseBeforeToday", time);
      if (deadline.dayOffset === 1) return t("promiseBeforeTomorrow", time);
      return t("promiseBeforeLater", [time, String(deadline.dayOffset)]);
    }
    case "fixed-date": {
      const [year, month, day] = deadline.date.split("-").map(Number) as [number, number, number];
      const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day));
      return t("promiseByDate", date);
    }
    case "always":
      return t("promiseAlways");
  }
}

/** "Reply within 48 hours, counted from each contact"; "Refund, with no deadline". */
export function readingWords(reading: ShownReading): string {
  const what = t(`promiseKind_${key(reading.kind)}`);
  const deadline = reading.deadline;
  if (!deadline) return t("promiseReadingNoDeadline", what);
  // A date or "24/7" counts from nothing: saying "from each contact" would be wrong.
  if (deadline.type === "fixed-date" || deadline.type === "always" || reading.clockStart === "fixed-date") return t("promiseReadingDated", [what, deadlineWords(deadline)]);
  return t("promiseReadingSentence", [what, deadlineWords(deadline), t(`promiseClock_${key(reading.clockStart)}`)]);
}

type PromiseEvent = Extract<EvidenceEvent, { kind: "promise" }>;
export type CurrentReading = { reading?: ShownReading; corrected: boolean };

/**
 * The reading that holds now for each promise of `events`: the person's latest correction, else Receipts'
 * own. `events` are in storage order (a case's, or a case page's trail with the cases it absorbed);
 * corrections are never edited, only superseded. A correction counts in its promise's own case, where the
 * background stores it. The events are gone through once, however many promises are asked about.
 */
export function currentReadings(events: readonly EvidenceEvent[]): (promise: PromiseEvent) => CurrentReading {
  const latest = new Map<string, ShownReading>();
  for (const event of events) if (event.kind === "promise-reading") latest.set(`${event.caseId}\n${event.payload.promiseId}`, event.payload.reading);
  return (promise) => {
    const corrected = latest.get(`${promise.caseId}\n${promise.id}`);
    if (corrected) return { reading: corrected, corrected: true };
    return { ...(promise.payload.reading ? { reading: promise.payload.reading } : {}), corrected: false };
  };
}

/** The reading that holds now for one promise; `events` are its case's events in storage order. */
export function currentReading(promise: PromiseEvent, events: readonly EvidenceEvent[]): CurrentReading {
  return currentReadings(events)(promise);
}
