// "This is a promise" on a chat message or a logged call: a new promise event quoting its words, read by
// the parser, and counted from when it was said (the message's own time), not from when it was marked.
import type { Collection } from "../domain/evidence";
import { quotableWords } from "../domain/promise-quote";
import { readPromise } from "../domain/promises/promise-parser";
import type { PromiseReading } from "../domain/promises/promise-reading";
import { failure, type Reply } from "../messaging/messages";
import { database } from "../storage/database";
import { findByCaptureKey, storeByHand, type Clock } from "../storage/evidence-store";

/** Said at a moment: the deadline runs from that moment, unless it is a calendar date. */
function saidThen(reading: PromiseReading | undefined): PromiseReading | undefined {
  if (!reading) return undefined;
  return { ...reading, clockStart: reading.deadline?.type === "fixed-date" ? "fixed-date" : "statement" };
}

export async function promiseFromEvent(request: { eventId: string; requestKey: string }, collection: Collection, clock: Clock): Promise<Reply> {
  const db = database();
  const entryKey = `promise|${request.requestKey}`;
  const earlier = await findByCaptureKey(db, entryKey);
  if (earlier) return { ok: true, eventId: earlier.id, duplicate: true };
  const quoted = (await db.events.get(request.eventId))?.event;
  if (!quoted) return failure("not-found", "No such event.");
  const words = quotableWords(quoted)?.trim();
  if (!words) return failure("not-found", "This event has no words to quote.");
  const reading = saidThen(readPromise(words));
  const event = await storeByHand(
    db,
    {
      caseId: quoted.caseId,
      evidence: { kind: "promise", payload: { quote: words.slice(0, 100_000), ...(reading ? { reading } : {}), about: quoted.id } },
      occurred: quoted.occurred,
      collection,
      ...(quoted.source ? { source: quoted.source } : {}),
      entryKey,
    },
    clock,
  );
  return { ok: true, eventId: event.id, duplicate: false, ...(reading ? { reading } : {}) };
}
