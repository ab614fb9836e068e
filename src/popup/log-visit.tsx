// A visit to a shop: where, when, whom the person spoke with, what was said.
import { t } from "../ui/i18n";
import { TextArea, TextField, WhenField } from "./log-field";
import type { LogFormProps } from "./log-form-props";

export function VisitForm({ draft, change, errors }: LogFormProps<"visit">) {
  return (
    <>
      <TextField name="place" label={t("logPlace")} value={draft.place} onInput={(place) => change({ place })} error={errors.place} />
      <WhenField value={draft.when} onInput={(when) => change({ when })} error={errors.when} />
      <TextField name="spokeWith" label={t("logSpokeWith")} value={draft.spokeWith} onInput={(spokeWith) => change({ spokeWith })} error={errors.spokeWith} />
      <TextArea name="said" label={t("logSaid")} value={draft.said} onInput={(said) => change({ said })} error={errors.said} />
    </>
  );
}
