// Properties of the reality engine over random cases (random-case.ts says what a consistent storage
// order is).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { EvidenceEvent } from "../../../../src/domain/evidence";
import { dueTimes } from "../../../../src/domain/promises/deadline";
import type { SequencedEvent } from "../../../../src/domain/reality/case-timeline";
import { readCaseReality, type CaseReality } from "../../../../src/domain/reality/reality-engine";
import { CaseBuilder, PARIS } from "./case-builder";
import { consistentOrder, randomCase, shuffled, START } from "./random-case";

const ORDER_DATE = { at: START - 3 * 24 * 3_600_000, timeZone: PARIS };
const read = (events: readonly SequencedEvent[], now: number): CaseReality => readCaseReality(events, { now, orderDate: ORDER_DATE });
const ranks = fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 60 });
const RUNS = { numRuns: 150 };

/**
 * An unrelated event: one that by the engine's rules can answer, start or keep nothing.
 * - a note or an attachment, at any time (the person marks none of them as keeping a promise);
 * - an event of a kind this version does not know;
 * - a response that is an automatic acknowledgement (no-reply sender);
 * - a bot's or a system line in any chat;
 * - an "unconfirmed" page after a form;
 * - any event at all — a person's first line in a new chat, a response — that occurred after `now`.
 * It is stored where a consistent storage order puts it.
 */
const unrelated = fc.record({
  type: fc.constantFrom("note", "attachment", "foreign", "automatic-reply", "bot-line", "system-line", "unconfirmed", "new-chat-after-now", "response-after-now"),
  minute: fc.integer({ min: -600, max: 16_000 }),
  conversation: fc.nat({ max: 4 }),
  target: fc.nat(),
  // Half the time, next to an event of the case (in its chat, if it is a chat line), where it could matter most.
  anchored: fc.boolean(),
  offsetMinutes: fc.integer({ min: -10, max: 30 }),
});

type Unrelated = typeof unrelated extends fc.Arbitrary<infer T> ? T : never;

function withUnrelated(events: readonly EvidenceEvent[], now: number, u: Unrelated): EvidenceEvent[] {
  const b = new CaseBuilder();
  // A chat line is anchored to something the person wrote, when they wrote anything.
  const personLines = events.filter((e) => e.kind === "message" && e.payload.side === "person");
  const near = u.type.endsWith("-line") && personLines.length > 0 ? personLines : events;
  const anchor = u.anchored ? near[u.target % near.length] : undefined;
  const time = anchor ? anchor.occurred.at + u.offsetMinutes * 60_000 : START + u.minute * 60_000;
  const conversation = anchor?.kind === "message" ? anchor.payload.conversationId : `conv-${u.conversation}`;
  const later = Math.max(time, now + 60_000);
  const attempts = events.filter((e) => e.kind === "contact-attempt").map((e) => e.id);
  switch (u.type) {
    case "note":
      b.note(time, "Unrelated note", { byHand: true });
      break;
    case "attachment":
      b.note(time, "placeholder", { byHand: true });
      break;
    case "foreign":
      b.foreign(time);
      break;
    case "automatic-reply":
      b.response(time, { from: "no-reply@brand.example", text: "Your ticket was updated." });
      break;
    case "bot-line":
      b.message(conversation, "bot", "Can I help?", time);
      break;
    case "system-line":
      b.message(conversation, "system", "Anna joined the chat", time);
      break;
    case "unconfirmed":
      if (attempts.length > 0) b.outcome(attempts[u.target % attempts.length] as string, "unconfirmed", time);
      else b.note(time, "nothing to confirm", { byHand: true });
      break;
    case "new-chat-after-now":
      b.message("conv-new", "person", "Hello?", later);
      break;
    case "response-after-now":
      b.response(later, { text: "A real answer, but later." }, { byHand: true, recordedAt: later });
      break;
  }
  const added = (b.events[0] as SequencedEvent).event;
  const fresh = { ...added, id: "evt-unrelated-1" } as EvidenceEvent;
  const extra: EvidenceEvent =
    u.type === "attachment"
      ? ({ ...fresh, kind: "attachment", payload: { fileName: "scan.pdf", mediaType: "application/pdf", size: 10, sha256: "a".repeat(64) } } as EvidenceEvent)
      : fresh;
  return [...events, extra];
}

