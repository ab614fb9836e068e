// Asked once, about a case Receipts started because the brand's earlier case was closed or resolved:
// keep the new case, or add these contacts to the earlier one (which is reopened).
import { useState } from "preact/hooks";
import type { Case } from "../domain/evidence";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";

export function FollowUpQuestion({ theCase }: { theCase: Case }) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const answer = async (choice: "keep" | "merge") => {
    setBusy(true);
    const reply = await ask({ type: "case.follow-up", caseId: theCase.id, answer: choice });
    setBusy(false);
    if (!reply.ok) setError(t("actionFailed", reply.error.message));
  };
  const id = `follow-up-${theCase.id}`;
  return (
    <div class="follow-up" role="group" aria-labelledby={id}>
      <p id={id}>{t("followUpQuestion", theCase.brand.name)}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void answer("keep")}>
          {t("followUpKeep")}
        </button>
        <button type="button" disabled={busy} onClick={() => void answer("merge")}>
          {t("followUpMerge")}
        </button>
      </div>
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
    </div>
  );
}
