// A promise and a wait in a few words, for notifications and at-a-glance views: "a reply within 48h",
// "49h". The words come from the locale table through `translate`, so the background (browser.i18n) and
// the pages (ui/i18n) say the same thing.
import type { Deadline, PromiseReading } from "../promises/promise-reading";
import { pluralKey } from "../plural";

export type Translate = (key: string, substitutions?: string[]) => string;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const key = (value: string) => value.replace(/-/g, "_");

/** "within 48h", "within 5 business days", "by 18:00", "by 15 March 2026". */
export function deadlinePhrase(deadline: Deadline, translate: Translate, locale: string): string {
  switch (deadline.type) {
    case "duration":
      return translate(pluralKey(`deadlineWithin_${key(deadline.unit)}`, deadline.amount, locale), [String(deadline.amount)]);
    case "before-time": {
      // 23:59 is how "by the end of the day" is written (promises/promise-reading.ts).
      const endOfDay = deadline.hour === 23 && deadline.minute === 59;
      const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(Date.UTC(2000, 0, 1, deadline.hour, deadline.minute));
      const when = deadline.dayOffset === 0 ? "Today" : deadline.dayOffset === 1 ? "NextDay" : "Later";
      return translate(`deadline${endOfDay ? "EndOfDay" : "By"}${when}`, [time, String(deadline.dayOffset)]);
    }
    case "fixed-date": {
      const [year, month, day] = deadline.date.split("-").map(Number) as [number, number, number];
      return translate("deadlineByDate", [new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day))]);
    }
    case "always":
      return translate("deadlineAlways");
  }
}

/** "a reply within 48h", "a refund within 14 days". */
export function promisedPhrase(reading: Pick<PromiseReading, "kind" | "deadline">, translate: Translate, locale: string): string {
  const deadline = reading.deadline ? deadlinePhrase(reading.deadline, translate, locale) : "";
  return translate(`promised_${key(reading.kind)}`, [deadline]).trim();
}

/** A wait said the way people say it: "25 min", "49h", "12 days". */
export function elapsedPhrase(ms: number, translate: Translate): string {
  const positive = Math.max(0, ms);
  if (positive < HOUR) return translate("elapsedMinutes", [String(Math.floor(positive / 60_000))]);
  if (positive < 3 * DAY) return translate("elapsedHours", [String(Math.floor(positive / HOUR))]);
  return translate("elapsedDays", [String(Math.floor(positive / DAY))]);
}
