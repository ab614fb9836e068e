// How many: digits, number words in English or French, "a"/"un", and ranges ("3-5", "3 à 5",
// "between 3 and 5", "24/48h"), of which the promise is the upper end.
import { ENGLISH_NUMBER, englishNumber } from "./english-numbers";
import { FRENCH_NUMBER, frenchNumber } from "./french-numbers";
import { B0, B1 } from "./text-spans";

const ONE = "an|a|une|un|a single";
const SINGLE = `(?:\\d{1,4}(?:[.,]\\d{1,2})?|${B0}(?:${ENGLISH_NUMBER}|${FRENCH_NUMBER}|${ONE})${B1})`;

/** Regex source for an amount or a range of amounts; captures nothing. */
export const AMOUNT = `(?:(?:between|entre) ${SINGLE} (?:and|et) ${SINGLE}|${SINGLE}(?: ?(?:-|/|to|à|a|or|ou) ?${SINGLE})?)`;

function single(text: string): number | undefined {
  const word = text.trim();
  if (/^\d/.test(word)) return Number(word.replace(",", "."));
  if (["a", "an", "un", "une", "a single"].includes(word)) return 1;
  return englishNumber(word) ?? frenchNumber(word);
}

const RANGE = new RegExp(
  `^(?:between |entre )?(${SINGLE})(?: ?(?:-|/|to|à|a|or|ou|and|et) ?(${SINGLE}))?$`,
  "u",
);

/** The value of a matched AMOUNT; for a range, the larger end. */
export function amountValue(text: string): number | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  const low = single(match[1] ?? "");
  const high = match[2] === undefined ? low : single(match[2]);
  if (low === undefined || high === undefined || Number.isNaN(low) || Number.isNaN(high)) return undefined;
  return Math.max(low, high);
}
