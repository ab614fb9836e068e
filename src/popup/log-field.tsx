// A labelled field of the "log a contact" forms, with its error right under it in plain words.
// Values are controlled by the form's draft, so an error never clears what was typed.
import type { JSX } from "preact";
import { t } from "../ui/i18n";

interface FieldProps {
  /** Unique in the popup: used for the id, and to find the first field in error. */
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
}

function describedBy(name: string, error: string | undefined, hint: string | undefined): string | undefined {
  const ids = [hint ? `log-${name}-hint` : "", error ? `log-${name}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldError({ name, error }: { name: string; error?: string | undefined }) {
  return error ? (
    <p id={`log-${name}-error`} class="field-error">
      {t(error)}
    </p>
  ) : null;
}

export function TextField(props: FieldProps & { type?: "text" | "tel" | "url" | "datetime-local"; inputMode?: JSX.HTMLAttributes["inputMode"]; autoComplete?: string }) {
  const { name, label, value, onInput, error, hint, type = "text" } = props;
  return (
    <div class="field">
      <label for={`log-${name}`}>{label}</label>
      <input
        id={`log-${name}`}
        name={name}
        type={type}
        value={value}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? "off"}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, error, hint)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hint && (
        <p id={`log-${name}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldError name={name} error={error} />
    </div>
  );
}

export function TextArea({ name, label, value, onInput, error }: FieldProps) {
  return (
    <div class="field">
      <label for={`log-${name}`}>{label}</label>
      <textarea
        id={`log-${name}`}
        name={name}
        rows={3}
        value={value}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(name, error, undefined)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <FieldError name={name} error={error} />
    </div>
  );
}

/** When it happened: a date and time in the person's zone, now by default, earlier if logged later. */
export function WhenField({ value, onInput, error, name = "when" }: Pick<FieldProps, "value" | "onInput" | "error"> & { name?: string }) {
  return <TextField name={name} type="datetime-local" label={t("logWhen")} value={value} onInput={onInput} error={error} />;
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** A small set of exclusive options as radio buttons: one click, and arrow keys between them. */
export function RadioGroup<V extends string>({ name, legend, options, value, onChange }: { name: string; legend: string; options: Choice<V>[]; value: V | undefined; onChange: (value: V) => void }) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={`log-${name}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}
