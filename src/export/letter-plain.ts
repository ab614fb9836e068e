// A claim letter as plain text, for pasting into an e-mail: the same blocks as the printed letter, a
// blank line between them, the facts numbered with their events, blanks written "[to fill in: …]".
import { paragraphText, type LetterModel, type Paragraph } from "../domain/letters/letter-model";

export function renderLetterText(letter: LetterModel): string {
  const { words } = letter;
  const text = (p: Paragraph) => paragraphText(p, words.toFill);
  const blocks: string[] = [
    letter.sender.map(text).join("\n"),
    letter.recipient.map(text).join("\n"),
    [letter.dateLine, letter.sending].filter(Boolean).join("\n"),
    [`${words.subject} ${text(letter.subject)}`, ...letter.references.map(text)].join("\n"),
    letter.salutation,
    ...letter.opening.map(text),
  ];
  if (letter.facts.length > 0) {
    const items = letter.facts.map((f, i) => `${i + 1}. ${f.text} (${words.factEvents.replace("$1", f.from.join(", "))})`);
    blocks.push([words.factsHeading.toUpperCase(), words.factsLead, "", ...items].join("\n"));
  }
  blocks.push(...letter.claim.map(text), letter.closing, text(letter.signature), [words.annexHeading.toUpperCase(), ...letter.annex].join("\n"));
  if (letter.missing.length > 0) blocks.push([words.missingHeading.toUpperCase(), ...letter.missing.map((m) => `- ${m.label}`)].join("\n"));
  return `${blocks.filter((b) => b.trim() !== "").join("\n\n")}\n`;
}
