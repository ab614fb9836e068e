// One case: what it is, its events in the order recorded, and its export.
import type { EvidenceEvent } from "../domain/evidence";
import { database } from "../storage/database";
import { caseEvents, findCase } from "../storage/evidence-store";
import { contactFacts, eventSummary, fieldValueText, kindLabel } from "../ui/evidence-text";
import { formatMoment, t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { PromiseDetails } from "./promise-details";
import { MarkAsPromise } from "./promise-mark";
import { ExportMenu } from "./export-menu";

function EventDetails({ event }: { event: EvidenceEvent }) {
  if (event.kind === "promise") return <PromiseDetails event={event} />;
  // Contacts entered by hand (a call, a letter, a visit, a post, an e-mail) read as labelled facts.
  const facts = contactFacts(event);
  if (facts.length > 0) {
    return (
      <dl class="fields">
        {facts.map((fact, i) => (
          <div key={i}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    );
  }
  if (event.kind === "contact-attempt") {
    return (
      <dl class="fields">
        {event.payload.fields.map((field, i) => (
          <div key={i} class={field.withheld ? "withheld" : undefined}>
            <dt>{field.label || field.name}</dt>
            <dd>{fieldValueText(field)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <p class="summary">{eventSummary(event)}</p>;
}

export function CaseView({ caseId }: { caseId: string }) {
  const db = database();
  const { value: theCase } = useLiveQuery(() => findCase(db, caseId), [caseId]);
  const { value: events } = useLiveQuery(() => caseEvents(db, caseId), [caseId]);

  if (!theCase) return null;
  return (
    <article aria-labelledby="case-title">
      <header class="case-header">
        <h2 id="case-title">{theCase.title}</h2>
        <p>
          {t("brandLabel")}: {theCase.brand.name} ({theCase.brand.domains.join(", ")}) · {t(`status_${theCase.status.replace("-", "_")}`)} · {t("createdLabel")}{" "}
          {formatMoment(theCase.created.at)}
        </p>
        <ExportMenu caseId={caseId} />
      </header>
      <h3>{t("eventsHeading", [String(events?.length ?? 0)])}</h3>
      <ol class="timeline" aria-label={t("timelineLabel")}>
        {events?.map((event) => (
          <li key={event.id} data-kind={event.kind}>
            <p class="event-head">
              <span class="kind">{kindLabel(event.kind)}</span> <time dateTime={new Date(event.occurred.at).toISOString()}>{formatMoment(event.occurred.at, event.occurred.timeZone)}</time>
              {event.source && <span class="source"> · {event.source.url}</span>}
            </p>
            <EventDetails event={event} />
            <MarkAsPromise event={event} />
          </li>
        ))}
      </ol>
    </article>
  );
}
