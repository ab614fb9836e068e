// "Record a promise" in the popup. Opening the popup is the person's action: the selection is read then
// (and shown), so the words recorded are those selected even if the page changes them afterwards.
import browser from "webextension-polyfill";
import { useEffect, useState } from "preact/hooks";
import { randomUuid } from "../domain/random-id";
import type { RecordOutcome } from "../messaging/messages";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";
import { outcomeLines } from "../ui/promise-outcome";
import { PromiseReadingPanel } from "../ui/promise-reading-panel";
import "./promise-record.css";

type Peek = { readable: false } | { readable: true; token: string; text: string; framesLeftOut: number };

/** The popup is narrow: a long selection is shown shortened (and recorded whole). */
const SHOWN = 280;

export function PromiseRecorder({ tabId }: { tabId: number }) {
  const [peek, setPeek] = useState<Peek>();
  const [shortcut, setShortcut] = useState("");
  const [outcome, setOutcome] = useState<RecordOutcome>();
  const [failed, setFailed] = useState("");
  const [busy, setBusy] = useState(false);
  // One key per recording: a retry after an error cannot record the promise twice.
  const [requestKey, setRequestKey] = useState(randomUuid);

  useEffect(() => {
    void ask({ type: "promise.selection", tabId }).then((reply) => setPeek(reply.ok ? (reply as unknown as Peek) : { readable: false }));
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === "record-promise")?.shortcut ?? ""))
      .catch(() => undefined);
  }, [tabId]);

  const record = async () => {
    setBusy(true);
    setFailed("");
    try {
      const reply = await ask({ type: "promise.record", tabId, requestKey, ...(peek?.readable ? { selectionToken: peek.token } : {}) });
      if (!reply.ok) {
        setFailed(t("actionFailed", reply.error.message));
        return;
      }
      setOutcome(reply.outcome as RecordOutcome);
      setRequestKey(randomUuid());
    } finally {
      setBusy(false);
    }
  };

  const selected = peek?.readable && peek.text.trim() ? peek.text : "";
  return (
    <section aria-labelledby="promise-heading" class="promise-record">
      <h2 id="promise-heading">{t("promiseHeading")}</h2>
      {selected ? (
        <p class="promise-selected" dir="auto">
          {t("promiseSelected", selected.length > SHOWN ? `${selected.slice(0, SHOWN)}…` : selected)}
        </p>
      ) : (
        <p>{t(shortcut ? "promiseSelectFirst" : "promiseSelectFirstNoKeys", shortcut)}</p>
      )}
      <button type="button" class="primary" onClick={record} disabled={busy}>
        {t("promiseRecord")}
      </button>
      <div role="status" aria-live="polite" class="promise-outcome">
        {failed && <p>{failed}</p>}
        {outcome && outcomeLines(outcome, false).map((line, i) => <p key={i}>{line}</p>)}
      </div>
      {outcome?.status === "recorded" && <PromiseReadingPanel promiseId={outcome.eventId} />}
    </section>
  );
}
