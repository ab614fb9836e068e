// The readable text of an HTML-only e-mail. Markup is dropped, never interpreted: the result is
// shown as text, so a tag that survives (say, in a malformed message) reads as characters.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  agrave: "à",
  acirc: "â",
  ccedil: "ç",
  ocirc: "ô",
  ugrave: "ù",
  ucirc: "û",
  icirc: "î",
  iuml: "ï",
  euml: "ë",
  Eacute: "É",
  Egrave: "È",
  Agrave: "À",
  Ccedil: "Ç",
  laquo: "«",
  raquo: "»",
  euro: "€",
  rsquo: "\u2019",
  lsquo: "\u2018",
  ldquo: "\u201c",
  rdquo: "\u201d",
  hellip: "…",
  ndash: "–",
  mdash: "—",
  copy: "©",
  reg: "®",
};

function codePointText(code: number): string {
  // Out-of-range or surrogate code points would throw or make invalid text: show the replacement character.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (name[0] === "#") return codePointText(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** Visible text of an HTML document: paragraphs and line breaks kept, scripts, styles and comments gone. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, " ")
    .replace(/<(script|style|head|title|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, " ")
    // Line ends in the source are spaces; only the tags below make lines.
    .replace(/[ \t\r\n\f]+/g, " ")
    .replace(/<br\b[^>]*>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n• ")
    .replace(/<\/?(p|div|table|tr|ul|ol|h[1-6]|blockquote|section|article|header|footer|hr)\b[^>]*>/gi, "\n\n")
    .replace(/<\/(td|th)\s*>/gi, "\t")
    .replace(/<[a-z!/?][^>]*>/gi, "");
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, (run) => (run.includes("\t") ? "\t" : " "))
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
