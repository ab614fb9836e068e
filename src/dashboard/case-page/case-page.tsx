// The case page below its header: it opens on the promise-against-reality table, then the figures, the
// chart of response times against promised times, the claim letters, and the timeline. Everything
// follows the database live.
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { Case, EvidenceEvent } from "../../domain/evidence";
import { t } from "../../ui/i18n";
import { CaseEventsRead } from "../../ui/promise-reading-panel";
import { FollowUpQuestion } from "../../popup/case-glance-follow-up";
import { AddToCase } from "./add-to-case";
import { caseReality } from "../../domain/cases/case-reality";
import { useNow, useReality, type Trail } from "./case-data";
import { CaseFigures } from "./case-figures";
import { CaseTimeline } from "./case-timeline";
import { LetterWriter } from "./letter-writer";
import { MissedDeadlines } from "./missed-deadlines";
import { PromiseTable } from "./promise-table";
import { ResponseChart } from "./response-chart";
import "./case-page.css";

export interface CasePageProps {
  theCase: Case;
  /** The case's events (useTrail), read by the caller as soon as it knows the case's id. */
  trail: Trail | undefined;
  /** How an event's own details read (contact facts, form fields, promise quote…), from the case view. */
  renderDetails: (event: EvidenceEvent) => ComponentChildren;
  /** An event to bring into view once the trail is read (a link from a campaign's table: #case=…&event=…). */
  revealEvent?: string | undefined;
}

export function CasePage({ theCase, trail, renderDetails, revealEvent }: CasePageProps) {
  const now = useNow();
  const reality = useReality(trail, now, caseReality);
  const events = useMemo(() => (trail ?? []).map((s) => s.event), [trail]);
  const eventsById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const [reveal, setReveal] = useState<{ key: string; nonce: number }>();
  const onReveal = useCallback((key: string) => {
    setReveal((r) => ({ key, nonce: (r?.nonce ?? 0) + 1 }));
    document.getElementById("timeline-heading")?.scrollIntoView({ block: "start" });
  }, []);

  const hasRevealed = trail !== undefined && revealEvent !== undefined && eventsById.has(revealEvent);
  useEffect(() => {
    if (hasRevealed && revealEvent) onReveal(revealEvent);
  }, [hasRevealed, revealEvent]);

  if (!trail || !reality) return <p class="muted">{t("loading")}</p>;
  return (
    <div class="case-page">
      {theCase.mergedInto && (
        <p class="alert">
          {t("caseMergedInto")}{" "}
          <a href={`#case=${encodeURIComponent(theCase.mergedInto)}`}>{t("openEarlierCase")}</a>
        </p>
      )}
      {theCase.follows && !theCase.followUpAnswered && <FollowUpQuestion theCase={theCase} />}
      <MissedDeadlines theCase={theCase} reality={reality} />
      <PromiseTable reality={reality} eventsById={eventsById} onReveal={onReveal} />
      <CaseFigures reality={reality} eventsById={eventsById} onReveal={onReveal} />
      <ResponseChart reality={reality} />
      <LetterWriter theCase={theCase} trail={trail} now={now} />
      {/* The trail, read once here, serves every promise's reading panel in the timeline. */}
      <CaseEventsRead events={events}>
        <CaseTimeline trail={trail} renderDetails={renderDetails} reveal={reveal} />
      </CaseEventsRead>
      <AddToCase caseId={theCase.id} />
    </div>
  );
}
