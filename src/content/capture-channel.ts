// The content script's one way out: each capture goes through the outbox to the background,
// kept until its durable write is acknowledged.
import type { ContentMessage } from "../messaging/messages";
import type { CapturedEvidence } from "../domain/evidence";
import { randomUuid } from "../domain/random-id";
import { sendToBackground } from "./extension-api";
import { createOutbox, type Delivery, type Outbox } from "./outbox";

type Deliverable = Extract<ContentMessage, { type: "capture.record" | "capture.outcome" }>;

/** Codes after which the same message may succeed later; anything else is final. */
const RETRY_CODES = new Set(["storage-failed", "internal", "not-found"]);

async function deliver(message: Deliverable): Promise<Delivery> {
  const reply = (await sendToBackground(message)) as { ok?: boolean; error?: { code?: string } } | undefined;
  if (reply?.ok === true) return "stored";
  if (reply?.error?.code && !RETRY_CODES.has(reply.error.code)) return "refused";
  return "retry";
}

let outbox: Outbox<Deliverable> | undefined;

function send(message: Deliverable): void {
  outbox ??= createOutbox<Deliverable>(deliver);
  outbox.add(message);
}

/** Records a capture; returns its capture key, by which later messages can refer to it. */
export function recordCapture(evidence: CapturedEvidence, captureKey: string = randomUuid()): string {
  send({ type: "capture.record", captureKey, title: document.title, evidence });
  return captureKey;
}

export type OutcomeReport = Omit<Extract<ContentMessage, { type: "capture.outcome" }>, "type" | "captureKey" | "title">;

/** Records what the page showed after a contact attempt made from it. */
export function recordOutcome(outcome: OutcomeReport): void {
  send({ type: "capture.outcome", captureKey: randomUuid(), title: document.title, ...outcome });
}
