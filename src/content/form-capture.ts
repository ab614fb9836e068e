// Contact forms as people send them: classic submits, and forms a page sends by script
// (a button whose click handler posts the fields, with no submit event at all).
import { classifyForm } from "../domain/form-kind";
import { recordCapture } from "./capture-channel";
import { readForm, readScriptedForm, type FormReading } from "./form-reader";
import { watchOutcome } from "./outcome-watch";

const SEND_WORDS = /send|submit|envoy|valider|soumettre|poster|post\b|ask|request|demander|confirm|contact|réclam|complain|claim/i;
const CONTROLS = "input:not([type=hidden]):not([type=button]):not([type=submit]), select, textarea";
/** The same fields sent twice within this time is one click too many, not a second attempt. */
const DOUBLE_CLICK_MS = 2000;

let last: { signature: string; at: number } | undefined;

function record(reading: FormReading): void {
  if (classifyForm(reading.shape) !== "contact") return;
  if (!reading.fields.some((f) => f.withheld || (f.value ?? "").trim() !== "")) return;
  const signature = JSON.stringify(reading.fields);
  const now = Date.now();
  if (last && last.signature === signature && now - last.at < DOUBLE_CLICK_MS) return;
  last = { signature, at: now };
  const key = recordCapture({
    kind: "contact-attempt",
    payload: { channel: "web-form", fields: reading.fields, target: reading.target, method: reading.method },
  });
  watchOutcome(key);
}

function onSubmit(event: Event): void {
  // A submit the page dispatched itself is not the person's action.
  if (!event.isTrusted) return;
  const form = event.target;
  if (form instanceof HTMLFormElement) record(readForm(form));
}

/** The smallest ancestor that looks like a form: a message box, or at least two fields. */
function scriptedFormAround(button: Element): Element | undefined {
  let node = button.parentElement;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const controls = node.querySelectorAll(CONTROLS);
    if (node.querySelector("textarea") || controls.length >= 2) return node;
  }
  return undefined;
}

function onClick(event: MouseEvent): void {
  if (!event.isTrusted || !(event.target instanceof Element)) return;
  const button = event.target.closest("button, [role=button], input[type=button], input[type=submit], input[type=image]");
  if (!button) return;
  const isSubmitButton = (button instanceof HTMLButtonElement || button instanceof HTMLInputElement) && button.form !== null && ["submit", "image"].includes(button.type);
  // A submit button's form fires "submit"; that path records it.
  if (isSubmitButton) return;
  const label = `${button.textContent ?? ""} ${button.getAttribute("aria-label") ?? ""} ${(button as HTMLInputElement).value ?? ""}`;
  if (!SEND_WORDS.test(label)) return;
  const container = button instanceof HTMLButtonElement && button.form ? button.form : scriptedFormAround(button);
  if (container) record(container instanceof HTMLFormElement ? { ...readForm(container), method: "SCRIPT" } : readScriptedForm(container));
}

export function startFormCapture(): void {
  // Capture phase on the window runs before any handler of the page, even one that removes the form.
  window.addEventListener("submit", onSubmit, { capture: true });
  window.addEventListener("click", onClick, { capture: true });
}
