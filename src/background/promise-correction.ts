// The person corrects how Receipts read a promise. The promise stays as it was recorded; the correction
// is a new promise-reading event in the same case that supersedes the reading (views show the latest).
import type { Collection, CorrectedReading } from "../domain/evidence";
import { failure, type Reply } from "../messaging/messages";
import { database } from "../storage/database";
import { storeByHand, type Clock } from "../storage/evidence-store";

export async function correctReading(
  request: { promiseId: string; reading: CorrectedReading; correctionKey: string },
  collection: Collection,
  clock: Clock,
): Promise<Reply> {
  const db = database();
  const promise = (await db.events.get(request.promiseId))?.event;
  if (promise?.kind !== "promise") return failure("not-found", "No such promise.");
  const event = await storeByHand(
    db,
    {
      caseId: promise.caseId,
      evidence: { kind: "promise-reading", payload: { promiseId: promise.id, reading: request.reading } },
      collection,
      entryKey: `promise-reading|${request.correctionKey}`,
    },
    clock,
  );
  return { ok: true, eventId: event.id };
}
