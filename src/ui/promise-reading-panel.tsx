// "How Receipts reads it": the promise's reading in plain words (the person's latest correction if any),
// what is missing from it, and the form to correct it. Follows the database, so a saved correction shows.
import { database } from "../storage/database";
import { caseEvents } from "../storage/evidence-store";
import { t } from "./i18n";
import { PromiseReadingForm } from "./promise-reading-form";
import { currentReading, readingWords } from "./promise-words";
import { useLiveQuery } from "./use-live-query";

export function PromiseReadingPanel({ promiseId }: { promiseId: string }) {
  const db = database();
  const { value } = useLiveQuery(async () => {
    const promise = (await db.events.get(promiseId))?.event;
    if (promise?.kind !== "promise") return undefined;
    return { ...currentReading(promise, await caseEvents(db, promise.caseId)), quote: promise.payload.quote };
  }, [promiseId]);
  if (!value) return null;
  const { reading, corrected, quote } = value;
  const headingId = `promise-reading-${promiseId}`;
  // Named after its promise too: a case's page shows several of these regions, and each name must differ.
  return (
    <section class="promise-reading" aria-labelledby={`${headingId} ${headingId}-quote`}>
      <h3 id={headingId}>{t("promiseHowRead")}</h3>
      <span id={`${headingId}-quote`} hidden>
        {quote.slice(0, 200)}
      </span>
      <p class="promise-words">
        {reading ? readingWords(reading) : t("promiseNoReading")}
        {corrected ? ` ${t("promiseCorrectedNote")}` : ""}
      </p>
      {!reading?.deadline && <p class="notice">{t("promiseNoDeadline")}</p>}
      <PromiseReadingForm key={corrected ? "corrected" : "as-read"} promiseId={promiseId} current={reading} />
    </section>
  );
}
