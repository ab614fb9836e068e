// One event on the case's timeline: what it is, when, through which channel and with whom, its details,
// and what a reader must know about it (corrected, withdrawn, clock went back, dated before its contact).
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { isCorrectable } from "../../domain/cases/corrections";
import type { TimelineEntry } from "../../domain/cases/timeline";
import type { EvidenceEvent } from "../../domain/evidence";
import { kindLabel } from "../../ui/evidence-text";
import { t } from "../../ui/i18n";
import { channelName, dayHeading, isoTime, when } from "./case-words";
import { CorrectionForm } from "./correction-form";

export interface TimelineEventProps {
  entry: TimelineEntry;
  /** The first event of its day carries the day's heading. */
  day?: { day: string; count: number } | undefined;
  renderDetails: (event: EvidenceEvent) => ComponentChildren;
  onStatus: (message: string) => void;
}

function Flags({ entry }: { entry: TimelineEntry }) {
  const notes: string[] = [];
  if (entry.clockWentBack) notes.push(t("flagClockWentBack"));
  if (entry.answeredBeforeAsked) notes.push(t("flagAnsweredBeforeAsked"));
  for (const c of entry.corrections) notes.push(t("flagCorrected", [when(c.recorded.at), c.payload.reason]));
  if (entry.withdrawn) notes.push(t("flagWithdrawn"));
  if (notes.length === 0) return null;
  return (
    <ul class="event-flags">
      {notes.map((note, i) => (
        <li key={i}>{note}</li>
      ))}
    </ul>
  );
}

export function TimelineEvent({ entry, day, renderDetails, onStatus }: TimelineEventProps) {
  const [correcting, setCorrecting] = useState(false);
  const { event } = entry;
  const corrected = entry.corrections.length > 0;
  const headingId = `event-${event.id}`;
  return (
    <article class={`timeline-event${entry.withdrawn ? " withdrawn" : ""}${corrected ? " corrected" : ""}`} data-kind={event.kind} aria-labelledby={headingId}>
      {day && (
        <h4 class="timeline-day">
          {dayHeading(day.day)} <span class="muted">{t("dayCount", String(day.count))}</span>
        </h4>
      )}
      <div class="event-head-row">
        <p class="event-head" id={headingId}>
          <span class="kind">{kindLabel(event.kind)}</span> <time dateTime={isoTime(event.occurred.at)}>{when(event.occurred.at, event.occurred.timeZone)}</time>
          {entry.channel && <span class="event-channel"> · {channelName(entry.channel)}</span>}
          {entry.interlocutor && <span class="event-who"> · {entry.interlocutor}</span>}
          {event.source && <span class="source"> · {event.source.url}</span>}
        </p>
        {isCorrectable(event) && !entry.withdrawn && !correcting && (
          <button type="button" class="quiet correct-button" onClick={() => setCorrecting(true)} aria-label={t("correctThis", [kindLabel(event.kind), when(event.occurred.at, event.occurred.timeZone)])}>
            {t("correct")}
          </button>
        )}
      </div>
      <Flags entry={entry} />
      {renderDetails(event)}
      {corrected && (
        <details class="as-recorded">
          <summary>{t("asFirstRecorded")}</summary>
          <p>
            <time dateTime={isoTime(entry.original.occurred.at)}>{when(entry.original.occurred.at, entry.original.occurred.timeZone)}</time>
          </p>
          {renderDetails(entry.original)}
        </details>
      )}
      {correcting && (
        <div class="event-actions">
          <CorrectionForm
            event={event}
            onDone={(message) => {
              setCorrecting(false);
              if (message) onStatus(message);
            }}
          />
        </div>
      )}
    </article>
  );
}