describe("reality engine properties", () => {
  it("gives the same result for every consistent storage order and every array order", () => {
    fc.assert(
      fc.property(randomCase, ranks, ranks, ranks, ({ events, now }, tiesA, tiesB, arrayOrder) => {
        const a = read(consistentOrder(events, tiesA), now);
        const b = read(shuffled(consistentOrder(events, tiesB), arrayOrder), now);
        expect(b).toEqual(a);
        expect(a.anomalies).toEqual([]);
      }),
      RUNS,
    );
  });

  it("never changes a verdict when an unrelated event is added", () => {
    fc.assert(
      fc.property(randomCase, unrelated, ranks, ({ events, now }, u, ties) => {
        const before = read(consistentOrder(events, ties), now);
        const after = read(consistentOrder(withUnrelated(events, now, u), ties), now);
        expect(after.promises).toEqual(before.promises);
      }),
      RUNS,
    );
  });

  it("puts every promise with a deadline in exactly one of kept, broken or pending", () => {
    fc.assert(
      fc.property(randomCase, ranks, ({ events, now }, ties) => {
        const { promises, figures } = read(consistentOrder(events, ties), now);
        const withDeadline = promises.filter((p) => p.reading?.deadline !== undefined && p.reading.deadline.type !== "always").length;
        expect(figures.promisesKept.value + figures.promisesBroken.value + figures.promisesPending.value).toBe(withDeadline);
        expect(figures.promisesWithoutDeadline.value).toBe(promises.length - withDeadline);
      }),
      RUNS,
    );
  });

  it("keeps each median between the smallest and the largest response time", () => {
    fc.assert(
      fc.property(randomCase, ranks, ({ events, now }, ties) => {
        const { attempts, figures } = read(consistentOrder(events, ties), now);
        const groups = [{ figures, attempts }, ...Object.entries(figures.byChannel).map(([channel, f]) => ({ figures: f, attempts: attempts.filter((a) => a.channel === channel) }))];
        for (const group of groups) {
          const times = group.attempts.flatMap((a) => (a.firstResponseMs === undefined ? [] : [a.firstResponseMs]));
          const middle = group.figures.medianFirstResponseMs?.value;
          expect(middle === undefined).toBe(times.length === 0);
          if (middle === undefined) continue;
          expect(middle).toBeGreaterThanOrEqual(Math.min(...times));
          expect(middle).toBeLessThanOrEqual(Math.max(...times));
        }
      }),
      RUNS,
    );
  });

  it("uses the due times of promises/deadline.ts and judges each obligation by its own rule", () => {
    fc.assert(
      fc.property(randomCase, ranks, ({ events, now }, ties) => {
        const reality = read(consistentOrder(events, ties), now);
        const zoneOf = new Map(events.map((e) => [e.id, e.occurred.timeZone]));
        for (const promise of reality.promises) {
          for (const o of promise.verdict?.obligations ?? []) {
            const timeZone = o.startedBy === undefined ? ORDER_DATE.timeZone : (zoneOf.get(o.startedBy) as string);
            expect(o.due).toBe(dueTimes(promise.reading ?? {}, { at: o.start as number, timeZone })[0]);
            const due = o.due as number;
            if (o.status === "kept") expect(o.keptAt).toBeLessThanOrEqual(due);
            if (o.status === "pending") expect(due).toBeGreaterThanOrEqual(now);
            if (o.status === "broken") expect(o.late?.ms).toBeGreaterThan(0);
            if (o.late?.stillNothing) expect(o.late.ms).toBe(now - due);
          }
        }
      }),
      RUNS,
    );
  });

  it("builds every figure from events of the case", () => {
    fc.assert(
      fc.property(randomCase, ranks, ({ events, now }, ties) => {
        const { figures, promises } = read(consistentOrder(events, ties), now);
        const ids = new Set(events.filter((e) => e.occurred.at <= now).map((e) => e.id));
        const { byChannel, ...overall } = figures;
        const all = [...Object.values(overall), ...Object.values(byChannel).flatMap((f) => Object.values(f))];
        for (const figure of all) for (const id of figure.from) expect(ids.has(id)).toBe(true);
        for (const p of promises) for (const id of p.verdict?.from ?? []) expect(ids.has(id)).toBe(true);
      }),
      RUNS,
    );
  });
});
