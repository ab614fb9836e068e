// Calendar-date deadlines: "by 15 March 2025", "au plus tard le 31 mai 2025", "before 31/03/2025".
// Only dates with a year are read: "le 15 mars" depends on when it was said.
// Slashed dates are day/month/year (the order used in France and the UK), unless the middle number
// cannot be a month ("03/31/2025").
import type { z } from "zod";
import type { FixedDateDeadline } from "./promise-reading";
import { B0, B1, blank, matchesOf, rules, spanOf, type Span } from "./text-spans";

type FixedDate = z.infer<typeof FixedDateDeadline>;

const MONTHS: Array<[number, string]> = [
  [1, "january|jan|janvier|janv"],
  [2, "february|feb|février|fevrier|févr|fevr"],
  [3, "march|mar|mars"],
  [4, "april|apr|avril|avr"],
  [5, "may|mai"],
  [6, "june|jun|juin"],
  [7, "july|jul|juillet|juil"],
  [8, "august|aug|août|aout"],
  [9, "september|sept|sep|septembre"],
  [10, "october|oct|octobre"],
  [11, "november|nov|novembre"],
  [12, "december|dec|décembre|decembre|déc"],
];
const MONTH = MONTHS.map(([, names]) => names).join("|");

const DAY_MONTH_YEAR = rules(`${B0}(\\d{1,2})(?:st|nd|rd|th|er)? (${MONTH})\\.? (\\d{4})${B1}`);
const MONTH_DAY_YEAR = rules(`${B0}(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})${B1}`);
const SLASHED = rules(`${B0}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})${B1}`);
const ISO = rules(`${B0}(\\d{4})-(\\d{2})-(\\d{2})${B1}`);

function monthNumber(name: string): number | undefined {
  return MONTHS.find(([, names]) => new RegExp(`^(?:${names})$`, "u").test(name))?.[0];
}

function asDate(year: number, month: number, day: number): FixedDate | undefined {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const pad = (value: number) => String(value).padStart(2, "0");
  return { type: "fixed-date", date: `${year}-${pad(month)}-${pad(day)}` };
}

export interface FixedDateFound extends Span {
  deadline: FixedDate;
}

export function findFixedDates(input: string): { found: FixedDateFound[]; rest: string } {
  let rest = input;
  const found: FixedDateFound[] = [];
  const read = (pattern: RegExp, toDate: (m: RegExpExecArray) => FixedDate | undefined) => {
    for (const match of matchesOf(pattern, rest)) {
      const deadline = toDate(match);
      if (!deadline) continue;
      found.push({ ...spanOf(match), deadline });
      rest = blank(rest, spanOf(match));
    }
  };
  read(ISO, (m) => asDate(Number(m[1]), Number(m[2]), Number(m[3])));
  read(DAY_MONTH_YEAR, (m) => {
    const month = monthNumber(m[2] ?? "");
    return month ? asDate(Number(m[3]), month, Number(m[1])) : undefined;
  });
  read(MONTH_DAY_YEAR, (m) => {
    const month = monthNumber(m[1] ?? "");
    return month ? asDate(Number(m[3]), month, Number(m[2])) : undefined;
  });
  read(SLASHED, (m) => {
    const first = Number(m[1]);
    const second = Number(m[2]);
    const year = Number(m[3]);
    return second > 12 ? asDate(year, first, second) : asDate(year, second, first);
  });
  return { found: found.sort((a, b) => a.start - b.start), rest };
}
