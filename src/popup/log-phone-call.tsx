// A phone call: the number, when, how long, who answered, what was said and promised.
import { t } from "../ui/i18n";
import { TextArea, TextField, WhenField } from "./log-field";
import type { LogFormProps } from "./log-form-props";

export function PhoneCallForm({ draft, change, errors }: LogFormProps<"phone-call">) {
  return (
    <>
      <TextField name="number" type="tel" autoComplete="tel" label={t("logNumber")} value={draft.number} onInput={(number) => change({ number })} error={errors.number} />
      <WhenField value={draft.when} onInput={(when) => change({ when })} error={errors.when} />
      <TextField name="minutes" inputMode="numeric" label={t("logMinutes")} hint={t("logMinutesHint")} value={draft.minutes} onInput={(minutes) => change({ minutes })} error={errors.minutes} />
      <TextField name="answeredBy" label={t("logAnsweredBy")} value={draft.answeredBy} onInput={(answeredBy) => change({ answeredBy })} error={errors.answeredBy} />
      <TextArea name="said" label={t("logSaid")} value={draft.said} onInput={(said) => change({ said })} error={errors.said} />
      <TextArea name="promised" label={t("logPromised")} value={draft.promised} onInput={(promised) => change({ promised })} error={errors.promised} />
    </>
  );
}
