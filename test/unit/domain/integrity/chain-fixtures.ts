// Realistic, schema-valid events for the integrity tests, and the mutations they apply to chains.
import { EvidenceEvent } from "../../../../src/domain/evidence";
import type { EvidenceEvent as Event } from "../../../../src/domain/evidence";

const CASE_ID = "case-0001-test";
const START = 1_700_000_000_000;

const collection = {
  method: "automatic" as const,
  extensionVersion: "0.1.0",
  browser: "firefox",
  browserVersion: "128.0",
};

/** Event number `i` of a test case: a mix of kinds, with text that includes non-ASCII. */
export function makeEvent(i: number, text = `Entry ${i}: the agent said « demain » ✓`): Event {
  const id = `evt-${String(i).padStart(8, "0")}`;
  const moment = { at: START + i * 60_000, timeZone: "Europe/Paris" };
  const base = { v: 1, id, caseId: CASE_ID, recorded: moment, occurred: moment, collection, hash: null, previousHash: null };
  switch (i % 3) {
    case 0:
      return EvidenceEvent.parse({ ...base, kind: "note", payload: { text } });
    case 1:
      return EvidenceEvent.parse({
        ...base,
        kind: "message",
        source: { url: "https://shop.example/chat", title: "Chat", frameOrigin: "https://shop.example" },
        payload: { conversationId: "conv-1", side: "agent", text },
      });
    default:
      return EvidenceEvent.parse({
        ...base,
        kind: "contact-attempt",
        payload: {
          channel: "web-form",
          fields: [{ label: "Message", name: "msg", type: "textarea", value: text, length: text.length }],
          target: "https://shop.example/contact",
        },
      });
  }
}

export function makeEvents(n: number): Event[] {
  return Array.from({ length: n }, (_, i) => makeEvent(i));
}

/** The same event with the text it carries replaced (note, message or form field). */
export function withText(event: Event, text: string): Event {
  switch (event.kind) {
    case "note":
    case "message":
      return { ...event, payload: { ...event.payload, text } } as Event;
    case "contact-attempt":
      return {
        ...event,
        payload: { ...event.payload, fields: event.payload.fields.map((f) => ({ ...f, value: text })) },
      };
    default:
      throw new Error(`no text on ${event.kind}`);
  }
}

/** The text an event carries (see withText). */
export function textOf(event: Event): string {
  switch (event.kind) {
    case "note":
    case "message":
      return event.payload.text;
    case "contact-attempt":
      return event.payload.fields[0]?.value ?? "";
    default:
      throw new Error(`no text on ${event.kind}`);
  }
}

/** A hex string of the right shape that differs from `hash`. */
export function otherHash(hash: string | null): string {
  const candidate = "ab".repeat(32);
  return candidate === hash ? "cd".repeat(32) : candidate;
}

export function ref(events: readonly Event[], index: number): { index: number; eventId: string } {
  const event = events[index];
  if (!event) throw new Error(`no event at ${index}`);
  return { index, eventId: event.id };
}
