import { describe, expect, it } from "vitest";
import { dueTimes } from "../../../../src/domain/promises/deadline";
import { readPromise } from "../../../../src/domain/promises/promise-parser";
import type { Deadline } from "../../../../src/domain/promises/promise-reading";

const PARIS = "Europe/Paris";
const at = (iso: string) => Date.parse(iso);
const due = (deadline: Deadline | undefined, startIso: string, timeZone = PARIS) =>
  dueTimes({ deadline }, { at: at(startIso), timeZone });
const duration = (amount: number, unit: Extract<Deadline, { type: "duration" }>["unit"]): Deadline => ({
  type: "duration",
  amount,
  unit,
});

describe("durations", () => {
  it("counts minutes and hours as elapsed time, across the March change in Paris", () => {
    // 29 March 2025 12:00 CET; clocks go forward on 30 March at 02:00.
    expect(due(duration(24, "hours"), "2025-03-29T12:00:00+01:00")).toEqual([at("2025-03-30T13:00:00+02:00")]);
    expect(due(duration(90, "minutes"), "2025-03-30T01:00:00+01:00")).toEqual([at("2025-03-30T03:30:00+02:00")]);
  });

  it("keeps the local time of day for calendar days across the March change", () => {
    expect(due(duration(2, "calendar-days"), "2025-03-29T10:00:00+01:00")).toEqual([at("2025-03-31T10:00:00+02:00")]);
  });

  it("keeps the local time of day for calendar days across the October change", () => {
    // 26 October 2025: clocks go back at 03:00; the local day is 25 hours long.
    const [dueAt] = due(duration(1, "calendar-days"), "2025-10-25T10:00:00+02:00");
    expect(dueAt).toBe(at("2025-10-26T10:00:00+01:00"));
    expect((dueAt ?? 0) - at("2025-10-25T10:00:00+02:00")).toBe(25 * 3_600_000);
  });

  it("counts weeks as seven local days", () => {
    expect(due(duration(1, "weeks"), "2025-03-28T09:30:00+01:00")).toEqual([at("2025-04-04T09:30:00+02:00")]);
  });

  it("skips the weekend for business days", () => {
    // Friday 24 October 2025, 18:00 in Paris.
    const friday = "2025-10-24T18:00:00+02:00";
    expect(due(duration(1, "business-days"), friday)).toEqual([at("2025-10-27T18:00:00+01:00")]);
    expect(due(duration(2, "business-days"), friday)).toEqual([at("2025-10-28T18:00:00+01:00")]);
    expect(due(duration(5, "business-days"), friday)).toEqual([at("2025-10-31T18:00:00+01:00")]);
    // Thursday + 5 business days is the next Thursday.
    expect(due(duration(5, "business-days"), "2025-06-12T11:00:00+02:00")).toEqual([at("2025-06-19T11:00:00+02:00")]);
  });

  it("counts a weekend start like the Friday before it", () => {
    expect(due(duration(1, "business-days"), "2025-06-14T11:00:00+02:00")).toEqual([at("2025-06-16T11:00:00+02:00")]);
    expect(due(duration(5, "business-days"), "2025-06-15T11:00:00+02:00")).toEqual([at("2025-06-20T11:00:00+02:00")]);
  });

  it("counts days in the person's own time zone", () => {
    // 23:30 in New York is already the next day in Paris; the due day follows New York.
    expect(due(duration(1, "calendar-days"), "2025-01-10T23:30:00-05:00", "America/New_York")).toEqual([
      at("2025-01-11T23:30:00-05:00"),
    ]);
  });
});

describe("times of day and dates", () => {
  it("is due at the wall-clock time dayOffset days after the statement, across the March change", () => {
    const tomorrowBefore6pm: Deadline = { type: "before-time", dayOffset: 1, hour: 18, minute: 0 };
    expect(due(tomorrowBefore6pm, "2025-03-29T20:00:00+01:00")).toEqual([at("2025-03-30T18:00:00+02:00")]);
    const endOfDay: Deadline = { type: "before-time", dayOffset: 0, hour: 23, minute: 59 };
    expect(due(endOfDay, "2025-03-29T08:15:00+01:00")).toEqual([at("2025-03-29T23:59:00+01:00")]);
  });

  it("moves a time skipped by the spring change forward with the clocks", () => {
    const at0230: Deadline = { type: "before-time", dayOffset: 1, hour: 2, minute: 30 };
    expect(due(at0230, "2025-03-29T12:00:00+01:00")).toEqual([at("2025-03-30T03:30:00+02:00")]);
  });

  it("is due at the end of a fixed date in the person's time zone", () => {
    const date: Deadline = { type: "fixed-date", date: "2025-03-15" };
    expect(due(date, "2025-01-01T00:00:00Z")).toEqual([at("2025-03-15T23:59:00+01:00")]);
    expect(due(date, "2025-01-01T00:00:00Z", "Asia/Tokyo")).toEqual([at("2025-03-15T23:59:00+09:00")]);
  });
});

describe("nothing to wait for", () => {
  it("has no due time for availability claims or unread deadlines", () => {
    expect(due({ type: "always" }, "2025-03-29T12:00:00Z")).toEqual([]);
    expect(due(undefined, "2025-03-29T12:00:00Z")).toEqual([]);
  });

  it("refuses an unknown time zone instead of computing in UTC", () => {
    expect(() => due(duration(2, "calendar-days"), "2025-03-29T12:00:00Z", "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("from words to a due time", () => {
  it("dates an agent's 'demain avant 18h' said on the Saturday before the March change", () => {
    const reading = readPromise("Je vous rappelle demain avant 18h.");
    expect(reading?.clockStart).toBe("statement");
    expect(reading && dueTimes(reading, { at: at("2025-03-29T16:00:00+01:00"), timeZone: PARIS })).toEqual([
      at("2025-03-30T18:00:00+02:00"),
    ]);
  });

  it("dates 'sous 2 jours ouvrés' from a Friday contact", () => {
    const reading = readPromise("Nous traitons votre demande sous 2 jours ouvrés.");
    expect(reading?.clockStart).toBe("each-contact");
    expect(reading && dueTimes(reading, { at: at("2025-10-24T09:00:00+02:00"), timeZone: PARIS })).toEqual([
      at("2025-10-28T09:00:00+01:00"),
    ]);
  });
});
