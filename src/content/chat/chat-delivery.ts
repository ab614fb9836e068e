// How chat entries reach the background: through an outbox (kept until stored, retried with the same
// key), one at a time, so that a transcript is stored in the order it was read.
import type { ContentMessage } from "../../messaging/messages";
import { sendToBackground } from "../extension-api";
import { createOutbox, type Delivery } from "../outbox";

export type ChatCapture = Extract<ContentMessage, { type: "capture.record" }>;

const RETRY_CODES = new Set(["storage-failed", "internal"]);

async function deliver(message: ChatCapture): Promise<Delivery> {
  const reply = (await sendToBackground(message)) as { ok?: boolean; error?: { code?: string } } | undefined;
  if (reply?.ok === true) return "stored";
  if (reply?.error?.code && !RETRY_CODES.has(reply.error.code)) return "refused";
  return "retry";
}

export function createChatSender(send: (message: ChatCapture) => Promise<Delivery> = deliver): (message: ChatCapture) => void {
  let previous: Promise<unknown> = Promise.resolve();
  const outbox = createOutbox<ChatCapture>((message) => {
    const next = previous.then(() => send(message));
    previous = next.catch(() => undefined);
    return next;
  });
  return (message) => outbox.add(message);
}
