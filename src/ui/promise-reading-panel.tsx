// "How Receipts reads it": the promise's reading in plain words (the person's latest correction if any),
// what is missing from it, and the form to correct it. Follows the database, so a saved correction shows.
// On its own (the popup, after recording a promise) a panel reads its promise and its case's events. A page
// that already reads the case live (the case page's trail) hands its events down through CaseEventsRead:
// the panels inside read nothing more, however many promises the timeline shows.
import { createContext, type ComponentChildren } from "preact";
import { useContext, useMemo } from "preact/hooks";
import type { EvidenceEvent } from "../domain/evidence";
import { database } from "../storage/database";
import { caseEvents } from "../storage/evidence-store";
import { t } from "./i18n";
import { PromiseReadingForm } from "./promise-reading-form";
import { currentReading, currentReadings, readingWords, type CurrentReading } from "./promise-words";
import { useLiveQuery } from "./use-live-query";

type Shown = CurrentReading & { quote: string };

/** Each promise's reading as it stands, from events a page has already read. */
export type PromiseReadingsRead = (promiseId: string) => Shown | undefined;

const CaseReadings = createContext<PromiseReadingsRead | undefined>(undefined);

/** The promises of `events` (in storage order: a case, or a case page's trail) and how each reads now. */
export function promiseReadingsOf(events: readonly EvidenceEvent[]): PromiseReadingsRead {
  const readingOf = currentReadings(events);
  const promises = new Map<string, Extract<EvidenceEvent, { kind: "promise" }>>();
  for (const event of events) if (event.kind === "promise") promises.set(event.id, event);
  const shown = new Map<string, Shown>();
  return (promiseId) => {
    const promise = promises.get(promiseId);
    if (!promise) return undefined;
    let made = shown.get(promiseId);
    if (!made) shown.set(promiseId, (made = { ...readingOf(promise), quote: promise.payload.quote }));
    return made;
  };
}

/** The case's events, read once by the page, for every reading panel below it. */
export function CaseEventsRead({ events, children }: { events: readonly EvidenceEvent[]; children: ComponentChildren }) {
  const readings = useMemo(() => promiseReadingsOf(events), [events]);
  return <CaseReadings.Provider value={readings}>{children}</CaseReadings.Provider>;
}

export function PromiseReadingPanel({ promiseId }: { promiseId: string }) {
  const shared = useContext(CaseReadings);
  // A promise the page's events do not hold (none should be) is read on its own, as before.
  const fromPage = shared?.(promiseId);
  return fromPage ? <ReadingPanel promiseId={promiseId} shown={fromPage} /> : <PanelReadingItsCase promiseId={promiseId} />;
}

function PanelReadingItsCase({ promiseId }: { promiseId: string }) {
  const db = database();
  const { value } = useLiveQuery(async () => {
    const promise = (await db.events.get(promiseId))?.event;
    if (promise?.kind !== "promise") return undefined;
    return { ...currentReading(promise, await caseEvents(db, promise.caseId)), quote: promise.payload.quote };
  }, [promiseId]);
  return value ? <ReadingPanel promiseId={promiseId} shown={value} /> : null;
}

function ReadingPanel({ promiseId, shown }: { promiseId: string; shown: Shown }) {
  const { reading, corrected, quote } = shown;
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
