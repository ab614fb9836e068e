// Correct an event: the person says why, and what was wrong (when it happened, its text), or withdraws it.
// The event itself is never changed: the correction is a new event that supersedes it.
import { useState } from "preact/hooks";
import type { CorrectionPayload, EvidenceEvent } from "../../domain/evidence";
import { epochToLocalInput, localInputToEpoch } from "../../domain/offline/local-time";
import { ask } from "../../ui/background-client";
import { t } from "../../ui/i18n";

/** The payload field that holds an event's own words, when the person may correct them. */
function textField(event: EvidenceEvent): "text" | "summary" | undefined {
  if (event.kind === "note" || event.kind === "response") return "text";
  if (event.kind === "contact-attempt" && event.collection.method === "by-hand") return "summary";
  return undefined;
}

/** The person's own zone: the form shows, and reads, the time as their clock does. */
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const localInput = (at: number) => epochToLocalInput(at, localZone());

export function CorrectionForm({ event, onDone }: { event: EvidenceEvent; onDone: (message: string) => void }) {
  const field = textField(event);
  const current = field ? String((event.payload as Record<string, unknown>)[field] ?? "") : "";
  const [reason, setReason] = useState("");
  const [occurred, setOccurred] = useState(localInput(event.occurred.at));
  const [text, setText] = useState(current);
  const [withdraw, setWithdraw] = useState(false);
  const [error, setError] = useState("");
  const id = `correct-${event.id}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(t("correctionNeedsReason"));
      return;
    }
    const correction: CorrectionPayload = { supersedes: event.id, reason: reason.trim() };
    if (!withdraw) {
      const at = localInputToEpoch(occurred, localZone());
      if (at !== undefined && localInput(at) !== localInput(event.occurred.at)) correction.occurred = { at, timeZone: localZone() };
      if (field && text !== current) correction.payload = { [field]: text };
      if (!correction.occurred && !correction.payload) {
        setError(t("correctionNothingChanged"));
        return;
      }
    }
    const reply = await ask({ type: "case.correct", correction });
    if (reply.ok) onDone(t(withdraw ? "withdrawalSaved" : "correctionSaved"));
    else setError(t("actionFailed", reply.error.message));
  };

  return (
    <form class="correction-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} class="form-title">
        {t("correctionTitle")}
      </p>
      <label for={`${id}-reason`}>{t("correctionReason")}</label>
      <textarea id={`${id}-reason`} value={reason} aria-required="true" onInput={(e) => setReason(e.currentTarget.value)} rows={2} />
      <label class="inline">
        <input type="checkbox" checked={withdraw} onChange={(e) => setWithdraw(e.currentTarget.checked)} /> {t("correctionWithdraw")}
      </label>
      {!withdraw && (
        <>
          <label for={`${id}-when`}>{t("correctionWhen")}</label>
          <input id={`${id}-when`} type="datetime-local" value={occurred} onInput={(e) => setOccurred(e.currentTarget.value)} />
          {field && (
            <>
              <label for={`${id}-text`}>{t("correctionText")}</label>
              <textarea id={`${id}-text`} value={text} rows={3} onInput={(e) => setText(e.currentTarget.value)} />
            </>
          )}
        </>
      )}
      {error && (
        <p class="alert" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t("correctionSave")}
        </button>
        <button type="button" onClick={() => onDone("")}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
