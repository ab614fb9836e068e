// English or French, when the caller does not say: a count of frequent words and French accents.
import type { PromiseLanguage } from "./promise-reading";
import { matchesOf, words } from "./text-spans";

const FRENCH = words(
  "nous", "vous", "votre", "vos", "notre", "nos", "sous", "les", "des", "est", "une", "pour", "dans", "jours?", "heures?",
  "demain", "avant", "sera", "je", "et", "le", "la", "du", "au", "ou", "sur", "par",
);
const ENGLISH = words(
  "we", "you", "your", "our", "the", "within", "will", "hours?", "days?", "and", "to", "is", "are", "of", "in",
  "tomorrow", "before", "by", "i", "for", "with", "us",
);

export function detectLanguage(text: string): PromiseLanguage {
  const french = matchesOf(FRENCH, text).length + (text.match(/[éèêàçùâîôû]/gu)?.length ?? 0) / 2;
  const english = matchesOf(ENGLISH, text).length;
  return french > english ? "fr" : "en";
}
