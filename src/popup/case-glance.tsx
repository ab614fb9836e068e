// The brand's open case at a glance, in the popup and the side panel: last contact, the brand's last
// answer, how long the person has waited against the time promised; and quick actions (open the case,
// add a note, keep it open beside the page). Follows the database live.
import { useMemo, useState } from "preact/hooks";
import { caseGlance } from "../domain/cases/case-glance";
import type { Case } from "../domain/evidence";
import { useLazyRealityReader, useNow, useReality, useTrail, type Trail } from "../dashboard/case-page/case-data";
import { channelName, duration, isoTime, promised, statusLabel, when } from "../dashboard/case-page/case-words";
import { missedDeadlineLines } from "../dashboard/case-page/missed-deadlines";
import { database } from "../storage/database";
import { t } from "../ui/i18n";
import { CaseNoteForm } from "./case-glance-note";
import { FollowUpQuestion } from "./case-glance-follow-up";
import { openBesidePage } from "./case-glance-side";
import "./case-glance.css";
import { caseHash, dashboardUrl } from "../ui/dashboard-link";

// Opening the database takes a moment: it starts as the popup loads, while the tab is still being looked up.
void database()
  .open()
  .catch(() => undefined);

function WaitingLine({ glance }: { glance: ReturnType<typeof caseGlance> }) {
  const waiting = glance.waiting;
  if (!waiting) return <p class="glance-waiting">{glance.lastContact ? t("glanceNotWaiting") : t("glanceNoContact")}</p>;
  if (waiting.promisedMs === undefined) return <p class="glance-waiting">{t("glanceWaitingNoPromise", duration(waiting.waitedMs))}</p>;
  const late = waiting.waitedMs > waiting.promisedMs;
  return (
    <p class={`glance-waiting ${late ? "late" : "in-time"}`}>
      {t(late ? "glanceWaitingLate" : "glanceWaitingInTime", [duration(waiting.waitedMs), duration(waiting.promisedMs)])}
      {waiting.reading && <span class="muted"> ({promised(waiting.reading)})</span>}
    </p>
  );
}

interface CaseGlanceProps {
  theCase: Case;
  tabId?: number | undefined;
  beside?: boolean;
}

export function CaseGlance(props: CaseGlanceProps) {
  return <CaseGlanceOf {...props} trail={useTrail(props.theCase.id)} />;
}

/** The glance over a trail read by the caller (the popup reads it once for the glance and the guided run). */
export function CaseGlanceOf({ theCase, tabId, beside = false, trail }: CaseGlanceProps & { trail: Trail | undefined }) {
  const now = useNow();
  const reality = useReality(trail, now, useLazyRealityReader());
  const glance = useMemo(() => (reality ? caseGlance(reality) : undefined), [reality]);
  const missed = useMemo(() => (reality ? missedDeadlineLines(theCase, reality) : []), [reality, theCase]);
  const [noting, setNoting] = useState(false);
  const [status, setStatus] = useState("");

  return (
    <section aria-labelledby="case-heading" class="case-glance" data-case-id={theCase.id}>
      <h2 id="case-heading">{t("openCase")}</h2>
      <p class="glance-title">
        <strong>{theCase.title}</strong> <span class="muted">· {statusLabel(theCase.status)}</span>
      </p>
      {theCase.follows && !theCase.followUpAnswered && <FollowUpQuestion theCase={theCase} />}
      {missed.length > 0 && (
        <ul class="alert glance-missed" aria-label={t("missedDeadlinesLabel")}>
          {missed.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {glance && (
        <dl class="glance-facts">
          <div>
            <dt>{t("glanceLastContact")}</dt>
            <dd>
              {glance.lastContact ? (
                <>
                  <time dateTime={isoTime(glance.lastContact.at)}>{when(glance.lastContact.at)}</time> · {channelName(glance.lastContact.channel)}
                </>
              ) : (
                "—"
              )}
            </dd>
          </div>
          <div>
            <dt>{t("glanceLastAnswer")}</dt>
            <dd>{glance.lastAnswer ? <time dateTime={isoTime(glance.lastAnswer.at)}>{when(glance.lastAnswer.at)}</time> : t("glanceNoAnswer")}</dd>
          </div>
        </dl>
      )}
      {glance && <WaitingLine glance={glance} />}
      <div class="actions glance-actions">
        <a class="button-link" href={dashboardUrl(caseHash(theCase.id))} target="_blank" rel="noreferrer">
          {t("openCaseLink")}
        </a>
        <button type="button" aria-expanded={noting} onClick={() => setNoting(!noting)}>
          {t("addNoteButton")}
        </button>
        {!beside && tabId !== undefined && (
          <button type="button" onClick={() => void openBesidePage(tabId).then((ok) => setStatus(ok ? "" : t("besideUnavailable")))}>
            {t("openBesidePage")}
          </button>
        )}
      </div>
      {noting && (
        <CaseNoteForm
          caseId={theCase.id}
          onDone={(message) => {
            setNoting(false);
            setStatus(message);
          }}
        />
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
