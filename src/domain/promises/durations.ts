// Durations: "within 48 hours", "in under 2 hours", "sous 48h", "dans les 24 heures", "2 working days",
// "sous 14 jours ouvrés", "5 jours ouvrables", "forty-eight hours", "sous quinzaine".
// Choices:
// - "jours ouvrables" (Monday–Saturday in French law) is read as business days (Monday–Friday): the model
//   has one kind of working day, and this errs on the brand's side (a later due date), never the person's;
// - "48h ouvrées" is 2 business days; business hours that are not whole days cannot be expressed;
// - months cannot be expressed either (no month unit in the model): the kind is kept, the deadline left out;
// - a duration after "for", "every", "after", "more than"… is not a deadline ("delayed by more than 30 minutes").
import type { z } from "zod";
import { AMOUNT, amountValue } from "./amounts";
import type { DurationDeadline, DurationUnit } from "./promise-reading";
import { B0, B1, blank, matchesOf, rules, spanOf, type Span } from "./text-spans";

type Duration = z.infer<typeof DurationDeadline>;
type WrittenUnit = DurationUnit | "seconds" | "business-hours" | "months";

const UNITS: Array<[WrittenUnit, string]> = [
  ["business-hours", String.raw`(?:business|working|office) hours?|heures? ouvr(?:é|e)es?|heures? ouvrables?|h ouvr(?:é|e)es?|h ouvrables?`],
  ["business-days", String.raw`(?:business|working|work) days?|workdays?|jours? ouvr(?:é|e)s?|jours? ouvrables?|j\.? ouvr(?:é|e)s?|j\.? ouvrables?`],
  ["calendar-days", String.raw`calendar days?|jours? calendaires?|jours? francs?|days?|jours?|j`],
  ["hours", String.raw`hours?|hrs?|heures?|h`],
  ["minutes", String.raw`minutes?|mins?|mn`],
  ["seconds", String.raw`seconds?|secondes?|secs?`],
  ["weeks", String.raw`weeks?|wks?|semaines?`],
  ["months", String.raw`months?|mois`],
];
const UNIT_ANCHORED = UNITS.map(([unit, source]) => [unit, new RegExp(`^(?:${source})$`, "u")] as const);
const DURATION = rules(`${B0}(${AMOUNT}) ?-?(${UNITS.map(([, source]) => source).join("|")})${B1}`);

const FIXED: Array<[RegExp, Duration]> = [
  [rules(`${B0}(?:within the (?:next )?hour|in the (?:next )?hour|dans l'heure(?: qui suit)?)${B1}`), { type: "duration", amount: 1, unit: "hours" }],
  [rules(`${B0}(?:half an hour|half-hour|half hour|demi-heure|demi heure)${B1}`), { type: "duration", amount: 30, unit: "minutes" }],
  [rules(`${B0}(?:quart d'heure|quarter of an hour|quarter-hour)${B1}`), { type: "duration", amount: 15, unit: "minutes" }],
  [rules(`${B0}(?:next (?:business|working) day|(?:le )?jour ouvré suivant|prochain jour ouvré)${B1}`), { type: "duration", amount: 1, unit: "business-days" }],
  [rules(`${B0}huitaine${B1}`), { type: "duration", amount: 8, unit: "calendar-days" }],
  [rules(`${B0}quinzaine${B1}`), { type: "duration", amount: 15, unit: "calendar-days" }],
];

const LIMIT_BEFORE = /(?:(?:no|not) (?:more|later) than|less than|under|moins de|moins d'|pas plus de|pas plus d')\s*$/u;
const NOT_A_DEADLINE_BEFORE =
  /(?:^|[^\p{L}])(?:for|pendant|durant|every|each|chaque|per|par|after|après|last|past|derniers|dernières|depuis|since|over|than|plus de|plus d'|au-delà de|beyond)\s*(?:the |les )?$/u;

export interface DurationFound extends Span {
  /** Absent when the words name a duration the model cannot express (months, "4 business hours"). */
  deadline?: Duration;
}

function expressed(amount: number, unit: WrittenUnit): Duration | undefined {
  const make = (value: number, as: DurationUnit): Duration | undefined =>
    Number.isInteger(value) && value > 0 && value <= 10_000 ? { type: "duration", amount: value, unit: as } : undefined;
  switch (unit) {
    case "seconds":
      return amount % 60 === 0 ? make(amount / 60, "minutes") : undefined;
    case "business-hours":
      return amount % 24 === 0 ? make(amount / 24, "business-days") : undefined;
    case "months":
      return undefined;
    case "hours":
      return Number.isInteger(amount) ? make(amount, "hours") : make(amount * 60, "minutes");
    case "calendar-days":
      return Number.isInteger(amount) ? make(amount, "calendar-days") : make(amount * 24, "hours");
    case "weeks":
      return Number.isInteger(amount) ? make(amount, "weeks") : make(amount * 7, "calendar-days");
    default:
      return make(amount, unit);
  }
}

export function findDurations(input: string): { found: DurationFound[]; rest: string } {
  let rest = input;
  const found: DurationFound[] = [];
  for (const [pattern, deadline] of FIXED) {
    for (const match of matchesOf(pattern, rest)) {
      found.push({ ...spanOf(match), deadline });
      rest = blank(rest, spanOf(match));
    }
  }
  for (const match of matchesOf(DURATION, rest)) {
    const before = rest.slice(Math.max(0, match.index - 30), match.index);
    if (!LIMIT_BEFORE.test(before) && NOT_A_DEADLINE_BEFORE.test(before)) continue;
    const amount = amountValue(match[1] ?? "");
    const unit = UNIT_ANCHORED.find(([, pattern]) => pattern.test(match[2] ?? ""))?.[0];
    if (amount === undefined || unit === undefined) continue;
    const deadline = expressed(amount, unit);
    found.push(deadline ? { ...spanOf(match), deadline } : spanOf(match));
    rest = blank(rest, spanOf(match));
  }
  return { found: found.sort((a, b) => a.start - b.start), rest };
}
