import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dueTimes } from "../../../../src/domain/promises/deadline";
import type { Deadline } from "../../../../src/domain/promises/promise-reading";
import { createDueClock } from "../../../../src/domain/reality/due-clock";
import { readCaseReality } from "../../../../src/domain/reality/reality-engine";
import { at, CaseBuilder, hours, reading } from "./case-builder";

const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  fc.record({ type: fc.constant("duration" as const), amount: fc.integer({ min: 1, max: 200 }), unit: fc.constantFrom("minutes" as const, "hours" as const, "calendar-days" as const, "business-days" as const, "weeks" as const) }),
  fc.record({ type: fc.constant("before-time" as const), dayOffset: fc.integer({ min: 0, max: 3 }), hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }),
  fc.constant({ type: "fixed-date" as const, date: "2025-10-26" }),
  fc.constant({ type: "always" as const }),
);
// Around both 2025 changes in Paris and New York.
const start = fc.record({
  at: fc.oneof(fc.integer({ min: at("2025-03-07T00:00:00Z"), max: at("2025-04-02T00:00:00Z") }), fc.integer({ min: at("2025-10-22T00:00:00Z"), max: at("2025-11-05T00:00:00Z") })),
  timeZone: fc.constantFrom("Europe/Paris", "America/New_York", "Australia/Sydney", "UTC"),
});

describe("the due clock", () => {
  it("gives what deadline.ts gives, for any sequence of asks with one clock", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(deadline, start), { minLength: 1, maxLength: 30 }), (asks) => {
        const clock = createDueClock();
        for (const [d, s] of asks) expect(clock(d, s)).toBe(dueTimes({ deadline: d }, s)[0]);
      }),
    );
  });

  it("leaves due times in a time zone the runtime does not know unknown, and the engine lists that zone", () => {
    const clock = createDueClock();
    expect(clock(hours(48), { at: 0, timeZone: "Mars/Olympus_Mons" })).toBeUndefined();
    expect([...clock.unknownTimeZones]).toEqual(["Mars/Olympus_Mons"]);

    const c = new CaseBuilder();
    c.promise("2025-03-03T09:00:00+01:00", "We reply within 48 hours", reading("reply-time", hours(48), "each-contact"));
    c.attempt("2025-03-03T10:00:00+01:00", "web-form", {}, { timeZone: "Mars/Olympus_Mons" });
    const reality = readCaseReality(c.events, { now: at("2025-04-01T00:00:00+02:00"), timeZone: "Europe/Paris" });
    expect(reality.promises[0]?.verdict?.status).toBe("pending");
    expect(reality.anomalies).toEqual([{ type: "unknown-time-zone", timeZone: "Mars/Olympus_Mons" }]);
  });
});
