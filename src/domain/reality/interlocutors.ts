// The people the person dealt with, and the hand-offs between them.
// Interlocutors: agents named in chats, whoever answered a call or received a visit (as the person
// noted it), and the senders of responses (e-mails, letters) that a person wrote. Bots and automatic
// acknowledgements are not interlocutors: nobody there needed the case explained. An agent with no name
// in a chat counts once for that chat. Names are compared without case, accents or extra spaces; an
// e-mail sender is known by the name shown, else by the address. "Gertrude" in a chat and
// "Gertrude Martin" in an e-mail stay two people: nothing says they are the same one.
// Hand-offs: in a chat, each time another agent or bot takes over, as the widget announced it (a
// hand-off event) or as seen from a new name answering.
import type { Channel, EventOfKind } from "../evidence";
import type { Timeline } from "./case-timeline";
import type { ContactAttempts } from "./contact-attempts";
import type { Answers } from "./first-answers";

export interface Interlocutor {
  /** The name as first written; empty for a chat agent who gave none. */
  name: string;
  channels: Channel[];
  /** The event where they first appear. */
  firstSeen: string;
  at: number;
  /** Every event they appear in. */
  from: string[];
}

export interface HandOff {
  eventId: string;
  conversationId: string;
  at: number;
  from?: string;
  to?: string;
}

export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").replace(/["']/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** nameKey, once per distinct name: a long case repeats a few dozen names thousands of times. */
function nameKeys(): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let key = known.get(name);
    if (key === undefined) {
      key = nameKey(name);
      known.set(name, key);
    }
    return key;
  };
}

/** "Gertrude Martin <g.martin@brand.example>" → the name; a bare address stays the address. */
function senderName(response: EventOfKind<"response">): string | undefined {
  const { from, email } = response.payload;
  const shown = email?.from?.name?.trim() || from?.replace(/<[^>]*>/, "").replace(/["']/g, "").trim();
  return shown || email?.from?.address || from?.match(/<([^>]+)>/)?.[1] || undefined;
}

export function interlocutorsOf(timeline: Timeline, attempts: ContactAttempts, answers: Answers): { list: Interlocutor[]; handOffs: HandOff[] } {
  const keyOf = nameKeys();
  const people = new Map<string, Interlocutor>();
  const meet = (key: string, name: string, channel: Channel, eventId: string, at: number) => {
    const known = people.get(key);
    if (known === undefined) {
      people.set(key, { name, channels: [channel], firstSeen: eventId, at, from: [eventId] });
      return;
    }
    if (!known.channels.includes(channel)) known.channels.push(channel);
    known.from.push(eventId);
  };
  const written = new Set(answers.responses.map((entry) => entry.event.id));
  const handOffs: HandOff[] = [];
  const responder = new Map<string, string | undefined>();

  for (const { event, at } of timeline.entries) {
    if (event.kind === "message") {
      const { side, author, previousAuthor, conversationId } = event.payload;
      const kind = event.payload.event;
      const name = author?.trim();
      if (side === "agent" && (kind === "message" || kind === "handoff") && (name || kind === "message")) {
        meet(name ? `name:${keyOf(name)}` : `chat:${conversationId}`, name ?? "", "chat", event.id, at);
      }
      if (kind === "handoff") {
        const previous = previousAuthor?.trim() || responder.get(conversationId);
        handOffs.push({ eventId: event.id, conversationId, at, ...(previous ? { from: previous } : {}), ...(name ? { to: name } : {}) });
        responder.set(conversationId, name || undefined);
      } else if (kind === "message" && (side === "agent" || side === "bot")) {
        const now = name || side;
        const before = responder.get(conversationId);
        if (before !== undefined && keyOf(before) !== keyOf(now)) handOffs.push({ eventId: event.id, conversationId, at, from: before, to: now });
        responder.set(conversationId, now);
      }
    } else if (event.kind === "contact-attempt") {
      const attempt = attempts.byEventId.get(event.id);
      if (attempt?.spokeWith) meet(`name:${keyOf(attempt.spokeWith)}`, attempt.spokeWith, attempt.channel, event.id, at);
    } else if (event.kind === "response" && written.has(event.id)) {
      const name = senderName(event);
      if (name) meet(`name:${keyOf(name)}`, name, event.payload.channel, event.id, at);
    }
  }
  return { list: [...people.values()], handOffs };
}
