// Reads the page shown after a form was sent: did the brand confirm it, and under which reference?
import { wordsPattern } from "./word-pattern";

export type OutcomeStatus = "confirmed" | "error" | "unconfirmed";

export interface OutcomeReading {
  status: OutcomeStatus;
  reference?: string;
}

// A reference is a run of letters, digits and separators containing at least one digit.
const REF = String.raw`([A-Z]{0,6}[-/ ]?\d[\w/-]{2,30})`;
const REFERENCE_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:ticket|case|claim|request|complaint|reference|ref\.?|tracking|order|incident)\s*(?:number|no\.?|n°|nr\.?|id|#)?\s*(?:is|:|#)?\s*#?\s*${REF}`, "i"),
  new RegExp(String.raw`\b(?:n°|num[ée]ro)\s*(?:de\s+)?(?:dossier|ticket|demande|r[ée]clamation|suivi|r[ée]f[ée]rence)\s*(?:est|:)?\s*#?\s*${REF}`, "i"),
  new RegExp(String.raw`\b(?:votre\s+)?(?:demande|dossier|r[ée]clamation|ticket)\s*(?:n°|num[ée]ro|no\.?)\s*:?\s*#?\s*${REF}`, "i"),
  new RegExp(String.raw`\br[ée]f[ée]rence\s*(?:de\s+votre\s+\w+\s*)?(?:est|:)?\s*#?\s*${REF}`, "i"),
];

const PARTICIPLE = "(?:reçue?s?|recue?s?|envoy[ée]e?s?|transmise?s?|enregistr[ée]e?s?|prise? en compte)";
const CONFIRMED = wordsPattern([
  "thank you",
  "thanks",
  "we(?:'ve| have) received",
  "has been (?:sent|received|submitted)",
  "was (?:sent|received|submitted)",
  "successfully",
  // "Merci de réessayer" asks for something: it is not a thank-you.
  "merci(?!\\s+(?:de|d'|d’))",
  `bien (?:été )?${PARTICIPLE}`,
  `a (?:bien )?été ${PARTICIPLE}`,
  "nous avons (?:bien )?reçu",
  "confirmation",
]);
const ERROR = wordsPattern([
  "error",
  "failed",
  "could not be sent",
  "try again",
  "went wrong",
  "invalid",
  "erreur",
  "échec",
  "a échoué",
  "échoué",
  "n'a pas pu",
  "n’a pas pu",
  "réessayer",
  "veuillez corriger",
  "merci de corriger",
  "required field",
  "champ obligatoire",
]);

export function extractReference(text: string): string | undefined {
  for (const pattern of REFERENCE_PATTERNS) {
    const match = pattern.exec(text);
    const ref = match?.[1]?.trim().replace(/[.,;:]+$/, "");
    if (ref && /\d/.test(ref)) return ref;
  }
  return undefined;
}

export function readOutcome(text: string): OutcomeReading {
  const saysThanks = CONFIRMED.test(text);
  // An error page may echo a number ("invalid order number 123456"): without words of
  // confirmation, error words win over a reference.
  if (ERROR.test(text) && !saysThanks) return { status: "error" };
  const reference = extractReference(text);
  if (saysThanks || reference !== undefined) return reference ? { status: "confirmed", reference } : { status: "confirmed" };
  return { status: "unconfirmed" };
}
