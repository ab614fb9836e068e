// One case: what it is, what can be changed about it, its export, and the case page (promises against
// reality, figures, chart, timeline).
import type { EvidenceEvent } from "../domain/evidence";
import { database } from "../storage/database";
import { findCase } from "../storage/evidence-store";
import { contactFacts, eventSummary, fieldValueText } from "../ui/evidence-text";
import { formatMoment, t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { PromiseDetails } from "./promise-details";
import { MarkAsPromise } from "./promise-mark";
import { ExportMenu } from "./export-menu";
import { CasePage } from "./case-page/case-page";
import { CaseSettings } from "./case-page/case-settings";
import { useTrail } from "./case-page/case-data";
import { CaseProvenance } from "./backup/case-provenance";
import { CaseCampaigns, CaseDeletion } from "./case-page/case-deletion";

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

/** How one event reads on the timeline: its details, and the promise helper's "mark as a promise". */
function renderDetails(event: EvidenceEvent) {
  return (
    <>
      <EventDetails event={event} />
      <MarkAsPromise event={event} />
    </>
  );
}

export function CaseView({ caseId, eventId }: { caseId: string; eventId?: string | undefined }) {
  const db = database();
  const { value: theCase } = useLiveQuery(() => findCase(db, caseId), [caseId]);
  // Read at once, beside the case itself: a long case's events are the longest wait of the page.
  const trail = useTrail(caseId);

  if (!theCase) return null;
  return (
    <article aria-labelledby="case-title">
      <header class="case-header">
        <h2 id="case-title">{theCase.title}</h2>
        <p>
          {t("brandLabel")}: {theCase.brand.name} ({theCase.brand.domains.join(", ")}) · {t(`status_${theCase.status.replace("-", "_")}`)} · {t("createdLabel")}{" "}
          {formatMoment(theCase.created.at)}
          {theCase.tags && theCase.tags.length > 0 && ` · ${t("caseTags")}: ${theCase.tags.join(", ")}`}
        </p>
        <CaseProvenance theCase={theCase} />
        <CaseCampaigns caseId={caseId} />
        <ExportMenu caseId={caseId} />
        <CaseSettings key={`${theCase.id}-${theCase.title}-${theCase.brand.name}-${(theCase.tags ?? []).join()}`} theCase={theCase} />
        <CaseDeletion theCase={theCase} trail={trail} />
      </header>
      <CasePage theCase={theCase} trail={trail} renderDetails={renderDetails} revealEvent={eventId} />
    </article>
  );
}
