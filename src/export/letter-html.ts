// A claim letter as one printable HTML page. Every string goes through escapeHtml (what the brand wrote
// and what the person typed alike), and the page's Content-Security-Policy forbids any script: captured
// text such as "<script>" prints as those characters and runs nothing.
import { blankText, paragraphText, type LetterModel, type Paragraph } from "../domain/letters/letter-model";
import { escapeHtml as e } from "./html-escape";
import { LETTER_CSS } from "./letter-style";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A paragraph's text, blanks highlighted. */
function inline(paragraph: Paragraph, toFill: string): string {
  return paragraph.map((s) => (typeof s === "string" ? e(s) : `<mark class="to-fill">${e(blankText(s.label, toFill))}</mark>`)).join("");
}

function block(lines: readonly Paragraph[], toFill: string): string {
  return lines.map((l) => inline(l, toFill)).join("\n");
}

export function renderLetterHtml(letter: LetterModel): string {
  const { words } = letter;
  const p = (paragraph: Paragraph, cls?: string) => `<p${cls ? ` class="${cls}"` : ""}>${inline(paragraph, words.toFill)}</p>`;
  const facts = letter.facts.map((f) => `<li>${e(f.text)} <span class="events">(${e(words.factEvents.replace("$1", f.from.join(", ")))})</span></li>`);
  const parts = [
    `<!doctype html>\n<html lang="${letter.lang}">\n<head>\n<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(paragraphText(letter.subject, words.toFill))}</title>\n<style>${LETTER_CSS}</style>\n</head>\n<body>`,
    `<article class="letter">`,
    `<div class="parties"><address class="sender">${block(letter.sender, words.toFill)}</address><address class="recipient">${block(letter.recipient, words.toFill)}</address></div>`,
    `<p class="date">${e(letter.dateLine)}</p>`,
    letter.sending ? `<p class="sending">${e(letter.sending)}</p>` : "",
    `<p class="subject">${e(words.subject)} ${inline(letter.subject, words.toFill)}</p>`,
    ...letter.references.map((r) => p(r, "reference")),
    `<p>${e(letter.salutation)}</p>`,
    ...letter.opening.map((o) => p(o)),
    facts.length ? `<section class="facts"><h2>${e(words.factsHeading)}</h2><p class="lead">${e(words.factsLead)}</p><ol>${facts.join("")}</ol></section>` : "",
    ...letter.claim.map((c) => p(c)),
    `<p class="closing">${e(letter.closing)}</p>`,
    p(letter.signature, "signature"),
    `<section class="annex"><h2>${e(words.annexHeading)}</h2>${letter.annex.map((a) => `<p>${e(a)}</p>`).join("")}</section>`,
    `</article>`,
    letter.missing.length ? `<aside class="missing"><h2>${e(words.missingHeading)}</h2><ul>${letter.missing.map((m) => `<li>${e(m.label)}</li>`).join("")}</ul></aside>` : "",
    `</body>\n</html>\n`,
  ];
  return parts.filter(Boolean).join("\n");
}
