// Intl date formatters kept once built, and time zone names checked once: building either costs far
// more than formatting, and a dossier or a letter asks for the same few again and again. Shared by the
// dossier's times (export/time-text.ts), the letters' dates (domain/letters/letter-format.ts), the
// deadlines (domain/promises/deadline.ts) and the case figures (domain/reality/case-figures.ts).
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

const zones = new Map<string, boolean>();

/** Whether the runtime knows this IANA zone name; each name is checked once. */
export function isKnownZone(timeZone: string): boolean {
  let known = zones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone });
      known = true;
    } catch {
      known = false;
    }
    zones.set(timeZone, known);
  }
  return known;
}

/** The zone if the runtime knows it, else UTC (an event may name a zone this runtime lacks). */
export function knownZone(timeZone: string): string {
  return isKnownZone(timeZone) ? timeZone : "UTC";
}
