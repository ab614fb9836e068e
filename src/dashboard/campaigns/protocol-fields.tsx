// The protocol's fields, as one piece of the new-campaign form and of "change the protocol": what to ask
// and through which channel, the promise under test and its yardstick (read from its words, or set by
// hand), pinning, how long to wait, when to follow up, what counts as a response.
import { Channel } from "../../domain/evidence";
import { DurationUnit, PromiseKind } from "../../domain/promises/promise-reading";
import { withPromiseText, type DurationDraft, type FormErrors, type ProtocolDraft } from "../../domain/campaigns/protocol-form";
import { t } from "../../ui/i18n";
import { FieldError, RadioGroup, TextArea, TextField } from "../../popup/log-field";

const key = (value: string) => value.replace(/-/g, "_");

function DurationField({ name, label, value, change, error, hint }: { name: string; label: string; value: DurationDraft; change: (d: DurationDraft) => void; error?: string | undefined; hint?: string }) {
  return (
    <fieldset class="duration">
      <legend id={`log-${name}-legend`}>{label}</legend>
      <input
        id={`log-${name}`}
        inputMode="numeric"
        size={5}
        value={value.amount}
        aria-labelledby={`log-${name}-legend`}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={[hint ? `log-${name}-hint` : "", error ? `log-${name}-error` : ""].filter(Boolean).join(" ") || undefined}
        onInput={(e) => change({ ...value, amount: e.currentTarget.value })}
      />
      <span id={`log-${name}-unit-label`} class="visually-hidden">
        {t("campaignUnit")}
      </span>
      <select id={`log-${name}-unit`} aria-labelledby={`log-${name}-legend log-${name}-unit-label`} value={value.unit} onChange={(e) => change({ ...value, unit: DurationUnit.parse(e.currentTarget.value) })}>
        {DurationUnit.options.map((unit) => (
          <option key={unit} value={unit}>
            {t(`promiseUnitOption_${key(unit)}`)}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`log-${name}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldError name={name} error={error} />
    </fieldset>
  );
}

export function ProtocolFieldsForm({ prefix, draft, change, errors }: { prefix: string; draft: ProtocolDraft; change: (next: ProtocolDraft) => void; errors: FormErrors }) {
  const set = (patch: Partial<ProtocolDraft>) => change({ ...draft, ...patch });
  const n = (field: string) => `${prefix}-${field}`;
  return (
    <div class="protocol-fields">
      <TextArea name={n("question")} label={t("campaignQuestion")} value={draft.question} onInput={(question) => set({ question })} error={errors.question} />
      <div class="field">
        <label for={`log-${n("channel")}`}>{t("campaignChannel")}</label>
        <select id={`log-${n("channel")}`} value={draft.channel} onChange={(e) => set({ channel: Channel.parse(e.currentTarget.value) })}>
          {Channel.options.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channel_${key(channel)}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField name={n("promiseText")} label={t("campaignPromise")} hint={t("campaignPromiseHint")} value={draft.promiseText} onInput={(text) => change(withPromiseText(draft, text))} error={errors.promiseText} />
      <fieldset class="yardstick">
        <legend>{t("campaignYardstick")}</legend>
        <div class="field">
          <label for={`log-${n("kind")}`}>{t("promiseFieldKind")}</label>
          <select id={`log-${n("kind")}`} value={draft.kind} onChange={(e) => set({ kind: PromiseKind.parse(e.currentTarget.value), yardstickTouched: true })}>
            {PromiseKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`promiseKind_${key(kind)}`)}
              </option>
            ))}
          </select>
        </div>
        <DurationField
          name={n("deadline")}
          label={t("campaignDeadline")}
          hint={t("campaignDeadlineHint")}
          value={draft.deadline}
          change={(deadline) => set({ deadline, yardstickTouched: true })}
          error={errors.deadline}
        />
      </fieldset>
      <RadioGroup
        name={n("pinning")}
        legend={t("campaignPinning")}
        value={draft.pinning}
        onChange={(pinning) => set({ pinning })}
        options={[
          { value: "campaign", label: t("campaignPinningCampaign") },
          { value: "per-brand", label: t("campaignPinningBrand") },
        ]}
      />
      <DurationField name={n("wait")} label={t("campaignWait")} hint={t("campaignWaitHint")} value={draft.wait} change={(wait) => set({ wait })} error={errors.wait} />
      <label class="checkbox">
        <input type="checkbox" checked={draft.followUp} onChange={(e) => set({ followUp: e.currentTarget.checked })} /> {t("campaignFollowUp")}
      </label>
      {draft.followUp && <DurationField name={n("followUpAfter")} label={t("campaignFollowUpAfter")} value={draft.followUpAfter} change={(followUpAfter) => set({ followUpAfter })} error={errors.followUpAfter} />}
      <RadioGroup
        name={n("responseRule")}
        legend={t("campaignResponseRule")}
        value={draft.responseRule}
        onChange={(responseRule) => set({ responseRule })}
        options={[
          { value: "person", label: t("campaignRulePerson") },
          { value: "any", label: t("campaignRuleAny") },
        ]}
      />
    </div>
  );
}
