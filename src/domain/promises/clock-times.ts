// Wall-clock deadlines: "tomorrow before 6pm", "demain avant 18h", "before 6 p.m. today", "by end of day".
// Choices, so that every deadline is one instant:
// - a day word alone means the end of that day, 23:59 ("tomorrow", "le jour même", "by end of day");
// - "morning" means before noon, "afternoon" before 18:00, "evening"/"tonight" the end of the day;
// - "close of business" is 17:00; "midnight" is 23:59 of the same day;
// - a time without a day word is today ("I'll call you before 6pm");
// - a range on a given day ("between 8am and 12pm tomorrow") is due at its end.
// Weekdays ("on Monday") are not read: they depend on the day the promise was made.
import type { z } from "zod";
import type { BeforeTimeDeadline } from "./promise-reading";
import { B0, B1, blank, gap, matchesOf, rules, spanOf, type Span } from "./text-spans";

type BeforeTime = z.infer<typeof BeforeTimeDeadline>;

export interface ClockTime {
  hour: number;
  minute: number;
}

/** Regex source for a time of day, without captures. Bare "18h" forms need a word before them (see LEAD). */
export const CLOCK = [
  String.raw`\d{1,2}(?:[:.]\d{2})? ?(?:a\.m\.|p\.m\.|am${B1}|pm${B1})`,
  String.raw`\d{1,2}:\d{2}${B1}`,
  String.raw`\d{1,2} ?h ?\d{2}${B1}`,
  String.raw`\d{1,2} ?h${B1}`,
  String.raw`\d{1,2} heures?(?: \d{2})?${B1}`,
  `${B0}(?:noon|midday|midnight|midi|minuit)${B1}`,
].join("|");

/** Words that make a number a time of day rather than a duration: "avant 18h", "by 5pm". */
const LEAD = `${B0}(?:before|by|until|till|no later than|at the latest by|at|around|avant|d'ici|jusqu'à|jusqu'a|au plus tard à|à|vers)`;

/** Value of a matched CLOCK. */
export function clockValue(text: string): ClockTime | undefined {
  const word = text.trim();
  if (/^(?:noon|midday|midi)$/.test(word)) return { hour: 12, minute: 0 };
  if (/^(?:midnight|minuit)$/.test(word)) return { hour: 23, minute: 59 };
  const match = /^(\d{1,2})(?:\s*(?:[:.h]|heures?)\s*(\d{2})?)?\s*(a\.?m\.?|p\.?m\.?)?$/u.exec(word);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const half = match[3];
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.startsWith("p") ? 12 : 0);
    if (hour === 0 && minute === 0) return { hour: 23, minute: 59 }; // "by 12am" = by midnight
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

interface DayWord {
  pattern: RegExp;
  dayOffset: number;
  hour: number;
  minute: number;
  /** Counted from the day the words were said ("tomorrow"), rather than from each request ("the same day"). */
  saidDay: boolean;
}

const dayWord = (source: string, dayOffset: number, hour: number, minute: number, saidDay: boolean): DayWord => ({
  pattern: rules(`${B0}(?:${source})${B1}`),
  dayOffset,
  hour,
  minute,
  saidDay,
});

// Longest phrases first: each is blanked once read, so "après-demain" is not read again as "demain".
const DAY_WORDS: DayWord[] = [
  dayWord("the day after tomorrow|après-demain|apres-demain|surlendemain", 2, 23, 59, true),
  dayWord("tomorrow (?:in the )?morning|demain (?:matin|(?:dans la |en )?matinée)", 1, 12, 0, true),
  dayWord("tomorrow (?:in the )?afternoon|demain (?:dans l'|en )?(?:après-midi|aprem)", 1, 18, 0, true),
  dayWord("tomorrow (?:evening|night|in the evening)|demain (?:soir|(?:dans la |en )?soirée)", 1, 23, 59, true),
  dayWord("(?:by |before )?(?:the )?end of (?:the day )?tomorrow|tomorrow|demain", 1, 23, 59, true),
  dayWord("(?:later )?this morning|ce matin|dans la matinée|en matinée", 0, 12, 0, true),
  dayWord("this afternoon|cet après-midi|cet aprem|dans l'après-midi", 0, 18, 0, true),
  dayWord("tonight|this evening|ce soir|dans la soirée|en soirée", 0, 23, 59, true),
  dayWord("(?:close|end) of business|cob", 0, 17, 0, true),
  dayWord("(?:the )?end of (?:the )?(?:day|today)|eod|(?:la )?fin de (?:la )?journée|fin de journée", 0, 23, 59, true),
  dayWord("later today|today|aujourd'hui", 0, 23, 59, true),
  dayWord("(?:the )?same[- ]day|le jour même|dans la journée|within the day", 0, 23, 59, false),
  dayWord("the next day|the following day|le lendemain", 1, 23, 59, false),
];

