// English number words up to ninety-nine, as written in promises ("two business days", "forty-eight hours").

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
  fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const unit = Object.keys(UNITS).join("|");
const teen = Object.keys(TEENS).join("|");
const tens = Object.keys(TENS).join("|");

/** Regex source for one English number word phrase (no edges, no groups that capture). */
export const ENGLISH_NUMBER = `(?:(?:${tens})(?:[- ](?:${unit}))?|${teen}|${unit})`;

/** Value of a phrase matched by ENGLISH_NUMBER, e.g. "forty-eight" → 48. */
export function englishNumber(phrase: string): number | undefined {
  let total = 0;
  for (const word of phrase.split(/[- ]+/)) {
    const value = UNITS[word] ?? TEENS[word] ?? TENS[word];
    if (value === undefined) return undefined;
    total += value;
  }
  return total > 0 ? total : undefined;
}
