// The contact attempts of a case: each time the person reached out and was owed an answer.
// - every contact-attempt event (a form, an e-mail, a call, a letter, a visit, a social post);
// - every chat conversation the person wrote in, from their first message: a widget that only showed a
//   bot's greeting is not an attempt;
// - an attempt whose page said it failed (an "error" outcome and no "confirmed" one) never reached the
//   brand: it is kept, marked failed, and owed nothing. A confirmation page is not an answer either: it
//   is the site acknowledging the form, by machine.
import type { Channel } from "../evidence";
import type { Anomaly } from "./anomalies";
import type { Timeline } from "./case-timeline";

export interface ContactAttempt {
  /** The contact-attempt event, or for a chat, the person's first message in it. */
  id: string;
  channel: Channel;
  at: number;
  timeZone: string;
  conversationId?: string;
  /** The page said the message could not be sent. */
  failed: boolean;
  /** Calls and visits: whom the person spoke with, as they noted it. */
  spokeWith?: string;
  /** The form's confirmation or error pages. */
  outcomeIds: string[];
}

export interface ContactAttempts {
  /** In time order. */
  list: ContactAttempt[];
  /** The attempt an event id stands for: an attempt's own id, or any message of a chat that is an attempt. */
  byEventId: ReadonlyMap<string, ContactAttempt>;
  /** Chats the person wrote in, by conversation id. */
  byConversation: ReadonlyMap<string, ContactAttempt>;
  anomalies: Anomaly[];
}

export function contactAttempts(timeline: Timeline): ContactAttempts {
  const list: ContactAttempt[] = [];
  const byEventId = new Map<string, ContactAttempt>();
  const chats = new Map<string, ContactAttempt>();
  const outcomes: Array<{ id: string; attemptId: string; status: string }> = [];
  for (const { event, at } of timeline.entries) {
    if (event.kind === "contact-attempt") {
      const spokeWith = event.payload.spokeWith?.trim();
      const attempt: ContactAttempt = {
        id: event.id,
        channel: event.payload.channel,
        at,
        timeZone: event.occurred.timeZone,
        failed: false,
        ...(spokeWith ? { spokeWith } : {}),
        outcomeIds: [],
      };
      list.push(attempt);
      byEventId.set(event.id, attempt);
    } else if (event.kind === "message" && event.payload.side === "person" && event.payload.event === "message") {
      const conversationId = event.payload.conversationId;
      let attempt = chats.get(conversationId);
      if (attempt === undefined) {
        attempt = { id: event.id, channel: "chat", at, timeZone: event.occurred.timeZone, conversationId, failed: false, outcomeIds: [] };
        chats.set(conversationId, attempt);
        list.push(attempt);
      }
      byEventId.set(event.id, attempt);
    } else if (event.kind === "contact-outcome") {
      outcomes.push({ id: event.id, attemptId: event.payload.attemptId, status: event.payload.status });
    }
  }
  const anomalies: Anomaly[] = [];
  const known = new Set(timeline.afterNow);
  const confirmed = new Set<ContactAttempt>();
  for (const outcome of outcomes) {
    const attempt = byEventId.get(outcome.attemptId);
    if (attempt === undefined) {
      if (!known.has(outcome.attemptId) && !timeline.byId.has(outcome.attemptId)) anomalies.push({ type: "unknown-reference", eventId: outcome.id, refersTo: outcome.attemptId });
      continue;
    }
    attempt.outcomeIds.push(outcome.id);
    if (outcome.status === "confirmed") confirmed.add(attempt);
    if (outcome.status === "error") attempt.failed = true;
  }
  // Any confirmation wins over an error: the person may have fixed a field and sent it again.
  for (const attempt of confirmed) attempt.failed = false;
  return { list, byEventId, byConversation: chats, anomalies };
}
