// A campaign's protocol: the version new brands get, every version with when and why it changed and how
// many brands run it, and the form to change it (the draft rewritten before the start; a new version,
// with its reason, after it).
import { useState } from "preact/hooks";
import { currentProtocol, type Campaign, type Protocol } from "../../domain/campaigns/campaign";
import { draftOf, readProtocolDraft, type FormErrors, type ProtocolDraft } from "../../domain/campaigns/protocol-form";
import { ask } from "../../ui/background-client";
import { byChannel, problemWords, protocolDuration, yardstick } from "../../ui/campaign-words";
import { t, tn } from "../../ui/i18n";
import { TextArea } from "../../popup/log-field";
import { when } from "../case-page/case-words";
import { ProtocolFieldsForm } from "./protocol-fields";

export function ProtocolFacts({ protocol }: { protocol: Protocol }) {
  const rows: [string, string][] = [
    [t("campaignQuestion"), protocol.question],
    [t("campaignChannel"), byChannel(protocol.channel)],
    [t("campaignPromise"), protocol.promise.text],
    [t("campaignYardstick"), yardstick(protocol)],
    [t("campaignPinning"), t(protocol.pinning === "campaign" ? "campaignPinningCampaign" : "campaignPinningBrand")],
    [t("campaignWait"), protocolDuration(protocol.wait)],
    [t("campaignFollowUpAfter"), protocol.followUpAfter ? protocolDuration(protocol.followUpAfter) : t("campaignNoFollowUp")],
    [t("campaignResponseRule"), t(protocol.responseRule === "person" ? "campaignRulePerson" : "campaignRuleAny")],
  ];
  return (
    <dl class="fields protocol-facts">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ProtocolEditor({ campaign }: { campaign: Campaign }) {
  const current = currentProtocol(campaign);
  const [draft, setDraft] = useState<ProtocolDraft>(() => draftOf(current));
  const [why, setWhy] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const [status, setStatus] = useState("");
  const started = campaign.started !== undefined;

  const save = async (e: Event) => {
    e.preventDefault();
    const read = readProtocolDraft(draft);
    const found: FormErrors = { ...(read.ok ? {} : read.errors), ...(started && !why.trim() ? { why: "campaignErrorWhy" as const } : {}) };
    setErrors(found);
    if (!read.ok || Object.keys(found).length > 0) return setStatus(t("logCheckFields"));
    const reply = await ask({ type: "campaign.edit-protocol", campaignId: campaign.id, protocol: read.protocol, ...(started ? { why: why.trim() } : {}) });
    if (!reply.ok) return setStatus(problemWords(reply.error.message));
    setWhy("");
    setStatus(started ? t("protocolNewVersion", String(reply.version)) : t("protocolDraftSaved"));
  };

  return (
    <details class="protocol-edit">
      <summary>{t("protocolChange")}</summary>
      <form noValidate onSubmit={(e) => void save(e)}>
        {started && <p class="muted">{t("protocolChangeAfterStart", String(current.version))}</p>}
        <ProtocolFieldsForm prefix="edit" draft={draft} change={setDraft} errors={errors} />
        {started && <TextArea name="edit-why" label={t("protocolWhy")} value={why} onInput={setWhy} error={errors.why} />}
        <button type="submit" class="primary">
          {started ? t("protocolSaveVersion") : t("protocolSaveDraft")}
        </button>
        <p role="status" aria-live="polite">
          {status}
        </p>
      </form>
    </details>
  );
}

export function CampaignProtocol({ campaign }: { campaign: Campaign }) {
  const current = currentProtocol(campaign);
  const running = (version: number) => campaign.brands.filter((b) => b.protocolVersion === version && !b.caseDeleted).length;
  return (
    <section class="case-section" aria-labelledby="protocol-heading">
      <h3 id="protocol-heading">{t("protocolHeadingVersion", String(current.version))}</h3>
      <ProtocolFacts protocol={current} />
      {campaign.protocols.length > 1 && (
        <ol class="protocol-versions" aria-label={t("protocolVersions")}>
          {campaign.protocols.map((p) => (
            <li key={p.version}>
              {tn("protocolVersionLine", running(p.version), [String(p.version), when(p.written.at), String(running(p.version))])}
              {p.change && <span class="why"> — {t("protocolWhyLine", p.change)}</span>}
            </li>
          ))}
        </ol>
      )}
      {!campaign.ended && <ProtocolEditor key={`${current.version}-${current.written.at}`} campaign={campaign} />}
    </section>
  );
}
