// Dates, times, durations and lists as a letter writes them, in English or French. Moments from the
// case are shown in the time zone they happened in; times the person types (a flight's arrival) are
// wall-clock times, shown as typed.
import { tz } from "@date-fns/tz";
import { differenceInCalendarDays, differenceInMonths } from "date-fns";
import { dateTimeFormat, knownZone } from "../date-formats";

export type LetterLanguage = "en" | "fr";

const locale = (lang: LetterLanguage) => (lang === "fr" ? "fr-FR" : "en-GB");

/** French writes the first of the month "1er": "1er mars 2025". */
const firstOfMonth = (text: string, lang: LetterLanguage) => (lang === "fr" ? text.replace(/^1 /, "1er ") : text);

/** "3 March 2025" / "3 mars 2025". */
export function formatDay(at: number, timeZone: string, lang: LetterLanguage): string {
  const zone = knownZone(timeZone);
  return firstOfMonth(dateTimeFormat(`day|${lang}|${zone}`, () => new Intl.DateTimeFormat(locale(lang), { dateStyle: "long", timeZone: zone })).format(at), lang);
}

/** "3 March 2025 at 09:15" / "3 mars 2025 à 09:15". */
export function formatDayTime(at: number, timeZone: string, lang: LetterLanguage): string {
  const zone = knownZone(timeZone);
  return firstOfMonth(dateTimeFormat(`time|${lang}|${zone}`, () => new Intl.DateTimeFormat(locale(lang), { dateStyle: "long", timeStyle: "short", timeZone: zone })).format(at), lang);
}

/**
 * A wall-clock time the person typed ("2025-03-03T14:05" or "2025-03-03"), counted in minutes as if it
 * were UTC: two such times typed in the same place subtract correctly, whatever the zone.
 */
export interface WallTime {
  minutes: number;
  hasTime: boolean;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

export function readWallTime(text: string): WallTime | undefined {
  const m = WALL.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map((p) => (p === undefined ? undefined : Number(p)));
  const ms = Date.UTC(year as number, (month as number) - 1, day as number, hour ?? 0, minute ?? 0);
  const check = new Date(ms);
  // 2025-02-30 would roll over to March: refuse it.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== (month as number) - 1 || check.getUTCDate() !== day) return undefined;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59) return undefined;
  return { minutes: ms / 60_000, hasTime: hour !== undefined };
}

export function formatWallTime(time: WallTime, lang: LetterLanguage): string {
  const at = time.minutes * 60_000;
  return time.hasTime ? formatDayTime(at, "UTC", lang) : formatDay(at, "UTC", lang);
}

/** "3 h 25 min", "45 min", "3 h". */
export function formatHoursMinutes(minutes: number, lang: LetterLanguage): string {
  const whole = Math.round(Math.abs(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} min`;
  if (m === 0) return `${h} h`;
  return lang === "fr" ? `${h} h ${String(m).padStart(2, "0")}` : `${h} h ${m} min`;
}

/** How late, in words a reader weighs at once: hours under two days, days beyond. */
export function formatLateness(ms: number, lang: LetterLanguage): string {
  const hours = ms / 3_600_000;
  if (hours < 48) {
    const rounded = Math.max(1, Math.round(hours));
    return lang === "fr" ? `${rounded} heure${rounded > 1 ? "s" : ""}` : `${rounded} hour${rounded > 1 ? "s" : ""}`;
  }
  const days = Math.floor(hours / 24);
  return lang === "fr" ? `${days} jours` : `${days} days`;
}

/** Calendar days and whole months from one moment to another, counted in `timeZone`. */
export function elapsed(from: number, to: number, timeZone: string): { days: number; months: number } {
  const zone = tz(knownZone(timeZone));
  return { days: differenceInCalendarDays(to, from, { in: zone }), months: differenceInMonths(to, from, { in: zone }) };
}

/** "a, b and c" / "a, b et c". */
export function formatList(items: readonly string[], lang: LetterLanguage): string {
  return new Intl.ListFormat(locale(lang), { style: "long", type: "conjunction" }).format(items);
}

export function formatNumber(value: number, lang: LetterLanguage): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(value);
}
