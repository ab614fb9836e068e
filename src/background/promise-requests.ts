// The popup's and the dashboard's promise requests, handed over by the router.
import { failure } from "../messaging/messages";
import type { Collection } from "../domain/evidence";
import type { PrivilegedMessage, Reply } from "../messaging/messages";
import type { Clock } from "../storage/evidence-store";
import { onMenuClicked } from "./promise-actions";
import { correctReading } from "./promise-correction";
import { promiseFromEvent } from "./promise-from-event";
import { peekSelection, takePeek } from "./promise-peek";
import { recordPromise } from "./promise-recording";

export type PromiseRequest = Extract<PrivilegedMessage, { type: `promise.${string}` }>;

export interface PromiseDeps {
  clock: Clock;
  /** How captures from pages are collected (automatic), and what the person states (by hand). */
  automatic: () => Promise<Collection>;
  byHand: () => Promise<Collection>;
}

export async function handlePromiseRequest(message: PromiseRequest, deps: PromiseDeps): Promise<Reply> {
  const recordDeps = { clock: deps.clock, collection: deps.automatic };
  switch (message.type) {
    case "promise.selection":
      return { ok: true, ...(await peekSelection(message.tabId)) };
    case "promise.record": {
      const selection = takePeek(message.selectionToken, message.tabId);
      return { ok: true, outcome: await recordPromise({ tabId: message.tabId, requestKey: message.requestKey, ...(selection ? { selection } : {}) }, recordDeps) };
    }
    case "promise.menu-click": {
      // Automation cannot click the browser's menu; a person's build does not need this door.
      if (import.meta.env.VITE_RECEIPTS_TEST_BUILD !== "yes") return failure("forbidden", "Only test builds accept simulated menu clicks.");
      const { tabId, type: _type, ...click } = message;
      return { ok: true, outcome: await onMenuClicked(click, { id: tabId }, recordDeps) };
    }
    case "promise.correct":
      return correctReading(message, await deps.byHand(), deps.clock);
    case "promise.from-event":
      return promiseFromEvent(message, await deps.byHand(), deps.clock);
  }
}
