// Words and numbers for the case views: durations, moments, statuses, promises, through the locale table.
import { deadlinePhrase, elapsedPhrase, promisedPhrase, type Translate } from "../../domain/cases/deadline-words";
import type { CaseStatus, Channel } from "../../domain/evidence";
import type { PromiseReading } from "../../domain/promises/promise-reading";
import { t, uiLanguage } from "../../ui/i18n";

export const translate: Translate = (key, substitutions) => t(key, substitutions);

export function statusLabel(status: CaseStatus): string {
  return t(`status_${status.replace("-", "_")}`);
}

export function channelName(channel: Channel | "none"): string {
  return channel === "none" ? t("channel_none") : t(`channel_${channel.replace(/-/g, "_")}`);
}

/** "25 min", "49h", "12 days". */
export function duration(ms: number): string {
  return elapsedPhrase(ms, translate);
}

/** "a reply within 48h". */
export function promised(reading: Pick<PromiseReading, "kind" | "deadline">): string {
  return promisedPhrase(reading, translate, uiLanguage());
}

export function deadlineWords(reading: Pick<PromiseReading, "deadline">): string {
  return reading.deadline ? deadlinePhrase(reading.deadline, translate, uiLanguage()) : t("deadlineNone");
}

// Making a date formatter costs far more than using one: a long case formats thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: "moment" | "day", timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${timeZone ?? ""}`;
  let made = formatters.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions = style === "day" ? { dateStyle: "full" } : { dateStyle: "medium", timeStyle: "short" };
    made = new Intl.DateTimeFormat(uiLanguage(), { ...options, ...(timeZone ? { timeZone } : {}) });
    formatters.set(key, made);
  }
  return made;
}

/** "3 Mar 2026, 10:02" in the reader's zone, or in `timeZone`. */
export function when(at: number, timeZone?: string): string {
  return formatter("moment", timeZone).format(at);
}

export function dayHeading(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return formatter("day", "UTC").format(Date.UTC(year, month - 1, date));
}

export function isoTime(at: number): string {
  return new Date(at).toISOString();
}
