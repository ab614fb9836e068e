// What the person is told after recording a promise (or why nothing was recorded), line by line: in
// the popup, and in the notification after the page's menu or the keyboard shortcut.
import type { RecordOutcome } from "../messaging/messages";
import { t, tn } from "./i18n";
import { readingWords } from "./promise-words";

const key = (value: string) => value.replaceAll("-", "_");

/** `withReading`: also say how Receipts reads it (the popup shows that in its own panel instead). */
export function outcomeLines(outcome: RecordOutcome, withReading: boolean): string[] {
  switch (outcome.status) {
    case "nothing-selected":
      return [t("promiseNothingSelected")];
    case "too-long":
      return [t("promiseTooLong", String(outcome.length))];
    case "not-a-web-page":
      return [t("promiseNotWebPage")];
    case "no-access":
      return [t("promiseNoAccess")];
    case "recorded": {
      const { reading } = outcome;
      return [
        outcome.caseStarted ? t("promiseRecordedNewCase", [outcome.host, outcome.caseTitle]) : t("promiseRecordedIn", outcome.caseTitle),
        withReading ? t("promiseHowReadLine", reading ? readingWords(reading) : t("promiseNoReading")) : "",
        withReading && !reading?.deadline ? t("promiseNoDeadline") : "",
        outcome.screenshotMissing ? t(`promiseScreenshotMissing_${key(outcome.screenshotMissing)}`) : "",
        outcome.snapshotMissing ? t(`promiseSnapshotMissing_${key(outcome.snapshotMissing)}`) : "",
        outcome.framesLeftOut > 0 ? tn("promiseFramesLeftOut", outcome.framesLeftOut) : "",
      ].filter(Boolean);
    }
  }
}
