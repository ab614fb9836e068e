// What answers a contact attempt, and when it was first answered. What counts as an answer:
// - a response event from the brand (an e-mail, a letter, a call back entered by hand…) that a person
//   wrote, not an automatic acknowledgement (see automatic-replies.ts). A response that names the attempt
//   it replies to (inReplyTo) answers that attempt only, and only when it came after it: one dated before
//   is flagged and answers nothing. A response that names none answers every attempt made before it;
// - in a chat, an agent's message after the person's first one. Bots and system lines ("an agent will be
//   with you shortly") are not answers;
// - a call or visit where the person noted whom they spoke with was answered while it happened. How long
//   they waited on hold is not recorded, so it has no response time (see case-figures.ts).
// A confirmation page (contact-outcome) is never an answer. A failed attempt is owed none.
import type { EventOfKind } from "../evidence";
import type { Anomaly } from "./anomalies";
import { isAutomaticReply, saysAutomatic } from "./automatic-replies";
import type { Timeline, TimelineEntry } from "./case-timeline";
import type { ContactAttempt, ContactAttempts } from "./contact-attempts";
import { firstAtOrAfter } from "./time-search";

export type ResponseEvent = EventOfKind<"response">;

export interface Answer {
  eventId: string;
  at: number;
  how: "response" | "chat" | "in-person";
}

export interface Answers {
  /** The first answer of each attempt that has one, by attempt id. */
  firstAnswer: ReadonlyMap<string, Answer>;
  /** Responses written by a person, in time order: what keeps a promise to get back to someone. */
  responses: TimelineEntry[];
  /** Responses taken for automatic acknowledgements. */
  automatic: string[];
  anomalies: Anomaly[];
}

/** The default rule for telling an automatic acknowledgement from an answer. */
export function isAutomaticResponse(response: ResponseEvent): boolean {
  const { payload } = response;
  return isAutomaticReply({
    text: payload.text ?? payload.email?.text,
    subject: payload.email?.subject,
    senderAddress: payload.email?.from?.address ?? payload.from,
  });
}

const earlier = (a: Answer | undefined, b: Answer, seqOf: (id: string) => number): Answer =>
  a === undefined || b.at < a.at || (b.at === a.at && seqOf(b.eventId) < seqOf(a.eventId)) ? b : a;

export function findAnswers(
  timeline: Timeline,
  attempts: ContactAttempts,
  isAutomatic: (response: ResponseEvent) => boolean = isAutomaticResponse,
): Answers {
  const seqOf = (id: string) => timeline.byId.get(id)?.seq ?? Infinity;
  const anomalies: Anomaly[] = [];
  const automatic: string[] = [];
  const responses: TimelineEntry[] = [];
  const unaddressed: TimelineEntry[] = [];
  const candidates = new Map<ContactAttempt, Answer>();
  const offer = (attempt: ContactAttempt, answer: Answer) => {
    if (!attempt.failed) candidates.set(attempt, earlier(candidates.get(attempt), answer, seqOf));
  };
  const known = new Set(timeline.afterNow);

  for (const entry of timeline.entries) {
    const { event, at } = entry;
    if (event.kind === "message") {
      const { side, text, conversationId } = event.payload;
      const attempt = attempts.byConversation.get(conversationId);
      if (event.payload.event !== "message" || side !== "agent" || attempt === undefined || at < attempt.at || saysAutomatic(text)) continue;
      offer(attempt, { eventId: event.id, at, how: "chat" });
    } else if (event.kind === "response") {
      if (isAutomatic(event)) {
        automatic.push(event.id);
        continue;
      }
      responses.push(entry);
      const to = event.payload.inReplyTo;
      const attempt = to === undefined ? undefined : attempts.byEventId.get(to);
      if (attempt === undefined) {
        if (to !== undefined && !timeline.byId.has(to) && !known.has(to)) anomalies.push({ type: "unknown-reference", eventId: event.id, refersTo: to });
        unaddressed.push(entry);
      } else if (at < attempt.at) {
        anomalies.push({ type: "response-before-attempt", eventId: event.id, attemptId: attempt.id, byMs: attempt.at - at });
      } else {
        offer(attempt, { eventId: event.id, at, how: "response" });
      }
    }
  }
  for (const attempt of attempts.list) {
    if (attempt.spokeWith !== undefined && (attempt.channel === "phone" || attempt.channel === "visit")) {
      offer(attempt, { eventId: attempt.id, at: attempt.at, how: "in-person" });
    }
    const next = unaddressed[firstAtOrAfter(unaddressed, attempt.at)];
    if (next !== undefined) offer(attempt, { eventId: next.event.id, at: next.at, how: "response" });
  }
  const firstAnswer = new Map<string, Answer>();
  for (const [attempt, answer] of candidates) firstAnswer.set(attempt.id, answer);
  return { firstAnswer, responses, automatic, anomalies };
}
