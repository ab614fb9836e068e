// The case page opens on this: each promise against what happened. One group per promise (its words,
// how Receipts read it, where and when it was made), one row per deadline it set: what started the clock,
// when it fell due, what came, and the verdict in words (never by colour alone).
import { useMemo, useState } from "preact/hooks";
import type { EvidenceEvent } from "../../domain/evidence";
import type { Obligation } from "../../domain/reality/obligation";
import type { PromiseStanding } from "../../domain/reality/promise-verdicts";
import type { CaseReality } from "../../domain/reality/reality-engine";
import { kindLabel } from "../../ui/evidence-text";
import { t } from "../../ui/i18n";
import { channelName, deadlineWords, duration, promised, when } from "./case-words";

export interface PromiseTableProps {
  reality: CaseReality;
  eventsById: ReadonlyMap<string, EvidenceEvent>;
  onReveal: (eventId: string) => void;
}

function verdictWords(o: Obligation, now: number): string {
  switch (o.status) {
    case "kept":
      return t("verdictKept");
    case "pending":
      return o.due === undefined ? t("verdictPendingUnknown") : t("verdictPending", duration(o.due - now));
    case "broken":
      return o.late?.stillNothing ? t("verdictBrokenNothing", duration(now - (o.start ?? now))) : t("verdictBrokenLate", duration(o.late?.ms ?? 0));
  }
}

function EventLink({ id, eventsById, onReveal }: { id: string | undefined; eventsById: ReadonlyMap<string, EvidenceEvent>; onReveal: (id: string) => void }) {
  const event = id ? eventsById.get(id) : undefined;
  if (!event || !id) return <span class="muted">—</span>;
  const channel = event.kind === "contact-attempt" || event.kind === "response" ? ` (${channelName(event.payload.channel)})` : event.kind === "message" ? ` (${channelName("chat")})` : "";
  const text = `${kindLabel(event.kind)}${channel}, ${when(event.occurred.at, event.occurred.timeZone)}`;
  return (
    <button type="button" class="link" onClick={() => onReveal(id)} aria-label={t("showInTimeline", text)}>
      {text}
    </button>
  );
}

/** A standing promise owed to every contact may set thousands of deadlines: the latest are shown, more on demand. */
const FIRST_SHOWN = 6;
const MORE = 100;

function PromiseGroup({ standing, reality, eventsById, onReveal }: { standing: PromiseStanding } & PromiseTableProps) {
  const [shown, setShown] = useState(FIRST_SHOWN);
  const promise = eventsById.get(standing.promiseId);
  const where = promise?.source?.title || promise?.source?.url;
  const all = standing.verdict?.obligations ?? [];
  const obligations = all.slice(-shown);
  const count = (status: string) => all.filter((o) => o.status === status).length;
  const flags = standing.verdict?.flags ?? [];
  return (
    <tbody class={`promise-group verdict-${standing.verdict?.status ?? "none"}`}>
      <tr>
        <th scope="rowgroup" colSpan={4} class="promise-head">
          <blockquote>{standing.quote}</blockquote>
          <p>
            {standing.reading ? promised(standing.reading) : t("promiseNotRead")}
            {standing.reading?.deadline && ` · ${t(`clockStart_${standing.reading.clockStart.replace("-", "_")}`)}`} · {t("promiseMade", when(standing.at))}
            {where ? ` · ${where}` : ""}{" "}
            <button type="button" class="link" onClick={() => onReveal(standing.promiseId)}>
              {t("showPromiseInTimeline")}
            </button>
          </p>
          {standing.verdict && (
            <p class={`verdict-badge verdict-${standing.verdict.status}`}>{t(`promiseVerdict_${standing.verdict.status}`)}</p>
          )}
          {flags.map((flag) => (
            <p key={flag} class="muted">
              {t(`verdictFlag_${flag.replace(/-/g, "_")}`)}
            </p>
          ))}
        </th>
      </tr>
      {standing.noVerdict && (
        <tr>
          <td colSpan={4} class="muted">
            {t(`noVerdict_${standing.noVerdict.replace(/-/g, "_")}`)}
          </td>
        </tr>
      )}
      {all.length > FIRST_SHOWN && (
        <tr>
          <td colSpan={4}>
            {t("deadlinesSummary", [String(all.length), String(count("kept")), String(count("broken")), String(count("pending")), String(obligations.length)])}{" "}
            {obligations.length < all.length && (
              <button type="button" class="quiet" onClick={() => setShown(shown + MORE)}>
                {t("deadlinesMore", String(Math.min(MORE, all.length - obligations.length)))}
              </button>
            )}
          </td>
        </tr>
      )}
      {obligations.map((o, i) => (
        <tr key={`${o.startedBy ?? "order"}-${i}`} class={`verdict-${o.status}`}>
          <td>{o.startedBy === standing.promiseId ? t("countedFromPromise") : <EventLink id={o.startedBy} eventsById={eventsById} onReveal={onReveal} />}</td>
          <td>{o.due === undefined ? deadlineWords(standing.reading ?? {}) : <time dateTime={new Date(o.due).toISOString()}>{when(o.due)}</time>}</td>
          <td>{o.keptBy ? <EventLink id={o.keptBy} eventsById={eventsById} onReveal={onReveal} /> : t("nothingYet")}</td>
          <td>
            <span class={`verdict-badge verdict-${o.status}`}>{verdictWords(o, reality.now)}</span>
            {o.beforePromise && <span class="muted"> {t("beforePromiseNote")}</span>}
          </td>
        </tr>
      ))}
    </tbody>
  );
}

/** Broken promises first, then those pending, kept, and those without a verdict; in time order within each. */
const ORDER = { broken: 0, pending: 1, kept: 2 } as const;
const FIRST_PROMISES = 10;

export function PromiseTable(props: PromiseTableProps) {
  const { reality } = props;
  const [all, setAll] = useState(false);
  const ordered = useMemo(
    () => reality.promises.map((p, i) => ({ p, i })).sort((a, b) => (a.p.verdict ? ORDER[a.p.verdict.status] : 3) - (b.p.verdict ? ORDER[b.p.verdict.status] : 3) || a.i - b.i).map(({ p }) => p),
    [reality],
  );
  const shown = all ? ordered : ordered.slice(0, FIRST_PROMISES);
  return (
    <section aria-labelledby="promises-heading" class="case-section">
      <h3 id="promises-heading">{t("promisesHeading")}</h3>
      {reality.promises.length === 0 ? (
        <p class="empty">{t("noPromiseYet")}</p>
      ) : (
        <div class="table-scroll">
          <table class="promise-table">
            <caption class="visually-hidden">{t("promisesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("colCountedFrom")}</th>
                <th scope="col">{t("colDue")}</th>
                <th scope="col">{t("colWhatCame")}</th>
                <th scope="col">{t("colVerdict")}</th>
              </tr>
            </thead>
            {shown.map((standing) => (
              <PromiseGroup key={standing.promiseId} standing={standing} {...props} />
            ))}
          </table>
          {shown.length < ordered.length && (
            <button type="button" onClick={() => setAll(true)}>
              {t("promisesAll", String(ordered.length))}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
