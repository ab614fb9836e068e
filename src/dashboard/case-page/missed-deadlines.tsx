// Deadlines passed with nothing from the brand, said at the top of the case in the words of the
// notification: "Yellow promised a reply within 48h — 49h, still nothing".
import { caseDeadlines } from "../../domain/cases/deadline-reminders";
import type { Case } from "../../domain/evidence";
import type { CaseReality } from "../../domain/reality/reality-engine";
import { t } from "../../ui/i18n";
import { duration, promised } from "./case-words";

export function missedDeadlineLines(theCase: Case, reality: CaseReality): string[] {
  const byPromise = new Map<string, string>();
  for (const missed of caseDeadlines(reality).missed) {
    // The most recent contact left unanswered speaks for its promise.
    byPromise.set(missed.promiseId, t("deadlineNotice", [theCase.brand.name, promised(missed.reading), duration(missed.waitedMs)]));
  }
  return [...byPromise.values()];
}

export function MissedDeadlines({ theCase, reality }: { theCase: Case; reality: CaseReality }) {
  const lines = missedDeadlineLines(theCase, reality);
  if (lines.length === 0) return null;
  return (
    <div class="alert missed-deadlines" role="note" aria-label={t("missedDeadlinesLabel")}>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
