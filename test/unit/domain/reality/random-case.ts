// Random cases for the property tests: attempts on every channel, confirmation and error pages, chats
// with bots and agents, promises of every clock start, responses (some automatic), notes; times around
// the October daylight-saving change in Paris, some in New York.
//
// Storage order. Receipts stores events as they come: an automatic capture when it happens, an entry
// by hand when the person types it (at or after the moment they state). A storage order is CONSISTENT
// when the computer's clock (`recorded`) never goes down along it. Here every event has a distinct
// `occurred` minute, so consistent orders differ only among events recorded at the same instant.
import fc from "fast-check";
import type { Channel, EvidenceEvent } from "../../../../src/domain/evidence";
import type { PromiseReading } from "../../../../src/domain/promises/promise-reading";
import type { SequencedEvent } from "../../../../src/domain/reality/case-timeline";
import { at, CaseBuilder, days, hours, reading } from "./case-builder";

export const START = at("2025-10-20T08:00:00+02:00");
const MINUTE = 60_000;
/** Events fall in the eight days after START, across the change of 26 October. */
export const SPAN_MINUTES = 8 * 24 * 60;

export const READINGS: readonly PromiseReading[] = [
  reading("reply-time", hours(48), "each-contact"),
  reading("reply-time", days(2, "business-days"), "each-contact", "fr"),
  reading("reply-time", { type: "duration", amount: 5, unit: "minutes" }, "each-contact"),
  reading("reply-time", days(1), "each-contact", "fr"),
  reading("callback", { type: "before-time", dayOffset: 1, hour: 18, minute: 0 }, "statement"),
  reading("callback", hours(2), "statement"),
  reading("refund", days(14), "order-date", "fr"),
  reading("resolution-time", days(5, "business-days"), "each-contact"),
  reading("reply-time", { type: "fixed-date", date: "2025-10-28" }, "fixed-date"),
  reading("single-contact", undefined, "statement"),
  reading("channel-availability", { type: "always" }, "each-contact"),
];
const QUOTES = ["We reply within 48 hours.", "Réponse par e-mail sous 2 jours ouvrés.", "Chat: an adviser answers in 5 minutes.", "Nous répondons sous 24h."];

type Spec =
  | { k: "attempt"; channel: Channel; spokeWith: string | undefined; newYork: boolean }
  | { k: "outcome"; target: number; status: "confirmed" | "error" | "unconfirmed" }
  | { k: "message"; conversation: number; side: "person" | "agent" | "bot" | "system"; author: string | undefined; handoff: boolean }
  | { k: "promise"; reading: number | undefined; quote: number }
  | { k: "response"; replyTo: number | undefined; automatic: boolean; from: string | undefined; channel: Channel }
  | { k: "correction"; target: number; reading: number }
  | { k: "note" };

const channel = fc.constantFrom<Channel>("web-form", "email", "phone", "letter", "visit", "social");
const name = fc.option(fc.constantFrom("Gertrude", "Anna", "Marc", "Sam", "Hélène"), { nil: undefined });
const spec: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constant("attempt" as const), channel, spokeWith: name, newYork: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("outcome" as const), target: fc.nat(), status: fc.constantFrom("confirmed" as const, "error" as const, "unconfirmed" as const) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      k: fc.constant("message" as const),
      conversation: fc.nat({ max: 2 }),
      side: fc.constantFrom("person" as const, "agent" as const, "bot" as const, "system" as const),
      author: name,
      handoff: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("promise" as const), reading: fc.option(fc.nat({ max: READINGS.length - 1 }), { nil: undefined }), quote: fc.nat({ max: QUOTES.length - 1 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant("response" as const), replyTo: fc.option(fc.nat(), { nil: undefined }), automatic: fc.boolean(), from: name, channel }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("correction" as const), target: fc.nat(), reading: fc.nat({ max: READINGS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant("note" as const) }) },
);

