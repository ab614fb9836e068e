// Builds a case's events for the reality engine tests, in storage order (seq follows the calls).
// Automatic captures are recorded when they occur; events entered by hand are recorded at `recordedAt`,
// by default when they occurred or, if later, when the last event was stored, and keep the time the
// person gave.
import type { Channel, EvidenceEvent } from "../../../../src/domain/evidence";
import type { SequencedEvent } from "../../../../src/domain/reality/case-timeline";
import type { ClockStart, Deadline, PromiseKind, PromiseReading } from "../../../../src/domain/promises/promise-reading";

export const PARIS = "Europe/Paris";
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const at = (iso: string): number => Date.parse(iso);

type Time = string | number;
const ms = (time: Time): number => (typeof time === "number" ? time : at(time));

export interface Timing {
  byHand?: boolean;
  /** When Receipts wrote it down (the computer's clock); default: when it occurred. */
  recordedAt?: Time;
  timeZone?: string;
}

export function reading(kind: PromiseKind, deadline: Deadline | undefined, clockStart: ClockStart, language: "en" | "fr" = "en"): PromiseReading {
  return { kind, ...(deadline ? { deadline } : {}), clockStart, language, confidence: 0.9, matched: {} };
}

export const hours = (amount: number): Deadline => ({ type: "duration", amount, unit: "hours" });
export const days = (amount: number, unit: "calendar-days" | "business-days" = "calendar-days"): Deadline => ({ type: "duration", amount, unit });

export class CaseBuilder {
  readonly events: SequencedEvent[] = [];
  private count = 0;
  private lastRecorded = -Infinity;

  constructor(private readonly caseId = "case-reality-0001") {}

  private add(kind: EvidenceEvent["kind"], payload: unknown, time: Time, timing: Timing = {}): string {
    const id = `evt-${String(++this.count).padStart(6, "0")}`;
    const timeZone = timing.timeZone ?? PARIS;
    const occurred = { at: ms(time), timeZone };
    // Entered by hand: written down after it happened, and after everything stored before it.
    const loggedAt = timing.byHand ? Math.max(occurred.at, this.lastRecorded) : occurred.at;
    const recorded = { at: timing.recordedAt === undefined ? loggedAt : ms(timing.recordedAt), timeZone };
    this.lastRecorded = Math.max(this.lastRecorded, recorded.at);
    const event = {
      v: 1,
      id,
      caseId: this.caseId,
      kind,
      recorded,
      occurred,
      collection: { method: timing.byHand ? "by-hand" : "automatic", extensionVersion: "0.1.0", browser: "chrome", browserVersion: "140" },
      hash: null,
      previousHash: null,
      payload,
    } as EvidenceEvent;
    this.events.push({ seq: this.events.length + 1, event });
    return id;
  }

  attempt(time: Time, channel: Channel = "web-form", extra: Record<string, unknown> = {}, timing?: Timing): string {
    return this.add("contact-attempt", { channel, fields: [], ...extra }, time, timing ?? { byHand: !["web-form", "chat"].includes(channel) });
  }

  outcome(attemptId: string, status: "confirmed" | "error" | "unconfirmed", time: Time, timing?: Timing): string {
    return this.add("contact-outcome", { attemptId, status }, time, timing);
  }

  message(conversationId: string, side: "person" | "agent" | "bot" | "system", text: string, time: Time, more: { author?: string; previousAuthor?: string; event?: "message" | "handoff" | "chat-started" | "chat-ended" } = {}, timing?: Timing): string {
    return this.add("message", { conversationId, vendor: "generic", event: "message", side, text, ...more }, time, timing);
  }

  promise(time: Time, quote: string, promiseReading?: PromiseReading, timing?: Timing): string {
    return this.add("promise", { quote, ...(promiseReading ? { reading: promiseReading } : {}) }, time, timing);
  }

  response(time: Time, payload: { channel?: Channel; from?: string; text?: string; inReplyTo?: string } = {}, timing?: Timing): string {
    return this.add("response", { channel: "email", text: "Hello, here is our answer to your question.", ...payload }, time, timing ?? { byHand: true });
  }

  /** The person's correction of how a promise reads. */
  correctReading(promiseId: string, corrected: Pick<PromiseReading, "kind" | "deadline" | "clockStart">, time: Time, timing?: Timing): string {
    return this.add("promise-reading", { promiseId, reading: corrected }, time, timing ?? { byHand: true });
  }

  note(time: Time, text = "Still waiting.", timing?: Timing): string {
    return this.add("note", { text }, time, timing ?? { byHand: true });
  }

  /** An event of a kind this version does not know, as a later version might store. */
  foreign(time: Time): string {
    return this.add("reminder-snoozed" as EvidenceEvent["kind"], { promiseId: "evt-000001" }, time);
  }
}
