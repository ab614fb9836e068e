// Reads a form as the person saw it: each field by its accessible label, and the values typed.
// Sensitive values are withheld here, in the page, so they never leave it.
import type { FormField } from "../domain/evidence";
import { withheldReason } from "../domain/sensitive-fields";
import type { FormShape } from "../domain/form-kind";
import { attachedFiles } from "./file-hashes";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const SKIPPED_INPUT_TYPES = new Set(["submit", "button", "reset", "image", "hidden"]);

export interface FormReading {
  fields: FormField[];
  shape: FormShape;
  target: string;
  method: string;
}

function collapse(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

/** Text of an element without the text of the controls inside it (a label wrapping a select). */
function textWithoutControls(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll("input, select, textarea, button, script, style").forEach((c) => c.remove());
  return collapse(copy.textContent);
}

export function accessibleLabel(control: Control): string {
  const doc = control.ownerDocument;
  const labelledBy = control.getAttribute("aria-labelledby");
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((el): el is HTMLElement => el !== null)
      .map((el) => textWithoutControls(el))
      .join(" ");
    if (collapse(text)) return collapse(text);
  }
  const aria = collapse(control.getAttribute("aria-label"));
  if (aria) return aria;
  const labels = control.labels ? Array.from(control.labels) : [];
  const fromLabels = collapse(labels.map((l) => textWithoutControls(l)).join(" "));
  if (fromLabels) return fromLabels;
  const attr = collapse(control.getAttribute("placeholder") ?? control.getAttribute("title"));
  if (attr) return attr;
  return collapse(control.getAttribute("name") ?? control.id);
}

/** The question a radio or checkbox answers: its fieldset's legend, else its own label. */
function groupLabel(control: HTMLInputElement): string {
  const legend = control.closest("fieldset")?.querySelector("legend");
  return legend ? textWithoutControls(legend) : accessibleLabel(control);
}

function controlType(control: Control): string {
  if (control instanceof HTMLTextAreaElement) return "textarea";
  if (control instanceof HTMLSelectElement) return control.multiple ? "select-multiple" : "select-one";
  return (control.getAttribute("type") ?? "text").toLowerCase();
}

function displayedValue(control: Control): string {
  if (control instanceof HTMLSelectElement) {
    return Array.from(control.selectedOptions)
      .map((o) => collapse(o.textContent) || o.value)
      .join(", ");
  }
  if (control instanceof HTMLInputElement) {
    if (control.type === "file") {
      return Array.from(control.files ?? [])
        .map((f) => `${f.name} (${f.size} bytes)`)
        .join(", ");
    }
    if (control.type === "checkbox" || control.type === "radio") {
      return accessibleLabel(control) || control.value;
    }
  }
  return control.value;
}

/** Disabled itself or inside a disabled fieldset (but not in its first legend): the browser does not send it. */
function isDisabled(control: Control): boolean {
  if (control.disabled) return true;
  const fieldset = control.closest("fieldset[disabled]");
  if (!fieldset) return false;
  const legend = fieldset.querySelector(":scope > legend");
  return !(legend && legend.contains(control));
}

function isControl(el: Element): el is Control {
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
}

/** The fields of anything that holds controls: a <form>, or the <div> of a form sent by script. */
function readFields(controls: Iterable<Element>): Pick<FormReading, "fields" | "shape"> {
  const fields: FormField[] = [];
  const shapeFields: FormShape["fields"][number][] = [];
  for (const el of controls) {
    if (!isControl(el) || isDisabled(el)) continue;
    const type = controlType(el);
    if (SKIPPED_INPUT_TYPES.has(type)) continue;
    const isChoice = type === "checkbox" || type === "radio";
    const label = isChoice && el instanceof HTMLInputElement ? groupLabel(el) : accessibleLabel(el);
    const autocomplete = el.getAttribute("autocomplete") ?? "";
    shapeFields.push({ type, label, name: el.name, autocomplete });
    if (isChoice && !(el as HTMLInputElement).checked) continue;
    const value = displayedValue(el);
    const withheld = withheldReason({ type, name: el.name, id: el.id, autocomplete, label, value });
    const files = el instanceof HTMLInputElement && type === "file" ? { files: attachedFiles(el) } : {};
    fields.push(
      withheld
        ? { label, name: el.name, type, withheld, length: 0 }
        : { label, name: el.name, type, value, length: value.length, ...files },
    );
  }
  return { fields, shape: { identity: "", fields: shapeFields } };
}

function identityOf(container: Element): string {
  const role = container.getAttribute("role");
  return [role ? `role=${role}` : "", container.id, container.getAttribute("name") ?? "", container.getAttribute("class") ?? "", container.getAttribute("action") ?? "", container.getAttribute("aria-label") ?? ""].join(" ");
}

export function readForm(form: HTMLFormElement): FormReading {
  const { fields, shape } = readFields(Array.from(form.elements));
  return {
    fields,
    shape: { ...shape, identity: identityOf(form) },
    target: form.action,
    method: (form.getAttribute("method") ?? "get").toUpperCase(),
  };
}

/** A form without a <form>: the controls inside `container`, sent by the page's own script. */
export function readScriptedForm(container: Element): FormReading {
  const { fields, shape } = readFields(Array.from(container.querySelectorAll("input, select, textarea")));
  return { fields, shape: { ...shape, identity: identityOf(container) }, target: container.ownerDocument.location?.href ?? "", method: "SCRIPT" };
}
