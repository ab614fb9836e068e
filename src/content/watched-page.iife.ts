// The content script every watched page loads. Kept small: it notices forms being sent and
// hands what the person typed to the background. Built self-contained (IIFE), never exposed to pages.
import type { ContentMessage } from "../messaging/messages";
import { classifyForm } from "../domain/form-kind";
import { readForm } from "./form-reader";
import { createOutbox, type Delivery } from "./outbox";
import { randomUuid } from "../domain/random-id";
import { sendToBackground } from "./extension-api";

type CaptureMessage = Extract<ContentMessage, { type: "capture.record" }>;

const RETRY_CODES = new Set(["storage-failed", "internal"]);

async function deliver(message: CaptureMessage): Promise<Delivery> {
  const reply = (await sendToBackground(message)) as { ok?: boolean; error?: { code?: string } } | undefined;
  if (reply?.ok === true) return "stored";
  if (reply?.error?.code && !RETRY_CODES.has(reply.error.code)) return "refused";
  return "retry";
}

function start(): void {
  const outbox = createOutbox<CaptureMessage>(deliver);

  const onSubmit = (event: Event): void => {
    // A submit the page dispatched itself is not the person's action.
    if (!event.isTrusted) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const reading = readForm(form);
    if (classifyForm(reading.shape) !== "contact") return;
    outbox.add({
      type: "capture.record",
      captureKey: randomUuid(),
      title: document.title,
      evidence: {
        kind: "contact-attempt",
        payload: { channel: "web-form", fields: reading.fields, target: reading.target, method: reading.method },
      },
    });
  };
  // Capture phase on the window runs before any handler of the page, even one that removes the form.
  window.addEventListener("submit", onSubmit, { capture: true });
}

const marker = Symbol.for("receipts.watching");
const scope = globalThis as typeof globalThis & { [marker]?: true };
if (!scope[marker]) {
  scope[marker] = true;
  start();
}
