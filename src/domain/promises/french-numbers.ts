// French number words up to quatre-vingt-dix-neuf ("quarante-huit heures", "sous quatorze jours").
// French counts additively except for quatre-vingts (4 × 20), so a sum of the words is enough once
// "quatre vingt" is read as 80. Both hyphens (1990 spelling) and spaces are accepted.

const VALUES: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};

const unit = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf";
const teen = "dix[- ]sept|dix[- ]huit|dix[- ]neuf|dix|onze|douze|treize|quatorze|quinze|seize";
const tens = "quatre[- ]vingts?|vingt|trente|quarante|cinquante|soixante";

/** Regex source for one French number phrase (no edges, no groups that capture). */
export const FRENCH_NUMBER = `(?:(?:${tens})(?:[- ](?:et[- ])?(?:${teen}|${unit}))?|${teen}|${unit})`;

/** Value of a phrase matched by FRENCH_NUMBER, e.g. "soixante-douze" → 72. */
export function frenchNumber(phrase: string): number | undefined {
  const parts = phrase.split(/[- ]+/).filter((word) => word !== "et");
  let total = 0;
  let index = 0;
  if (parts[0] === "quatre" && (parts[1] === "vingt" || parts[1] === "vingts")) {
    total = 80;
    index = 2;
  }
  for (; index < parts.length; index++) {
    const value = VALUES[parts[index] ?? ""];
    if (value === undefined) return undefined;
    total += value;
  }
  return total > 0 ? total : undefined;
}
