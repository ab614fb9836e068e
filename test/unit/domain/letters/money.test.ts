import { describe, expect, it } from "vitest";
import { formatMoney, moneyInText, readNumber } from "../../../../src/domain/letters/money";
import { formatHoursMinutes, formatLateness, readWallTime } from "../../../../src/domain/letters/letter-format";
import { letterFileName } from "../../../../src/export/letter-file";
import { LETTER_CASE } from "./letter-case";

describe("sums of money", () => {
  it.each([
    ["49,99", 49.99],
    ["49.99", 49.99],
    ["1 234,50", 1234.5],
    ["1\u202f234,50", 1234.5],
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["1,234", 1234],
    ["1.234", 1234],
    ["12,5", 12.5],
    ["300", 300],
    ["0,5", 0.5],
  ])("reads %s as %d", (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it.each(["", "abc", "12,34,56.7.8", "1,2,3", "--5", "5 €"])("refuses %j", (text) => {
    expect(readNumber(text)).toBeUndefined();
  });

  it("finds the sums a brand wrote, with their currency", () => {
    expect(moneyInText("We will refund the 49,99 € within 14 days.")).toEqual([{ amount: 49.99, currency: "EUR", text: "49,99 €" }]);
    expect(moneyInText("Nous vous rembourserons 1 250,00 euros et un avoir de 20€.")).toEqual([
      { amount: 1250, currency: "EUR", text: "1 250,00 euros" },
      { amount: 20, currency: "EUR", text: "20€" },
    ]);
    expect(moneyInText("A £15 credit, or USD 30, or $12.50 back.").map((m) => [m.amount, m.currency])).toEqual([
      [15, "GBP"],
      [30, "USD"],
      [12.5, "USD"],
    ]);
    expect(moneyInText("We reply within 48 hours, reference 2025-03.")).toEqual([]);
  });

  it("writes sums each language's way", () => {
    expect(formatMoney({ amount: 49.99, currency: "EUR" }, "en")).toBe("€49.99");
    expect(formatMoney({ amount: 49.99, currency: "EUR" }, "fr")).toMatch(/^49,99\s€$/);
    expect(formatMoney({ amount: 600, currency: "EUR" }, "en")).toBe("€600");
    expect(formatMoney({ amount: 1200, currency: "GBP" }, "fr")).toMatch(/^1\s200\s£GB$|^1\s200\s£$/);
  });
});

describe("times the person types", () => {
  it("reads dates and times, refusing impossible ones", () => {
    expect(readWallTime("2025-03-01")).toEqual({ minutes: Date.UTC(2025, 2, 1) / 60_000, hasTime: false });
    expect(readWallTime("2025-03-01T13:30")).toEqual({ minutes: Date.UTC(2025, 2, 1, 13, 30) / 60_000, hasTime: true });
    for (const bad of ["2025-02-30", "2025-13-01", "2025-03-01T24:00", "01/03/2025", "tomorrow", ""]) expect(readWallTime(bad)).toBeUndefined();
  });

  it("writes durations a reader weighs at once", () => {
    expect(formatHoursMinutes(210, "en")).toBe("3 h 30 min");
    expect(formatHoursMinutes(210, "fr")).toBe("3 h 30");
    expect(formatHoursMinutes(45, "en")).toBe("45 min");
    expect(formatHoursMinutes(180, "fr")).toBe("3 h");
    expect(formatLateness(3 * 3_600_000, "en")).toBe("3 hours");
    expect(formatLateness(30 * 60_000, "fr")).toBe("1 heure");
    expect(formatLateness(5 * 86_400_000 + 1, "fr")).toBe("5 jours");
  });
});

describe("letter file names", () => {
  it("sit beside the dossier's, with the template and the language", () => {
    expect(letterFileName(LETTER_CASE, Date.UTC(2025, 3, 2), "formal-notice", "fr", "html")).toBe("receipts-Yellow-Telecom-Fibre-installation-damage-2025-04-02-letter-formal-notice-fr.html");
    expect(letterFileName({ ...LETTER_CASE, title: "../../etc/<passwd>" }, 0, "complaint", "en", "txt")).toMatch(/^receipts-[\w.-]+-letter-complaint-en\.txt$/);
  });
});
