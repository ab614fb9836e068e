import { describe, expect, it } from "vitest";
import { EvidenceEvent } from "../../../../src/domain/evidence";
import { caseTimeline, inStorageOrder } from "../../../../src/domain/reality/case-timeline";
import { readCaseReality } from "../../../../src/domain/reality/reality-engine";
import { at, CaseBuilder, HOUR, hours, reading } from "./case-builder";

describe("the case builder", () => {
  it("makes events the evidence schema accepts", () => {
    const c = new CaseBuilder();
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    c.outcome(attempt, "confirmed", "2025-03-03T10:00:01+01:00");
    c.message("conv-1", "agent", "Hello", "2025-03-03T10:01:00+01:00", { author: "Ann" });
    c.promise("2025-03-03T10:02:00+01:00", "We reply within 48 hours", reading("reply-time", hours(48), "each-contact"));
    c.response("2025-03-03T10:03:00+01:00", { inReplyTo: attempt });
    c.note("2025-03-03T10:04:00+01:00");
    for (const { event } of c.events) expect(EvidenceEvent.safeParse(event).success).toBe(true);
  });
});

describe("order and clock", () => {
  it("orders by storage sequence, not by the array's order", () => {
    const c = new CaseBuilder();
    const a = c.attempt("2025-03-03T10:00:00+01:00");
    const b = c.note("2025-03-03T10:00:00+01:00", "same minute", { byHand: false });
    const timeline = caseTimeline([...c.events].reverse(), at("2025-04-01T00:00:00+02:00"));
    expect(timeline.entries.map((e) => e.event.id)).toEqual([a, b]);
  });

  it("takes a plain array as storage order when asked to", () => {
    const c = new CaseBuilder();
    c.attempt("2025-03-03T10:00:00+01:00");
    c.note("2025-03-03T10:00:00+01:00", "x", { byHand: false });
    const plain = c.events.map((s) => s.event).reverse();
    const timeline = caseTimeline(inStorageOrder(plain), at("2025-04-01T00:00:00+02:00"));
    expect(timeline.entries.map((e) => e.event.id)).toEqual(plain.map((e) => e.id));
  });

  it("flags a capture whose clock went back, keeps it after what was stored before it, and measures from there", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-03T09:00:00+01:00", "We reply within 48 hours", reading("reply-time", hours(48), "each-contact"));
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    // The computer's clock was set back two days before this chat line was captured.
    const backwards = c.note("2025-03-01T10:00:00+01:00", "captured", { byHand: false });
    const reality = readCaseReality(c.events, { now: at("2025-03-10T00:00:00+01:00") });
    expect(reality.anomalies).toEqual([{ type: "clock-went-back", eventId: backwards, after: attempt, byMs: 48 * HOUR }]);
    const timeline = caseTimeline(c.events, at("2025-03-10T00:00:00+01:00"));
    expect(timeline.entries.map((e) => e.event.id)).toEqual([promise, attempt, backwards]);
    expect(timeline.byId.get(backwards)?.at).toBe(at("2025-03-03T10:00:00+01:00"));
  });

  it("does not flag a clock that moved back by less than the tolerance", () => {
    const c = new CaseBuilder();
    c.attempt("2025-03-03T10:00:00+01:00");
    c.note("2025-03-03T09:59:30+01:00", "30 s earlier", { byHand: false });
    expect(caseTimeline(c.events, at("2025-03-10T00:00:00+01:00")).anomalies).toEqual([]);
    expect(caseTimeline(c.events, at("2025-03-10T00:00:00+01:00"), 10_000).anomalies).toHaveLength(1);
  });

  it("places an event entered by hand at the time the person gave, without calling it a clock problem", () => {
    const c = new CaseBuilder();
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    const call = c.attempt("2025-02-20T15:00:00+01:00", "phone", { spokeWith: "Gertrude" }, { byHand: true, recordedAt: "2025-03-03T11:00:00+01:00" });
    const timeline = caseTimeline(c.events, at("2025-03-10T00:00:00+01:00"));
    expect(timeline.anomalies).toEqual([]);
    expect(timeline.entries.map((e) => e.event.id)).toEqual([call, attempt]);
  });

  it("leaves out what happened after now, and lists it", () => {
    const c = new CaseBuilder();
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    const later = c.response("2025-03-04T10:00:00+01:00", { inReplyTo: attempt });
    const reality = readCaseReality(c.events, { now: at("2025-03-04T09:00:00+01:00") });
    expect(reality.afterNow).toEqual([later]);
    expect(reality.attempts[0]?.status).toBe("unanswered");
  });

  it("keeps the first of two events with the same id, and flags the second", () => {
    const c = new CaseBuilder();
    c.attempt("2025-03-03T10:00:00+01:00");
    const first = c.events[0];
    if (!first) throw new Error("no event");
    const copy = { seq: 2, event: { ...first.event, occurred: { ...first.event.occurred, at: first.event.occurred.at + HOUR } } };
    const timeline = caseTimeline([first, copy], at("2025-04-01T00:00:00+02:00"));
    expect(timeline.entries).toHaveLength(1);
    expect(timeline.entries[0]?.at).toBe(first.event.occurred.at);
    expect(timeline.anomalies).toEqual([{ type: "duplicate-event", eventId: first.event.id }]);
  });
});

