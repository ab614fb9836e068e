// Words that show a commitment is being made, or hedged, and who makes it.
import { B0, B1, test, rules, words } from "./text-spans";

/** Future or scheduled: "will", "we'll", "vous serez", "nous répondrons", "demain". */
const FUTURE = rules(
  `${B0}(?:will|shall|should|going to|tomorrow|today|tonight)${B1}|'ll${B1}|${B0}(?:demain|aujourd'hui|d'ici|devrait|devriez|devraient)${B1}` +
    `|${B0}\\p{L}{2,}(?:rai|ras|ra|rons|rez|ront)${B1}|${B0}(?:vais|va|allons|allez|vont) \\p{L}+(?:er|ir|re)${B1}`,
);
/** The brand or its staff speaking: a present-tense "we reply within…" is a commitment too. */
const SPEAKER = words(
  "we", "we're", "we've", "nous", "our (?:team|teams|staff|advis[eo]rs|agents)", "notre équipe", "nos équipes", "nos services",
  "un conseiller", "nos conseillers", "nos experts",
);
/** A vague deadline is still a commitment: "as soon as possible", "dans les plus brefs délais". */
const SOON = words(
  "as soon as possible", "asap", "shortly", "promptly", "au plus vite", "dès que possible", "dans les (?:plus brefs|meilleurs) délais",
  "rapidement",
);
const GUARANTEE = words(
  "guarantee\\p{L}*", "promise\\p{L}*", "commit\\p{L}*", "undertake\\p{L}*", "pledge\\p{L}*", "rest assured",
  "garanti\\p{L}*", "s'engage\\p{L}*", "nous engageons", "je m'engage", "engagement", "satisfait ou rembours\\p{L}*", "money[- ]back",
);
const HEDGE = words(
  "aims? to", "try to", "strive\\p{L}*", "endeavou?r\\p{L}*", "usually", "typically", "generally", "normally", "in most cases",
  "as a rule", "en général", "généralement", "normalement", "habituellement", "en principe", "s'efforce\\p{L}*",
  "nous efforçons", "dans la mesure du possible",
);
/** One person speaking for themselves ("I'll call you back", "je vous rappelle"): an agent, not a brand page. */
const FIRST_PERSON = rules(`${B0}(?:i|i'll|i'm|i've|i'd|je)${B1}|${B0}j'(?=\\p{L})`);

export const isFuture = (text: string): boolean => test(FUTURE, text);
export const hasSpeaker = (text: string): boolean => test(SPEAKER, text) || test(FIRST_PERSON, text);
export const isGuaranteed = (text: string): boolean => test(GUARANTEE, text);
export const isSoon = (text: string): boolean => test(SOON, text);
export const isHedged = (text: string): boolean => test(HEDGE, text);
export const isFirstPerson = (text: string): boolean => test(FIRST_PERSON, text);