function build(items: ReadonlyArray<{ minute: number; delay: number; spec: Spec }>): EvidenceEvent[] {
  const c = new CaseBuilder();
  const attempts: string[] = [];
  const promises: string[] = [];
  for (const { minute, delay, spec: s } of items) {
    const time = START + minute * MINUTE;
    const byHand = { byHand: true, recordedAt: time + delay * MINUTE };
    switch (s.k) {
      case "attempt": {
        const automatic = s.channel === "web-form";
        const timing = { ...(automatic ? {} : byHand), ...(s.newYork ? { timeZone: "America/New_York" } : {}) };
        attempts.push(c.attempt(time, s.channel, s.spokeWith ? { spokeWith: s.spokeWith } : {}, timing));
        break;
      }
      case "outcome":
        if (attempts.length > 0) c.outcome(attempts[s.target % attempts.length] as string, s.status, time);
        else c.note(time, "no attempt yet", byHand);
        break;
      case "message":
        c.message(`conv-${s.conversation}`, s.side, `${s.side} says hello`, time, {
          ...(s.author ? { author: s.author } : {}),
          ...(s.handoff && s.side === "agent" ? { event: "handoff" as const } : {}),
        });
        break;
      case "promise":
        promises.push(c.promise(time, QUOTES[s.quote] as string, s.reading === undefined ? undefined : READINGS[s.reading], byHand));
        break;
      case "correction": {
        const { kind, deadline, clockStart } = READINGS[s.reading] as PromiseReading;
        // Recorded when made (distinct minutes), so two corrections of one promise always have an order.
        if (promises.length > 0) c.correctReading(promises[s.target % promises.length] as string, { kind, clockStart, ...(deadline ? { deadline } : {}) }, time, { byHand: true, recordedAt: time });
        else c.note(time, "nothing to correct", byHand);
        break;
      }
      case "response": {
        const inReplyTo = s.replyTo === undefined || attempts.length === 0 ? undefined : attempts[s.replyTo % attempts.length];
        const text = s.automatic ? "We have received your request and will reply within 48 hours." : "Here is our answer about your line.";
        c.response(time, { channel: s.channel, text, ...(s.from ? { from: s.from } : {}), ...(inReplyTo ? { inReplyTo } : {}) }, byHand);
        break;
      }
      case "note":
        c.note(time, "A note", byHand);
        break;
    }
  }
  return c.events.map((s) => s.event);
}

/** Events in a storage order where `recorded` never goes down; `ranks` break ties. */
export function consistentOrder(events: readonly EvidenceEvent[], ranks: readonly number[]): SequencedEvent[] {
  return events
    .map((event, i) => ({ event, rank: ranks[i % Math.max(1, ranks.length)] ?? 0 }))
    .sort((a, b) => a.event.recorded.at - b.event.recorded.at || a.rank - b.rank)
    .map(({ event }, i) => ({ seq: i + 1, event }));
}

/** A random case: events with distinct `occurred` minutes, entries by hand recorded up to two days later. */
export const randomCase: fc.Arbitrary<{ events: EvidenceEvent[]; now: number }> = fc
  .uniqueArray(fc.nat({ max: SPAN_MINUTES }), { minLength: 1, maxLength: 60, size: "large" })
  .chain((minutes) =>
    fc.record({
      items: fc.tuple(...minutes.map((minute) => fc.record({ minute: fc.constant(minute), delay: fc.nat({ max: 2 * 24 * 60 }), spec }))),
      // Mostly late in the case, sometimes in the middle of it or well after it.
      now: fc.integer({ min: START + (SPAN_MINUTES / 2) * MINUTE, max: START + (SPAN_MINUTES + 4 * 24 * 60) * MINUTE }),
    }),
  )
  .map(({ items, now }) => ({ events: build([...items].sort((a, b) => a.minute - b.minute)), now }));

/** A permutation of 0…n-1 drawn from `keys`. */
export function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map(({ item }) => item);
}
