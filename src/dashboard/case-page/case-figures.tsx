// The figures of a case, each with the events it was computed from: a button reveals them, and each of
// those opens onto the event in the timeline. Figures per channel follow as a table.
import { useState } from "preact/hooks";
import type { Channel, EvidenceEvent } from "../../domain/evidence";
import type { Figure } from "../../domain/reality/case-figures";
import type { CaseReality } from "../../domain/reality/reality-engine";
import { eventSummary, kindLabel } from "../../ui/evidence-text";
import { t, tn } from "../../ui/i18n";
import { channelName, duration, when } from "./case-words";

interface FiguresProps {
  reality: CaseReality;
  eventsById: ReadonlyMap<string, EvidenceEvent>;
  onReveal: (eventId: string) => void;
}

interface Shown {
  key: string;
  figure: Figure;
  text: string;
  /** A count: its label takes the singular or plural form ("1 contact attempt"); absent for a duration. */
  count?: number;
}

/** "contact attempts", "contact attempt", or a duration's label. */
function figureLabel(shown: Shown): string {
  return shown.count === undefined ? t(`figure_${shown.key}`) : tn(`figure_${shown.key}`, shown.count);
}

function FigureCard({ shown, eventsById, onReveal }: { shown: Shown } & Omit<FiguresProps, "reality">) {
  const [open, setOpen] = useState(false);
  const listId = `figure-${shown.key}-events`;
  const ids = [...new Set(shown.figure.from)];
  return (
    <li class="figure" data-figure={shown.key}>
      <span class="figure-value">{shown.text}</span>
      <span class="figure-label">{figureLabel(shown)}</span>
      {ids.length > 0 && (
        <button type="button" class="quiet" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {t("figureEvidence", [String(ids.length)])}
          <span class="visually-hidden"> — {figureLabel(shown)}</span>
        </button>
      )}
      {open && (
        <ul id={listId} class="figure-events">
          {ids.map((id) => {
            const event = eventsById.get(id);
            if (!event) return null;
            return (
              <li key={id}>
                <button type="button" class="link" onClick={() => onReveal(id)}>
                  {kindLabel(event.kind)}, {when(event.occurred.at, event.occurred.timeZone)}
                </button>{" "}
                <span class="muted">{eventSummary(event).slice(0, 100)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

function ChannelTable({ reality }: { reality: CaseReality }) {
  const channels = Object.entries(reality.figures.byChannel) as [Channel, NonNullable<CaseReality["figures"]["byChannel"][Channel]>][];
  if (channels.length === 0) return null;
  return (
    <div class="table-scroll">
      <table class="channel-table">
        <caption>{t("byChannelCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colChannel")}</th>
            <th scope="col">{t("figure_attempts_other")}</th>
            <th scope="col">{t("figure_answered_other")}</th>
            <th scope="col">{t("figure_unanswered_other")}</th>
            <th scope="col">{t("figure_medianFirstResponse")}</th>
            <th scope="col">{t("colResponses")}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map(([channel, f]) => (
            <tr key={channel}>
              <th scope="row">{channelName(channel)}</th>
              <td>{f.attempts.value}</td>
              <td>{f.answered.value}</td>
              <td>{f.unanswered.value}</td>
              <td>{f.medianFirstResponseMs ? duration(f.medianFirstResponseMs.value) : "—"}</td>
              <td>{f.responses.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CaseFigures({ reality, eventsById, onReveal }: FiguresProps) {
  const f = reality.figures;
  const first = reality.attempts[0];
  const firstResponse: Figure | undefined = first
    ? { value: first.firstResponseMs ?? reality.now - first.at, from: first.from }
    : undefined;
  const shown: Shown[] = [
    ...(f.daysElapsed ? [{ key: "daysElapsed", figure: f.daysElapsed, text: String(f.daysElapsed.value), count: f.daysElapsed.value }] : []),
    { key: "attempts", figure: f.attempts, text: String(f.attempts.value), count: f.attempts.value },
    { key: "unanswered", figure: f.unanswered, text: String(f.unanswered.value), count: f.unanswered.value },
    ...(firstResponse && first
      ? [{ key: first.status === "answered" ? "firstResponse" : "firstResponseWaiting", figure: firstResponse, text: first.status === "answered" && first.firstResponseMs === undefined ? t("inPerson") : duration(firstResponse.value) }]
      : []),
    ...(f.medianFirstResponseMs ? [{ key: "medianFirstResponse", figure: f.medianFirstResponseMs, text: duration(f.medianFirstResponseMs.value) }] : []),
    { key: "interlocutors", figure: f.interlocutors, text: String(f.interlocutors.value), count: f.interlocutors.value },
    { key: "handOffs", figure: f.handOffs, text: String(f.handOffs.value), count: f.handOffs.value },
    { key: "explainedAgain", figure: f.explainedAgain, text: String(f.explainedAgain.value), count: f.explainedAgain.value },
    { key: "promisesBroken", figure: f.promisesBroken, text: String(f.promisesBroken.value), count: f.promisesBroken.value },
    { key: "promisesKept", figure: f.promisesKept, text: String(f.promisesKept.value), count: f.promisesKept.value },
    { key: "promisesPending", figure: f.promisesPending, text: String(f.promisesPending.value), count: f.promisesPending.value },
    { key: "automaticReplies", figure: f.automaticReplies, text: String(f.automaticReplies.value), count: f.automaticReplies.value },
  ];
  return (
    <section aria-labelledby="figures-heading" class="case-section">
      <h3 id="figures-heading">{t("figuresHeading")}</h3>
      <ul class="figures">
        {shown.map((s) => (
          <FigureCard key={s.key} shown={s} eventsById={eventsById} onReveal={onReveal} />
        ))}
      </ul>
      <ChannelTable reality={reality} />
    </section>
  );
}
