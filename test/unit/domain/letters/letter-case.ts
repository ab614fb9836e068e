// A case to write letters from: the brand's "we reply within 48 hours", a web form confirmed under a
// reference (its message carries markup), a chat passed from Julie to Paul (Julie's line is hostile
// markup) where Paul promises a call back he never makes, a refund promised with its amount, an e-mail
// left unanswered, a late written answer, and a note. Times are fixed; the letter is written 30 days on.
import type { Case, EvidenceEvent } from "../../../../src/domain/evidence";
import { letterContext, type LetterContext } from "../../../../src/domain/letters/case-facts";
import { readPromise } from "../../../../src/domain/promises/promise-parser";

export const HOSTILE = `<script>document.title="pwned"</script><img src=x onerror="alert(1)">`;
export const T0 = Date.UTC(2025, 2, 3, 8, 15, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const NOW = T0 + 30 * DAY;
const zone = "Europe/Paris";

export const LETTER_CASE: Case = {
  id: "case-letters-0001",
  title: "Fibre installation damage",
  brand: { name: "Yellow Telecom", domains: ["www.yellow-telecom.test"] },
  status: "open",
  created: { at: T0 - 60_000, timeZone: zone },
};

export const IDS = {
  standing: "evt-standing-promise",
  form: "evt-form-000001",
  outcome: "evt-outcome-00001",
  chatPerson: "evt-chat-person-1",
  julie: "evt-chat-julie-01",
  handoff: "evt-chat-handoff-1",
  paul: "evt-chat-paul-0001",
  callback: "evt-callback-promise",
  refund: "evt-refund-promise",
  email: "evt-email-000001",
  answer: "evt-answer-000001",
  note: "evt-note-000000001",
};

type Body = Pick<EvidenceEvent, "kind" | "payload"> & { source?: EvidenceEvent["source"]; byHand?: boolean };

function event(id: string, at: number, body: Body): EvidenceEvent {
  const { byHand, ...rest } = body;
  return {
    v: 1,
    id,
    caseId: LETTER_CASE.id,
    recorded: { at, timeZone: zone },
    occurred: { at, timeZone: zone },
    collection: { method: byHand ? "by-hand" : "automatic", extensionVersion: "0.1.0", browser: "chrome", browserVersion: "130" },
    hash: null,
    previousHash: null,
    ...rest,
  } as EvidenceEvent;
}

export function letterEvents(options: { refundQuote?: string; lang?: "en" | "fr" } = {}): EvidenceEvent[] {
  const source = { url: "https://www.yellow-telecom.test/contact", title: "Contact us", frameOrigin: "https://www.yellow-telecom.test" };
  const refundQuote = options.refundQuote ?? "We will refund the 49,99 € within 14 days.";
  const standing = "We reply within 48 hours.";
  const callback = "I'll call you back tomorrow before 6pm.";
  return [
    event(IDS.standing, T0 - HOUR, { kind: "promise", source, payload: { quote: standing, reading: readPromise(standing, "en") } }),
    event(IDS.form, T0, {
      kind: "contact-attempt",
      source,
      payload: {
        channel: "web-form",
        fields: [
          { label: "Your name", name: "name", type: "text", value: "Marc Dupont", length: 11 },
          { label: "Your message", name: "message", type: "textarea", value: `The wall is flooded. ${HOSTILE}`, length: 90 },
        ],
        method: "POST",
      },
    }),
    event(IDS.outcome, T0 + 2000, { kind: "contact-outcome", source, payload: { attemptId: IDS.form, status: "confirmed", reference: "YT-4411", text: "Your request YT-4411 was received." } }),
    event(IDS.chatPerson, T0 + 2 * DAY, { kind: "message", source, payload: { conversationId: "conv-1", vendor: "generic", event: "message", side: "person", text: "My wall is still wet." } }),
    event(IDS.julie, T0 + 2 * DAY + 60_000, { kind: "message", source, payload: { conversationId: "conv-1", vendor: "generic", event: "message", side: "agent", author: "Julie", text: HOSTILE } }),
    event(IDS.handoff, T0 + 2 * DAY + 120_000, { kind: "message", source, payload: { conversationId: "conv-1", vendor: "generic", event: "handoff", side: "agent", author: "Paul", previousAuthor: "Julie", text: "" } }),
    event(IDS.paul, T0 + 2 * DAY + 180_000, { kind: "message", source, payload: { conversationId: "conv-1", vendor: "generic", event: "message", side: "agent", author: "Paul", text: callback } }),
    event(IDS.callback, T0 + 2 * DAY + 200_000, { kind: "promise", byHand: true, payload: { quote: callback, reading: readPromise(callback, "en"), about: IDS.paul } }),
    event(IDS.refund, T0 + 3 * DAY, { kind: "promise", byHand: true, payload: { quote: refundQuote, reading: readPromise(refundQuote, options.lang ?? "en") } }),
    event(IDS.answer, T0 + 3 * DAY + 6 * HOUR, { kind: "response", byHand: true, payload: { channel: "email", from: "Gertrude Martin <g.martin@yellow-telecom.test>", text: "We are looking into your file and will get back to you.", inReplyTo: IDS.form } }),
    event(IDS.email, T0 + 10 * DAY, { kind: "contact-attempt", byHand: true, payload: { channel: "email", fields: [], target: "care@yellow-telecom.test", summary: "Still waiting for the technician and the refund." } }),
    event(IDS.note, T0 + 12 * DAY, { kind: "note", byHand: true, payload: { text: "Nobody called back." } }),
  ];
}

export function letterCaseContext(options: { theCase?: Case; events?: EvidenceEvent[]; now?: number } = {}): LetterContext {
  const events = options.events ?? letterEvents();
  return letterContext(options.theCase ?? LETTER_CASE, events.map((event, i) => ({ seq: i + 1, event })), options.now ?? NOW, zone);
}

export const ALL_EVENT_IDS = new Set(Object.values(IDS));
