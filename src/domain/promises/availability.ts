// Availability claims: "24/7", "7j/7 24h/24", "round the clock", and opening hours ("Monday to Friday,
// 9am to 5pm", "du lundi au samedi de 9h à 19h").
// Choice: opening hours alone are a channel-availability promise without a deadline (they can be checked
// against a call made at 10am on a Tuesday). "Every day" words (7j/7, seven days a week) read as
// "always" only when no opening hours narrow them: "7j/7 de 8h à 22h" is opening hours.
import { CLOCK, hasDayWord } from "./clock-times";
import { B0, B1, blank, matchesOf, rules, spanOf, test, words, type Span } from "./text-spans";

const ALL_DAY = rules(
  `${B0}(?:${[
    String.raw`24 ?/ ?7`,
    String.raw`24 ?h? ?/ ?24`,
    String.raw`24 ?h ?sur ?24`,
    String.raw`24 heures sur 24`,
    String.raw`(?:24|twenty-four) (?:hours|hrs|h) (?:a|per) day`,
    String.raw`h24`,
    String.raw`a?round[- ]the[- ]clock`,
    String.raw`day and night|night and day|jour et nuit|nuit et jour`,
    String.raw`non[- ]stop`,
    String.raw`at any time|any ?time|à tout moment|à toute heure|à n'importe quelle heure`,
  ].join("|")})${B1}`,
);

const EVERY_DAY = rules(
  `${B0}(?:${[
    String.raw`7 ?j? ?/ ?7`,
    String.raw`(?:7|seven) days (?:a|per) week`,
    String.raw`(?:7|sept) jours sur (?:7|sept)`,
    String.raw`every day(?: of the (?:week|year))?`,
    String.raw`365 days (?:a|per) year`,
    String.raw`365 jours (?:par an|sur 365|par année)`,
    String.raw`tous les jours`,
    String.raw`all year round|toute l'année`,
  ].join("|")})${B1}`,
);

/** Fewer than seven days a week ("6 jours sur 7", "five days a week") are opening days, not a duration. */
const SOME_DAYS = rules(`${B0}(?:[1-6] ?(?:jours|j) ?(?:sur|/) ?7|(?:[1-6]|one|two|three|four|five|six) days (?:a|per) week)${B1}`);
/** Words that make a time range opening hours even on a named day ("tomorrow we'll be open from 10am to 4pm"). */
const OPEN = words("open", "opened", "ouverte?s?", "available", "disponibles?", "joignables?", "reachable");

const DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim";
const DAY_RANGE = rules(`${B0}(?:du |from )?(?:${DAY})\\.? ?(?:-|to|au|à|through|thru|till|until) ?(?:${DAY})${B1}\\.?`);
const TIME_RANGE = rules(`(?:${B0}(?:from|between|de|entre) )?(?:${CLOCK}) ?(?:-|to|and|à|a|until|till|jusqu'à) ?(?:${CLOCK})`);

export interface AvailabilityFound {
  /** Spans of an around-the-clock claim, when the text makes one. */
  always: Span[];
  /** Spans of opening hours or opening days. */
  hours: Span[];
  rest: string;
}

export function findAvailability(input: string): AvailabilityFound {
  let rest = input;
  const allDay: Span[] = [];
  const everyDay: Span[] = [];
  const hours: Span[] = [];
  let timeRanges = 0;
  for (const match of matchesOf(ALL_DAY, rest)) allDay.push(spanOf(match));
  for (const span of allDay) rest = blank(rest, span);
  for (const match of matchesOf(EVERY_DAY, rest)) everyDay.push(spanOf(match));
  for (const span of everyDay) rest = blank(rest, span);
  for (const match of matchesOf(SOME_DAYS, rest)) hours.push(spanOf(match));
  // A range of times on a named day ("between 8am and 12pm tomorrow") is a deadline, not opening hours.
  if (!hasDayWord(rest) || test(OPEN, rest)) {
    for (const match of matchesOf(TIME_RANGE, rest)) {
      hours.push(spanOf(match));
      timeRanges++;
    }
  }
  for (const span of hours) rest = blank(rest, span);
  for (const match of matchesOf(DAY_RANGE, rest)) {
    hours.push(spanOf(match));
    rest = blank(rest, spanOf(match));
  }
  const always = allDay.length > 0 ? [...allDay, ...everyDay] : timeRanges === 0 ? everyDay : [];
  if (always.length === 0) hours.push(...everyDay);
  return { always: always.sort((a, b) => a.start - b.start), hours, rest };
}
