// A letter or registered mail: sent or received, when, tracking number, registered or not, summary.
import { t } from "../ui/i18n";
import { RadioGroup, TextArea, TextField, WhenField } from "./log-field";
import type { LogFormProps } from "./log-form-props";

export function LetterForm({ draft, change, errors }: LogFormProps<"letter">) {
  return (
    <>
      <RadioGroup
        name="letter-direction"
        legend={t("logLetterDirection")}
        value={draft.direction}
        onChange={(direction) => change({ direction })}
        options={[
          { value: "sent", label: t("logLetterSent") },
          { value: "received", label: t("logLetterReceived") },
        ]}
      />
      <WhenField value={draft.when} onInput={(when) => change({ when })} error={errors.when} />
      <label class="check">
        <input type="checkbox" checked={draft.registered} onChange={(e) => change({ registered: e.currentTarget.checked })} /> {t("logRegistered")}
      </label>
      <TextField name="trackingNumber" label={t("logTracking")} value={draft.trackingNumber} onInput={(trackingNumber) => change({ trackingNumber })} error={errors.trackingNumber} />
      <TextArea name="summary" label={t("logSummary")} value={draft.summary} onInput={(summary) => change({ summary })} error={errors.summary} />
    </>
  );
}