describe("responses and references that do not add up", () => {
  it("flags a response entered by hand with a date before the attempt it answers, and does not count it", () => {
    const c = new CaseBuilder();
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    const letter = c.response("2025-03-02T10:00:00+01:00", { channel: "letter", inReplyTo: attempt }, { byHand: true, recordedAt: "2025-03-05T10:00:00+01:00" });
    const reality = readCaseReality(c.events, { now: at("2025-03-10T00:00:00+01:00") });
    expect(reality.anomalies).toEqual([{ type: "response-before-attempt", eventId: letter, attemptId: attempt, byMs: 24 * HOUR }]);
    expect(reality.attempts[0]?.status).toBe("unanswered");
  });

  it("flags references to events the case does not hold", () => {
    const c = new CaseBuilder();
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    const outcome = c.outcome("evt-nowhere-1", "confirmed", "2025-03-03T10:00:01+01:00");
    const response = c.response("2025-03-04T10:00:00+01:00", { inReplyTo: "evt-nowhere-2" });
    const reality = readCaseReality(c.events, { now: at("2025-03-10T00:00:00+01:00") });
    expect(reality.anomalies).toEqual([
      { type: "unknown-reference", eventId: outcome, refersTo: "evt-nowhere-1" },
      { type: "unknown-reference", eventId: response, refersTo: "evt-nowhere-2" },
    ]);
    // Addressed to nothing we know, it is taken as a response to what came before it.
    expect(reality.attempts.find((a) => a.id === attempt)?.answer?.eventId).toBe(response);
  });

  it("ignores event kinds it does not know", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-03T09:00:00+01:00", "We reply within 48 hours", reading("reply-time", hours(48), "each-contact"));
    c.attempt("2025-03-03T10:00:00+01:00");
    const now = at("2025-03-10T00:00:00+01:00");
    const before = readCaseReality(c.events, { now });
    c.foreign("2025-03-04T10:00:00+01:00");
    const after = readCaseReality(c.events, { now });
    expect(after.promises).toEqual(before.promises);
    expect(after.figures).toEqual(before.figures);
    expect(after.promises[0]?.promiseId).toBe(promise);
  });
});

describe("captures stamped after the clock", () => {
  it("still come out in time order when one says it occurred after it was recorded", () => {
    const c = new CaseBuilder();
    const late = c.note("2025-03-03T12:00:00+01:00", "occurred after it was recorded", { byHand: false, recordedAt: "2025-03-03T10:00:00+01:00" });
    const next = c.note("2025-03-03T11:00:00+01:00", "next", { byHand: false });
    const timeline = caseTimeline(c.events, at("2025-04-01T00:00:00+02:00"));
    expect(timeline.entries.map((e) => e.event.id)).toEqual([next, late]);
  });
});
