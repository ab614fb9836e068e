// Times as a reader needs them: in the zone the person was in, with the offset shown, so that
// "14:03" is never ambiguous; and as ISO 8601 with offset for spreadsheets.
import type { DossierLanguage } from "./dossier-text";

const formats = new Map<string, Intl.DateTimeFormat>();
function format(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
}

const zones = new Map<string, string>();
/** The zone if the runtime knows it, else UTC (an event from a newer runtime may name a zone we lack). */
function safeZone(timeZone: string): string {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone });
      zone = timeZone;
    } catch {
      zone = "UTC";
    }
    zones.set(timeZone, zone);
  }
  return zone;
}

/** "12 Mar 2025, 14:03:22 GMT+1 (Europe/Paris)". */
export function readableTime(at: number, timeZone: string, lang: DossierLanguage): string {
  const zone = safeZone(timeZone);
  const f = format(`${lang}|${zone}`, () => new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: zone }));
  return `${f.format(at)} ${offsetName(at, zone)} (${timeZone})`;
}

/** "GMT+1", "GMT-4:30", "GMT". */
function offsetName(at: number, zone: string): string {
  const f = format(`offset|${zone}`, () => new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "shortOffset" }));
  return f.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
}

/** "2025-03-12T14:03:22.000+01:00": local time in `timeZone`, with its offset. */
export function isoWithOffset(at: number, timeZone: string): string {
  const zone = safeZone(timeZone);
  const f = format(`iso|${zone}`, () => new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }));
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offsetMinutes = Math.round((local - (at - (at % 1000 + 1000) % 1000)) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const ms = String(((at % 1000) + 1000) % 1000).padStart(3, "0");
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${ms}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
