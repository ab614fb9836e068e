// A quick note to the case from the popup or the side panel ("called the hotline, 40 minutes on hold").
// One key per note, kept across retries of the same words (a new one once they are edited), and the button
// is disabled while it is sent: a double click or a retry after an error stores the note once.
import { useRef, useState } from "preact/hooks";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";

export function CaseNoteForm({ caseId, onDone }: { caseId: string; onDone: (message: string) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const noteKey = useRef(crypto.randomUUID());
  // The state reaches the button at the next render; a second click in the same instant meets this first.
  const sending = useRef(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (sending.current) return;
    if (!text.trim()) return setError(t("noteEmpty"));
    sending.current = true;
    setBusy(true);
    try {
      const reply = await ask({ type: "case.note", caseId, text: text.trim(), noteKey: noteKey.current });
      if (reply.ok) onDone(t("noteAdded"));
      else setError(t("actionFailed", reply.error.message));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };
  return (
    <form class="glance-note" onSubmit={submit} aria-busy={busy}>
      <label for={`note-${caseId}`}>{t("addNote")}</label>
      <textarea id={`note-${caseId}`} rows={3} value={text} onInput={(e) => {
          setText(e.currentTarget.value);
          noteKey.current = crypto.randomUUID();
        }}
      />
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t("addNoteButton")}
        </button>
        <button type="button" onClick={() => onDone("")}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
