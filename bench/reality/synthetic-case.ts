// A synthetic case of a given size for the reality engine's benchmark: four months of a long dispute
// with a telco, across the October daylight-saving change in Paris. Deterministic (seeded), and shaped
// like the cases in docs (the son and the telco, the journalist's protocol):
// - chats make most of the volume: a bot greets, the person writes, an agent or two take over (hand-offs),
//   some chats are left unanswered; about 60 % of events;
// - contact attempts on every channel (forms with their confirmation or error page, e-mails, calls with
//   or without someone answering, letters, social posts, visits), and the brand's responses, some of them
//   automatic acknowledgements, some addressed to an attempt;
// - promises: standing reply times pinned from brand pages more than once (48 h; 2 business days for
//   e-mails; 5 minutes in chat), agents' callbacks, refunds from the order date, dates, promises with no
//   deadline; notes and attachments fill the rest.
import type { Channel, EvidenceEvent, Moment } from "../../src/domain/evidence";
import type { SequencedEvent } from "../../src/domain/reality/case-timeline";
import type { PromiseReading } from "../../src/domain/promises/promise-reading";

const PARIS = "Europe/Paris";
const MINUTE = 60_000;
const START = Date.parse("2025-09-01T08:00:00+02:00");
const DAYS = 120;

/** mulberry32: a small seeded generator, so every run measures the same case. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const reading = (kind: PromiseReading["kind"], deadline: PromiseReading["deadline"], clockStart: PromiseReading["clockStart"], language: "en" | "fr" = "fr"): PromiseReading => ({
  kind,
  ...(deadline ? { deadline } : {}),
  clockStart,
  language,
  confidence: 0.9,
  matched: {},
});

const PROMISES: ReadonlyArray<{ weight: number; quote: string; reading: PromiseReading }> = [
  { weight: 8, quote: "Nous répondons à toutes les demandes sous 48h.", reading: reading("reply-time", { type: "duration", amount: 48, unit: "hours" }, "each-contact") },
  { weight: 4, quote: "Réponse à vos e-mails sous 2 jours ouvrés.", reading: reading("reply-time", { type: "duration", amount: 2, unit: "business-days" }, "each-contact") },
  { weight: 3, quote: "Un conseiller vous répond par chat en moins de 5 minutes.", reading: reading("reply-time", { type: "duration", amount: 5, unit: "minutes" }, "each-contact") },
  { weight: 40, quote: "Je vous rappelle demain avant 18h.", reading: reading("callback", { type: "before-time", dayOffset: 1, hour: 18, minute: 0 }, "statement") },
  { weight: 10, quote: "I'll call you back within 2 hours.", reading: reading("callback", { type: "duration", amount: 2, unit: "hours" }, "statement", "en") },
  { weight: 10, quote: "Vous serez remboursé sous 14 jours à compter de votre commande.", reading: reading("refund", { type: "duration", amount: 14, unit: "calendar-days" }, "order-date") },
  { weight: 5, quote: "Le technicien passera avant le 15 novembre.", reading: reading("resolution-time", { type: "fixed-date", date: "2025-11-15" }, "fixed-date") },
  { weight: 15, quote: "Je serai votre interlocutrice unique.", reading: reading("single-contact", undefined, "statement") },
  { weight: 5, quote: "Service client 7j/7 et 24h/24.", reading: reading("channel-availability", { type: "always" }, "each-contact") },
];

const AGENTS = Array.from({ length: 40 }, (_, i) => `Agent ${String.fromCharCode(65 + (i % 26))}${i}`);
const CHANNELS: ReadonlyArray<[Channel, number]> = [["web-form", 40], ["email", 25], ["phone", 20], ["letter", 5], ["social", 5], ["visit", 5]];

export interface SyntheticCase {
  events: SequencedEvent[];
  orderDate: Moment;
  now: number;
  counts: Record<string, number>;
}

export function syntheticCase(size = 10_000, seed = 20251026): SyntheticCase {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const weighted = <T extends { weight: number }>(items: readonly T[]): T => {
    let r = rand() * items.reduce((sum, item) => sum + item.weight, 0);
    for (const item of items) if ((r -= item.weight) <= 0) return item;
    return items[items.length - 1] as T;
  };
  const events: EvidenceEvent[] = [];
  const counts: Record<string, number> = {};
  let clock = START;
  const attempts: string[] = [];

  const add = (kind: EvidenceEvent["kind"], payload: unknown, options: { byHand?: boolean; occurredAt?: number } = {}): string => {
    const id = `evt-${String(events.length + 1).padStart(7, "0")}`;
    const recorded = { at: clock, timeZone: PARIS };
    const occurred = { at: options.occurredAt ?? clock, timeZone: PARIS };
    events.push({
      v: 1,
      id,
      caseId: "case-bench-0001",
      kind,
      recorded,
      occurred,
      collection: { method: options.byHand ? "by-hand" : "automatic", extensionVersion: "0.1.0", browser: "chrome", browserVersion: "140" },
      hash: null,
      previousHash: null,
      payload,
    } as EvidenceEvent);
    counts[kind] = (counts[kind] ?? 0) + 1;
    return id;
  };
  const tick = (maxMinutes: number) => {
    clock += Math.max(1, Math.floor(rand() * maxMinutes)) * MINUTE;
  };
  // The case's events spread over about DAYS days: a draw below makes 2.7 events on average.
  const meanGap = Math.max(2, Math.floor((DAYS * 24 * 60 * 2.7) / size / 1.6));

  let chats = 0;
  while (events.length < size) {
    tick(meanGap * 2);
    const roll = rand();
    if (roll < 0.08) {
      // A chat: bot greeting, the person, maybe agents with hand-offs.
      const conversationId = `generic:chat-${++chats}`;
      add("message", { conversationId, vendor: "generic", event: "chat-started", side: "system", text: "" });
      add("message", { conversationId, vendor: "generic", event: "message", side: "bot", author: "Yellowbot", text: "Bonjour ! Comment puis-je vous aider ?" });
      const lines = 6 + Math.floor(rand() * 24);
      let agent: string | undefined;
      for (let i = 0; i < lines && events.length < size; i++) {
        clock += (1 + Math.floor(rand() * 3)) * MINUTE;
        if (i % 2 === 0) {
          add("message", { conversationId, vendor: "generic", event: "message", side: "person", text: `Message ${i} : ma box ne fonctionne toujours pas.` });
        } else if (rand() < 0.85) {
          if (agent === undefined || rand() < 0.12) {
            const next = pick(AGENTS);
            add("message", { conversationId, vendor: "generic", event: "handoff", side: "agent", author: next, previousAuthor: agent ?? "Yellowbot", text: "" });
            agent = next;
          }
          add("message", { conversationId, vendor: "generic", event: "message", side: "agent", author: agent, text: "Je regarde votre dossier, un instant." });
        } else {
          add("message", { conversationId, vendor: "generic", event: "message", side: "system", text: "Un conseiller va vous répondre." });
        }
        if (agent && rand() < 0.01) {
          add("promise", { quote: "Je vous rappelle demain avant 18h.", context: "chat", reading: PROMISES[3]?.reading });
        }
      }
      add("message", { conversationId, vendor: "generic", event: "chat-ended", side: "system", text: "" });
    } else if (roll < 0.23) {
      const channel = weighted(CHANNELS.map(([c, weight]) => ({ c, weight }))).c;
      const byHand = channel !== "web-form";
      const answered = (channel === "phone" || channel === "visit") && rand() < 0.5;
      const id = add(
        "contact-attempt",
        { channel, fields: [], summary: "Toujours pas de connexion depuis l'intervention.", ...(answered ? { spokeWith: pick(AGENTS), durationMinutes: 20 } : {}) },
        byHand ? { byHand, occurredAt: clock - Math.floor(rand() * 600) * MINUTE } : {},
      );
      attempts.push(id);
      if (channel === "web-form") {
        clock += 2_000;
        add("contact-outcome", { attemptId: id, status: rand() < 0.1 ? "error" : "confirmed", reference: `T-${events.length}` });
      }
    } else if (roll < 0.32) {
      const automatic = rand() < 0.3;
      const inReplyTo = attempts.length > 0 && rand() < 0.4 ? pick(attempts.slice(-5)) : undefined;
      add(
        "response",
        automatic
          ? { channel: "email", from: "Yellow <ne-pas-repondre@yellow.example>", text: "Nous avons bien reçu votre demande et vous répondrons dans les meilleurs délais." }
          : { channel: pick(["email", "email", "letter", "phone"] as const), from: `${pick(AGENTS)} <service@yellow.example>`, text: "Bonjour, suite à votre demande, un technicien est planifié.", ...(inReplyTo ? { inReplyTo } : {}) },
        { byHand: true, occurredAt: clock - Math.floor(rand() * 120) * MINUTE },
      );
    } else if (roll < 0.335) {
      const promise = weighted(PROMISES);
      add("promise", { quote: promise.quote, reading: promise.reading });
    } else if (roll < 0.36) {
      add("attachment", { fileName: "photo-mur.jpg", mediaType: "image/jpeg", size: 2_000_000, sha256: "ab".repeat(32) }, { byHand: true });
    } else {
      add("note", { text: "Relance sans réponse ; le mur est toujours humide." }, { byHand: true });
    }
  }
  return {
    events: events.slice(0, size).map((event, i) => ({ seq: i + 1, event })),
    orderDate: { at: START - 10 * 24 * 60 * MINUTE, timeZone: PARIS },
    now: clock + 24 * 60 * MINUTE,
    counts,
  };
}
