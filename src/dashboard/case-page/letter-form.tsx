// The fields a letter needs, drawn from the template's list (domain/letters/letter-fields.ts): each with
// its label, a "*" when needed, a hint where one helps, and its issue under it once the person has asked
// for the letter and something is missing or wrong.
import type { FieldId, FormField } from "../../domain/letters/letter-fields";
import type { TemplateId } from "../../domain/letters/letter-model";
import { t } from "../../ui/i18n";
import { fieldLabel, optionLabel } from "./letter-words";

export interface LetterFormProps {
  template: TemplateId;
  fields: FormField[];
  value: (id: FieldId) => string;
  onChange: (id: FieldId, value: string) => void;
  /** Issue text by field, shown once the person asked for the letter. */
  errors: ReadonlyMap<FieldId, string>;
  hints: Partial<Record<FieldId, string>>;
}

export const fieldDomId = (id: FieldId) => `letter-field-${id}`;

function Control({ field, value, onChange, describedBy, invalid }: { field: FormField; value: string; onChange: (value: string) => void; describedBy?: string; invalid: boolean }) {
  const common = { id: fieldDomId(field.id), "aria-required": field.required ? ("true" as const) : undefined, "aria-invalid": invalid ? ("true" as const) : undefined, "aria-describedby": describedBy };
  const input = (e: Event) => onChange((e.currentTarget as HTMLInputElement).value);
  switch (field.kind) {
    case "textarea":
      return <textarea {...common} rows={field.id.endsWith("Address") ? 3 : 2} maxLength={5000} value={value} onInput={input} />;
    case "date":
      return <input {...common} type="date" value={value} onInput={input} />;
    case "datetime":
      return <input {...common} type="datetime-local" value={value} onInput={input} />;
    case "amount":
    case "number":
      return <input {...common} type="text" inputMode="decimal" maxLength={20} value={value} onInput={input} />;
    case "checkbox":
      return <input {...common} type="checkbox" checked={value === "yes"} onChange={(e) => onChange(e.currentTarget.checked ? "yes" : "")} />;
    case "select":
      return (
        <select {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">{t("letterChoose")}</option>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {optionLabel(field.id, option)}
            </option>
          ))}
        </select>
      );
    default:
      return <input {...common} type="text" maxLength={field.kind === "airport" ? 80 : 500} value={value} onInput={input} />;
  }
}

export function LetterForm({ template, fields, value, onChange, errors, hints }: LetterFormProps) {
  return (
    <div class="letter-fields">
      {fields.map((field) => {
        const id = fieldDomId(field.id);
        const hint = hints[field.id];
        const error = errors.get(field.id);
        const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
        const label = `${fieldLabel(field.id, template)}${field.required ? " *" : ""}`;
        const control = <Control field={field} value={value(field.id)} onChange={(v) => onChange(field.id, v)} invalid={error !== undefined} {...(describedBy ? { describedBy } : {})} />;
        return (
          <div key={field.id} class={`letter-field letter-field-${field.kind}${error ? " has-error" : ""}`}>
            {field.kind === "checkbox" ? (
              <label class="inline">
                {control} {label}
              </label>
            ) : (
              <>
                <label for={id}>{label}</label>
                {control}
              </>
            )}
            {hint && (
              <p id={`${id}-hint`} class="muted hint">
                {hint}
              </p>
            )}
            {error && (
              <p id={`${id}-error`} class="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
