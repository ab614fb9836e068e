// What each template writes between the frame every letter shares (sender, recipient, date, greeting,
// annex, signature): its subject, the paragraphs before and after the facts, and the facts it takes.
import type { CaseFacts } from "../case-facts";
import type { LetterLanguage } from "../letter-format";
import type { Fact, Paragraph } from "../letter-model";
import type { LetterReader } from "../letter-reader";
import type { LetterTextKey, Say } from "../texts/letter-text";

export interface TemplateEnv {
  book: CaseFacts;
  read: LetterReader;
  say: Say;
  /** A text with its placeholders left in, for compose(). */
  raw: (key: LetterTextKey) => string;
  lang: LetterLanguage;
}

export interface TemplateBody {
  subject: Paragraph;
  /** How the letter is sent, when that matters. */
  sending?: string;
  references: Paragraph[];
  opening: Paragraph[];
  facts: Fact[];
  claim: Paragraph[];
}

export type Template = (env: TemplateEnv) => TemplateBody;