/** "Requests received before noon…": a condition on the request, not a deadline. */
const CONDITION = rules(
  `${B0}(?:received|raised|sent|placed|made|submitted|logged|reçue?s?|passée?s?|envoyée?s?|déposée?s?|effectuée?s?) (?:before|by|avant|d'ici) (?:${CLOCK})`,
);
const RANGE = rules(`(?:(?:between|from|de|entre) )?(${CLOCK}) ?(?:-|to|and|à|a|et|until|till) ?(${CLOCK})`);
const LED_CLOCK = rules(`${LEAD} (${CLOCK})`);
const HALF_DAY_CLOCK = rules(String.raw`${B0}\d{1,2}(?:[:.]\d{2})? ?(?:a\.m\.|p\.m\.|am${B1}|pm${B1})`);

export interface BeforeTimeFound extends Span {
  deadline: BeforeTime;
  /** The day was named relative to when it was said (tomorrow, today), which makes the statement the clock start. */
  saidDay: boolean;
}

interface Found extends Span {
  clock: ClockTime;
}

function findClocks(text: string, hasDay: boolean): Found[] {
  const found: Found[] = [];
  let rest = text;
  const take = (match: RegExpExecArray, clockText: string | undefined) => {
    const clock = clockValue(clockText ?? "");
    if (!clock) return;
    // "d'ici 2h" is a duration; only mid-day hours read as a time after "d'ici".
    if (/^d'ici \d{1,2} ?h$/.test(match[0].trim()) && (clock.hour < 7 || clock.hour === 12)) return;
    found.push({ ...spanOf(match), clock });
    rest = blank(rest, spanOf(match));
  };
  if (hasDay) for (const match of matchesOf(RANGE, rest)) take(match, match[2]);
  for (const match of matchesOf(LED_CLOCK, rest)) take(match, match[1]);
  for (const match of matchesOf(HALF_DAY_CLOCK, rest)) take(match, match[0]);
  return found.sort((a, b) => a.start - b.start);
}

/** Before-time deadlines in the text, and the text with them blanked. */
export function findBeforeTimes(input: string): { found: BeforeTimeFound[]; rest: string } {
  let text = input;
  for (const match of matchesOf(CONDITION, text)) text = blank(text, spanOf(match));
  const days: Array<Span & { word: DayWord }> = [];
  for (const word of DAY_WORDS) {
    for (const match of matchesOf(word.pattern, text)) {
      days.push({ ...spanOf(match), word });
      text = blank(text, spanOf(match));
    }
  }
  const clocks = findClocks(text, days.length > 0);
  const found: BeforeTimeFound[] = [];
  const used = new Set<number>();
  for (const clock of clocks) {
    text = blank(text, clock);
    const near = days
      .map((day, index) => ({ day, index, distance: gap(day, clock) }))
      .filter((entry) => entry.distance <= 40 && !used.has(entry.index))
      .sort((a, b) => a.distance - b.distance)[0];
    if (near) used.add(near.index);
    found.push({
      start: Math.min(clock.start, near?.day.start ?? clock.start),
      end: Math.max(clock.end, near?.day.end ?? clock.end),
      deadline: { type: "before-time", dayOffset: near?.day.word.dayOffset ?? 0, ...clock.clock },
      saidDay: near ? near.day.word.saidDay : false,
    });
  }
  days.forEach((day, index) => {
    if (used.has(index)) return;
    const { dayOffset, hour, minute, saidDay } = day.word;
    found.push({ start: day.start, end: day.end, deadline: { type: "before-time", dayOffset, hour, minute }, saidDay });
  });
  return { found: found.sort((a, b) => a.start - b.start), rest: text };
}

/** Whether the text names a day relative to now or to the request ("tomorrow", "le jour même"). */
export function hasDayWord(text: string): boolean {
  return DAY_WORDS.some((word) => matchesOf(word.pattern, text).length > 0);
}
