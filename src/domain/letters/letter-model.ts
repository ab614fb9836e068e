// A claim letter before it is printed: blocks of text, the facts it took from the case (each with the
// events it rests on), its annex, and what the person must still fill in. Plain data; the renderers
// (src/export/letter-*.ts) turn it into printable HTML or text, escaping everything.
import type { FieldId } from "./letter-fields";
import type { LetterLanguage } from "./letter-format";

export const TEMPLATES = ["complaint", "formal-notice", "air-passenger", "chargeback", "ombudsman"] as const;
export type TemplateId = (typeof TEMPLATES)[number];

/** A blank the person must still fill, shown in the letter as "[to fill in: …]". */
export interface Blank {
  fill: FieldId;
  /** What is missing, in the letter's language. */
  label: string;
}

export type Segment = string | Blank;
/** A line or paragraph: text, with blanks where something is missing. */
export type Paragraph = Segment[];

export interface Fact {
  text: string;
  /** Ids of the case's events the fact was read from. */
  from: string[];
}

export type IssueKind =
  | "missing"
  | "invalid-date"
  | "invalid-amount"
  | "invalid-distance"
  | "invalid-card-digits"
  | "same-airport"
  | "not-after-scheduled"
  /** Regulation (EC) 261/2004: in this situation no compensation is due (`detail` says why). */
  | "not-due"
  /** Regulation (EC) 261/2004 does not apply to this flight (Article 3(1)). */
  | "not-applicable";

export interface Issue {
  kind: IssueKind;
  field?: FieldId;
  /** For "not-due": the reason (ec261.ts NoCompensation). */
  detail?: string;
}

export interface AnnexReference {
  /** The dossier's file name. */
  fileName: string;
  /** Set once the signed bundle was exported for this letter. */
  manifestSha256?: string;
  fingerprint?: string;
  chain?: { head: string | null; count: number };
}

export interface LetterModel {
  template: TemplateId;
  lang: LetterLanguage;
  sender: Paragraph[];
  recipient: Paragraph[];
  /** "Paris, 3 March 2025". */
  dateLine: string;
  /** How it is sent, when that matters ("Registered letter with proof of delivery"). */
  sending?: string;
  subject: Paragraph;
  references: Paragraph[];
  salutation: string;
  /** Paragraphs before the facts. */
  opening: Paragraph[];
  facts: Fact[];
  /** Paragraphs after the facts: what the law says, what is asked, what follows. */
  claim: Paragraph[];
  closing: string;
  signature: Paragraph;
  annex: string[];
  /** The words the renderers print around the blocks, in the letter's language. */
  words: { subject: string; factsHeading: string; factsLead: string; factEvents: string; annexHeading: string; missingHeading: string; toFill: string };
  /** Every blank of the letter, once each, in order. */
  missing: Blank[];
  /** Everything the person should fix before sending, blanks included. */
  issues: Issue[];
  /** False while anything is missing or wrong: the letter can be previewed, not sent. */
  ready: boolean;
}

/** "$1 and $2" filled with text or blanks: the template's words split around its placeholders. */
export function compose(template: string, ...args: Segment[]): Paragraph {
  const out: Paragraph = [];
  let last = 0;
  for (const match of template.matchAll(/\$(\d)/g)) {
    const at = match.index ?? 0;
    if (at > last) out.push(template.slice(last, at));
    const arg = args[Number(match[1]) - 1];
    if (arg !== undefined) out.push(arg);
    last = at + match[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  // Adjacent strings joined: simpler for renderers and tests.
  return out.reduce<Paragraph>((joined, segment) => {
    const previous = joined[joined.length - 1];
    if (typeof segment === "string" && typeof previous === "string") joined[joined.length - 1] = previous + segment;
    else joined.push(segment);
    return joined;
  }, []);
}

/** How a blank reads: `toFill` ("[to fill in: $1]") around what is missing. */
export function blankText(label: string, toFill: string): string {
  return toFill.replace("$1", label);
}

/** The paragraph as plain text, blanks written with `toFill`. */
export function paragraphText(paragraph: Paragraph, toFill: string): string {
  return paragraph.map((s) => (typeof s === "string" ? s : blankText(s.label, toFill))).join("");
}
