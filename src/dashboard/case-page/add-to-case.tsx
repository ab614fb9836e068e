// Add to the case by hand: a note, or a file (a bill, a letter's scan). Of a file only its fingerprint is
// kept (name, type, size, SHA-256), computed here: the file never leaves the page.
import { useState } from "preact/hooks";
import { sha256Hex } from "../../domain/integrity/sha256";
import { ask } from "../../ui/background-client";
import { t } from "../../ui/i18n";

export function AddToCase({ caseId }: { caseId: string }) {
  const [note, setNote] = useState("");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  const addNote = async (e: Event) => {
    e.preventDefault();
    if (!note.trim()) return setStatus(t("noteEmpty"));
    setBusy(true);
    const reply = await ask({ type: "case.note", caseId, text: note.trim() });
    setBusy(false);
    if (reply.ok) {
      setNote("");
      setStatus(t("noteAdded"));
    } else setStatus(t("actionFailed", reply.error.message));
  };

  const attach = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(t("attachReading"));
    try {
      const reply = await ask({ type: "case.attach", caseId, file: { fileName: file.name, mediaType: file.type || "application/octet-stream", size: file.size, sha256: await sha256Hex(new Uint8Array(await file.arrayBuffer())) } });
      setStatus(reply.ok ? t("attachAdded", file.name) : t("actionFailed", reply.error.message));
      input.value = "";
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="add-heading" class="case-section add-to-case">
      <h3 id="add-heading">{t("addToCaseHeading")}</h3>
      <form onSubmit={addNote}>
        <label for="case-note">{t("addNote")}</label>
        <textarea id="case-note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>
          {t("addNoteButton")}
        </button>
      </form>
      <label for="case-file">{t("attachFile")}</label>
      <input id="case-file" type="file" aria-describedby="case-file-hint" disabled={busy} onChange={(e) => void attach(e.currentTarget)} />
      <p id="case-file-hint" class="muted">
        {t("attachHint")}
      </p>
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
