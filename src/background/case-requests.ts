// What extension pages ask about cases: create, change (rename, close, reopen, brand, tags), the answer
// about a follow-up case, corrections, notes and attached files. Each becomes an event in the case's chain.
import type { Collection } from "../domain/evidence";
import { failure, type PrivilegedMessage, type Reply } from "../messaging/messages";
import { database } from "../storage/database";
import { caseDeletionPreview, deleteCase } from "../storage/case-deletion";
import { answerFollowUp, changeCase, correctEvent, createCase, findCase, markActiveCase, storeByHand, type Clock } from "../storage/evidence-store";
import { checkDeadlinesSoon } from "./deadline-alarms";
import { forgetCasePrompts } from "./link-prompts";

export type CaseRequest = Extract<PrivilegedMessage, { type: `case.${"create" | "change" | "follow-up" | "correct" | "note" | "attach" | "activate" | "delete"}` }>;

export async function handleCaseRequest(message: CaseRequest, collection: Collection, clock: Clock): Promise<Reply> {
  const db = database();
  switch (message.type) {
    case "case.create": {
      const created = await createCase(db, { title: message.title, brand: message.brand, tags: message.tags }, collection, clock);
      return { ok: true, caseId: created.id };
    }
    case "case.change": {
      if (!(await findCase(db, message.caseId))) return failure("not-found", "No such case.");
      const changed = await changeCase(db, message.caseId, message.edit, collection, clock);
      // A reopened case may have deadlines to watch again; a closed one has none.
      await checkDeadlinesSoon();
      return { ok: true, caseId: changed.id, status: changed.status };
    }
    case "case.follow-up": {
      const theCase = await findCase(db, message.caseId);
      if (!theCase?.follows) return failure("not-found", "This case follows no earlier case.");
      const answered = await answerFollowUp(db, message.caseId, message.answer, collection, clock);
      return { ok: true, caseId: answered.mergedInto ?? answered.id };
    }
    case "case.correct": {
      const event = await correctEvent(db, message.correction, collection, clock).catch(() => undefined);
      if (!event) return failure("invalid-message", "This event cannot be corrected that way.");
      await checkDeadlinesSoon();
      return { ok: true, eventId: event.id };
    }
    case "case.activate": {
      const theCase = await findCase(db, message.caseId);
      if (!theCase) return failure("not-found", "No such case.");
      await markActiveCase(db, theCase.id, clock.now().at);
      return { ok: true, caseId: theCase.id };
    }
    case "case.delete": {
      const preview = await caseDeletionPreview(db, message.caseId);
      if (!preview) return failure("not-found", "No such case.");
      // The person confirmed what they saw: evidence that arrived since is not deleted unseen.
      if (preview.events !== message.events) return failure("invalid-message", "changed-since-confirmed");
      const deleted = await deleteCase(db, message.caseId, clock);
      if (!deleted) return failure("not-found", "No such case.");
      await forgetCasePrompts(deleted.caseIds);
      return { ok: true, caseIds: deleted.caseIds, events: deleted.events, artifacts: deleted.artifacts };
    }
    case "case.note":
    case "case.attach": {
      if (!(await findCase(db, message.caseId))) return failure("not-found", "No such case.");
      const evidence =
        message.type === "case.note"
          ? { kind: "note" as const, payload: { text: message.text, ...(message.about ? { about: message.about } : {}) } }
          : { kind: "attachment" as const, payload: message.file };
      const entryKey = message.type === "case.note" ? message.noteKey : undefined;
      const event = await storeByHand(db, { caseId: message.caseId, evidence, collection, ...(entryKey ? { entryKey } : {}) }, clock);
      return { ok: true, eventId: event.id };
    }
  }
}
