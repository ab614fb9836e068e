import { describe, expect, it } from "vitest";
import { epochToLocalInput, localInputToEpoch } from "../../../../src/domain/offline/local-time";

describe("date and time as typed, in the person's zone", () => {
  it("reads a datetime-local value in the given zone", () => {
    expect(localInputToEpoch("2026-03-02T14:30", "Europe/Paris")).toBe(Date.UTC(2026, 2, 2, 13, 30));
    expect(localInputToEpoch("2026-07-02T14:30", "Europe/Paris")).toBe(Date.UTC(2026, 6, 2, 12, 30));
    expect(localInputToEpoch("2026-03-02T14:30:15", "America/New_York")).toBe(Date.UTC(2026, 2, 2, 19, 30, 15));
  });

  it("refuses what is not a date and time, and dates that do not exist", () => {
    for (const bad of ["", "yesterday", "2026-03-02", "2026-02-31T10:00", "2026-13-01T10:00", "2026-03-02T24:00", "02/03/2026 14:30"]) {
      expect(localInputToEpoch(bad, "Europe/Paris")).toBeUndefined();
    }
  });

  it("gives back the value a datetime-local field shows, to the minute", () => {
    expect(epochToLocalInput(Date.UTC(2026, 2, 2, 13, 30, 59), "Europe/Paris")).toBe("2026-03-02T14:30");
    expect(epochToLocalInput(Date.UTC(2026, 2, 2, 13, 30), "Asia/Tokyo")).toBe("2026-03-02T22:30");
  });

  it("round-trips through both directions around the changes of clock (outside the repeated autumn hour)", () => {
    for (const at of [Date.UTC(2026, 2, 29, 0, 59), Date.UTC(2026, 2, 29, 1, 0), Date.UTC(2026, 9, 25, 2, 30)]) {
      expect(localInputToEpoch(epochToLocalInput(at, "Europe/Paris"), "Europe/Paris")).toBe(at);
    }
  });
});
