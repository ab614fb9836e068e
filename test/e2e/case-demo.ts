// A case as the son of seed 003 would have it after three weeks: the brand's "we reply within 48 hours",
// web forms confirmed and left unanswered, a chat bounced from a bot to Marie to Paul, Gertrude's call-back
// promise, a call logged by hand and corrected, an e-mail answer, notes and a scanned letter. Times are
// counted back from now, so deadlines are missed, kept and pending as the test runs.
import type { PromiseReading } from "../../src/domain/promises/promise-reading";
import { aCase, seed, type SeedEvent } from "./case-seed";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HASH = "5f2b8e3c9a1d4f6b7e8c0a2d4f6b8e0c2a4d6f8b0e2c4a6d8f0b2e4c6a8d0f2b";

function reading(kind: PromiseReading["kind"], deadline: PromiseReading["deadline"], clockStart: PromiseReading["clockStart"]): PromiseReading {
  return { kind, ...(deadline ? { deadline } : {}), clockStart, language: "en", confidence: 0.9, matched: {} };
}

export function demoCase(host: string, now = Date.now()) {
  const ago = (days: number, hours = 0) => now - days * DAY - hours * HOUR;
  const page = (path: string, title: string) => ({ url: `http://${host}${path}`, title, frameOrigin: `http://${host}`, tabId: 1 });
  const theCase = aCase("Mum's flooded wall", "Yellow Telecom", [host], ago(21), { tags: ["fibre", "water damage", "insurer"] });
  const form = (text: string) => ({ channel: "web-form" as const, fields: [{ label: "Your message", name: "message", type: "textarea", value: text, length: text.length }], target: `http://${host}/yellow/contact`, method: "POST" });
  const ids = { first: "demo-attempt-0001", call: "demo-call-000001", third: "demo-attempt-0003" };
  const events: SeedEvent[] = [
    seed("promise", { quote: "We reply within 48 hours.", context: "Thank you for writing to us. We reply within 48 hours.", reading: reading("reply-time", { type: "duration", amount: 48, unit: "hours" }, "each-contact") }, ago(21, 1), { source: page("/yellow/promise-en.html", "Contact us — Yellow Telecom") }),
    seed("contact-attempt", form("A subcontractor flooded my mother's wall while installing the fibre."), ago(21), { id: ids.first, source: page("/yellow/contact.html", "Contact customer service — Yellow Telecom") }),
    seed("contact-outcome", { attemptId: ids.first, status: "confirmed", reference: "YT-48151", pageTitle: "Request sent — Yellow Telecom" }, ago(21) + 2000, { source: page("/yellow/contact", "Request sent — Yellow Telecom") }),
    seed("response", { channel: "email", from: "Yellow customer service <care@yellow-telecom.test>", text: "We have opened ticket YT-48151. A technician will contact you.", inReplyTo: ids.first }, ago(20, 2), { byHand: true }),
    seed("message", { conversationId: "chat-1", vendor: "generic", event: "chat-started", side: "system", text: "" }, ago(14)),
    seed("message", { conversationId: "chat-1", vendor: "generic", event: "message", side: "bot", author: "Yellow Assistant", text: "Hello! How can I help you today?" }, ago(14) + 5000),
    seed("message", { conversationId: "chat-1", vendor: "generic", event: "message", side: "person", text: "The wall is still wet and nobody came." }, ago(14) + 60_000),
    seed("message", { conversationId: "chat-1", vendor: "generic", event: "handoff", side: "agent", author: "Marie <b>D.</b>", previousAuthor: "Yellow Assistant", text: "" }, ago(14) + 120_000),
    seed("message", { conversationId: "chat-1", vendor: "generic", event: "message", side: "agent", author: "Marie <b>D.</b>", text: "I am transferring you to our technical team." }, ago(14) + 180_000),
    seed("message", { conversationId: "chat-1", vendor: "generic", event: "handoff", side: "agent", author: "Paul", previousAuthor: "Marie <b>D.</b>", text: "" }, ago(14) + 240_000),
    seed("message", { conversationId: "chat-1", vendor: "generic", event: "message", side: "agent", author: "Paul", text: "I'll call you back tomorrow before 6pm." }, ago(14) + 300_000),
    seed("promise", { quote: "I'll call you back tomorrow before 6pm.", context: "Chat with Paul", reading: reading("callback", { type: "before-time", dayOffset: 1, hour: 18, minute: 0 }, "statement") }, ago(14) + 310_000, { byHand: true }),
    seed("contact-attempt", { channel: "phone", fields: [], target: "3900", durationMinutes: 40, summary: "40 minutes on hold, then cut off. سنرد على رسالتك 👍🏽" }, ago(9), { id: ids.call, byHand: true }),
    seed("correction", { supersedes: ids.call, reason: "The call was in the afternoon, not the morning.", occurred: { at: ago(9) + 5 * HOUR, timeZone: "Europe/Paris" } }, ago(8), { byHand: true }),
    seed("note", { text: "Called the insurer: they need Yellow's written answer before sending an expert." }, ago(7), { byHand: true }),
    seed("contact-attempt", form("Three weeks now. Please send someone to look at the wall."), ago(5), { id: ids.third, source: page("/yellow/contact.html", "Contact customer service — Yellow Telecom") }),
    seed("attachment", { fileName: "photo-wall.jpg", mediaType: "image/jpeg", size: 284_112, sha256: HASH }, ago(5) + 60_000, { byHand: true }),
    seed("contact-attempt", form("Still nothing. I will write to the ombudsman."), ago(1, 3), { source: page("/yellow/contact.html", "Contact customer service — Yellow Telecom") }),
  ];
  return { theCase, events };
}
