// On the case page: the campaign the case runs for, and deleting the case. Deletion is the person's right
// over their own data: the confirmation says what will be lost (the events, the files kept only for them,
// the campaign that will show the brand's case as deleted) and suggests exporting first. The count the
// person confirmed goes with the request: if evidence arrived since, nothing is deleted unseen.
import { useState } from "preact/hooks";
import type { Case } from "../../domain/evidence";
import { campaignsOfCase } from "../../storage/campaign-store";
import { caseDeletionPreview } from "../../storage/case-deletion";
import { database } from "../../storage/database";
import { ask } from "../../ui/background-client";
import { t, tn } from "../../ui/i18n";
import { useLiveQuery } from "../../ui/use-live-query";
import { campaignHash } from "../case-route";
import type { Trail } from "./case-data";

/** "Part of the campaign …, protocol version n", with a link to it. */
export function CaseCampaigns({ caseId }: { caseId: string }) {
  const { value: campaigns } = useLiveQuery(() => campaignsOfCase(database(), caseId), [caseId]);
  if (!campaigns || campaigns.length === 0) return null;
  return (
    <ul class="case-campaigns">
      {campaigns.map((campaign) => {
        const brand = campaign.brands.find((b) => b.caseId === caseId);
        return (
          <li key={campaign.id}>
            {t("caseInCampaign", [campaign.name, String(brand?.protocolVersion ?? "?")])}
            {brand?.addedAfterStart ? ` · ${t("caseChangeCampaignLate")}` : ""} <a href={campaignHash(campaign.id)}>{t("openCampaign")}</a>
          </li>
        );
      })}
    </ul>
  );
}

export function CaseDeletion({ theCase, trail }: { theCase: Case; trail: Trail | undefined }) {
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  // Read again whenever the case's trail changes, so the count shown is the count deleted.
  const { value: preview } = useLiveQuery(async () => (open ? ((await caseDeletionPreview(database(), theCase.id)) ?? null) : null), [open, theCase.id, trail?.length]);

  const remove = async () => {
    if (!preview || !understood) return;
    setBusy(true);
    setError("");
    try {
      const reply = await ask({ type: "case.delete", caseId: theCase.id, events: preview.events });
      if (reply.ok) {
        location.hash = "cases";
        return;
      }
      setUnderstood(false);
      setError(reply.error.message === "changed-since-confirmed" ? t("deleteChanged") : t("actionFailed", reply.error.message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="case-delete" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("deleteCase")}</summary>
      {preview && (
        <div role="group" aria-labelledby="delete-what">
          <p id="delete-what">{tn("deleteWhat", preview.events, [theCase.title, String(preview.events)])}</p>
          {preview.artifacts > 0 && <p>{tn("deleteFiles", preview.artifacts)}</p>}
          {preview.caseIds.length > 1 && <p>{tn("deleteAbsorbed", preview.caseIds.length - 1)}</p>}
          {preview.campaigns.map((c) => (
            <p key={c.id}>{t("deleteCampaign", c.name)}</p>
          ))}
          <p class="alert">{t("deleteExportFirst")}</p>
          <label class="checkbox">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} /> {tn("deleteUnderstood", preview.events)}
          </label>
          <div class="actions">
            <button type="button" class="danger" disabled={!understood || busy} onClick={() => void remove()}>
              {t("deleteForGood")}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
    </details>
  );
}
