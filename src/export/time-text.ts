// Times as a reader needs them: in the zone the person was in, with the offset shown, so that
// "14:03" is never ambiguous; and as ISO 8601 with offset for spreadsheets.
import { dateTimeFormat, knownZone } from "../domain/date-formats";
import type { DossierLanguage } from "./dossier-text";

/** "12 Mar 2025, 14:03:22 GMT+1 (Europe/Paris)". */
export function readableTime(at: number, timeZone: string, lang: DossierLanguage): string {
  const zone = knownZone(timeZone);
  const f = dateTimeFormat(`readable|${lang}|${zone}`, () => new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: zone }));
  return `${f.format(at)} ${offsetName(offsetMinutes(at, zone))} (${timeZone})`;
}

/** "GMT+1", "GMT-4:30", "GMT", as Intl's shortOffset writes it. */
function offsetName(minutes: number): string {
  if (minutes === 0) return "GMT";
  const abs = Math.abs(minutes);
  return `GMT${minutes < 0 ? "-" : "+"}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, "0")}` : ""}`;
}

// A zone's offset is asked of Intl once per quarter of an hour of UTC time and zone, and kept: every
// offset change since 1970 happens on a quarter hour, and a 10,000-event dossier would otherwise spend
// most of its time in formatToParts.
const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, number>();

/** Minutes the zone is ahead of UTC at `at`. */
function offsetMinutes(at: number, zone: string): number {
  const bucket = Math.floor(at / QUARTER_HOUR);
  const key = `${zone}|${bucket}`;
  let minutes = offsets.get(key);
  if (minutes === undefined) {
    const instant = bucket * QUARTER_HOUR;
    const f = dateTimeFormat(`iso|${zone}`, () => new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }));
    const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
    const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    minutes = Math.round((local - instant) / 60_000);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, minutes);
  }
  return minutes;
}

/** "2025-03-12T14:03:22.000+01:00": local time in `timeZone`, with its offset. */
export function isoWithOffset(at: number, timeZone: string): string {
  const minutes = offsetMinutes(at, knownZone(timeZone));
  const local = new Date(at + minutes * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const abs = Math.abs(minutes);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}`;
  return `${date}T${time}${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
