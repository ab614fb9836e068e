// A quick note to the case from the popup or the side panel ("called the hotline, 40 minutes on hold").
import { useState } from "preact/hooks";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";

export function CaseNoteForm({ caseId, onDone }: { caseId: string; onDone: (message: string) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setError(t("noteEmpty"));
    const reply = await ask({ type: "case.note", caseId, text: text.trim() });
    if (reply.ok) onDone(t("noteAdded"));
    else setError(t("actionFailed", reply.error.message));
  };
  return (
    <form class="glance-note" onSubmit={submit}>
      <label for={`note-${caseId}`}>{t("addNote")}</label>
      <textarea id={`note-${caseId}`} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t("addNoteButton")}
        </button>
        <button type="button" onClick={() => onDone("")}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
