// Intl date formatters kept once built, and time zone names checked once: building either costs far
// more than formatting, and a dossier or a letter asks for the same few again and again. Shared by the
// dossier's times (export/time-text.ts) and the letters' dates (domain/letters/letter-format.ts).
const formats = new Map<string, Intl.DateTimeFormat>();

/** The formatter kept under `key`, built by `make` the first time. */
export function dateTimeFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
}

const zones = new Map<string, string>();

/** The zone if the runtime knows it, else UTC (an event may name a zone this runtime lacks). */
export function knownZone(timeZone: string): string {
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
