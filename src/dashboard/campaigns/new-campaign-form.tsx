// A new campaign: its name, the protocol every brand will be tested with, and its brands (one by one or
// pasted as lines). Saved as a draft: nothing is opened until the person starts it.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Brand } from "../../domain/evidence";
import { emptyProtocolDraft, readCampaignName, readProtocolDraft, type FormErrors, type ProtocolDraft } from "../../domain/campaigns/protocol-form";
import { ask } from "../../ui/background-client";
import { problemWords } from "../../ui/campaign-words";
import { t } from "../../ui/i18n";
import { TextField } from "../../popup/log-field";
import { campaignHash } from "../case-route";
import { BrandAdder } from "./brand-adder";
import { ProtocolFieldsForm } from "./protocol-fields";

export function NewCampaignForm({ onCancel }: { onCancel?: (() => void) | undefined }) {
  const [name, setName] = useState("");
  const [draft, setDraft] = useState<ProtocolDraft>(emptyProtocolDraft);
  const [brands, setBrands] = useState<Brand[]>([]);
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusError = useRef(false);

  useEffect(() => {
    if (!focusError.current) return;
    focusError.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const save = async (e: Event) => {
    e.preventDefault();
    const named = readCampaignName(name);
    const protocol = readProtocolDraft(draft);
    const found: FormErrors = { ...(named.ok ? {} : { name: named.error }), ...(protocol.ok ? {} : protocol.errors) };
    focusError.current = true;
    setErrors(found);
    if (!named.ok || !protocol.ok) return setStatus(t("logCheckFields"));
    setBusy(true);
    try {
      const reply = await ask({ type: "campaign.create", name: named.name, protocol: protocol.protocol, brands });
      if (!reply.ok) return setStatus(problemWords(reply.error.message));
      location.hash = campaignHash(String(reply.campaignId)).slice(1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} class="new-campaign" noValidate onSubmit={(e) => void save(e)} aria-labelledby="new-campaign-heading">
      <h2 id="new-campaign-heading">{t("newCampaignHeading")}</h2>
      <p class="muted">{t("newCampaignIntro")}</p>
      <TextField name="campaign-name" label={t("campaignName")} value={name} onInput={setName} error={errors.name} />
      <h3>{t("protocolHeading")}</h3>
      <ProtocolFieldsForm prefix="new" draft={draft} change={setDraft} errors={errors} />
      <h3>{t("brandsHeading")}</h3>
      {brands.length > 0 ? (
        <ul class="draft-brands" aria-label={t("brandsHeading")}>
          {brands.map((b) => (
            <li key={b.domains.join()}>
              <span>
                {b.name} <span class="muted">({b.domains.join(", ")})</span>
              </span>
              <button type="button" class="quiet" onClick={() => setBrands(brands.filter((other) => other !== b))} aria-label={t("brandRemoveNamed", b.name)}>
                {t("brandRemove")}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t("brandsNoneYet")}</p>
      )}
      <BrandAdder
        prefix="new"
        existing={brands}
        onAdd={(added) => {
          setBrands((all) => [...all, ...added]);
          return undefined;
        }}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t("campaignSaveDraft")}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class={status && Object.keys(errors).length ? "alert" : "muted"}>
        {status}
      </p>
    </form>
  );
}
