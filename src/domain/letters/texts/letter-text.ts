// The letters' words in the language asked for: one table per language, the same keys in both.
import type { LetterLanguage } from "../letter-format";
import { EN, type LetterTextKey } from "./letter-text-en";
import { FR } from "./letter-text-fr";

export type { LetterTextKey } from "./letter-text-en";

export const LETTER_TEXTS: Record<LetterLanguage, Record<LetterTextKey, string>> = { en: EN, fr: FR };

export type Say = (key: LetterTextKey, ...args: Array<string | number>) => string;

/** The text for `key` with $1, $2… replaced by `args` (plain text: the renderers escape it). */
export function sayIn(lang: LetterLanguage): Say {
  const table = LETTER_TEXTS[lang];
  return (key, ...args) => table[key].replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ""));
}

/** The text for `key` with its $1, $2… left in place, for compose() to fill with text or blanks. */
export function rawIn(lang: LetterLanguage): (key: LetterTextKey) => string {
  const table = LETTER_TEXTS[lang];
  return (key) => table[key];
}
