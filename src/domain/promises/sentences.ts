// Cuts a pinned text into the pieces read one by one: quoted speech first ("the agent said « je vous
// rappelle demain »" is the agent's promise), then each sentence, leaving out questions.
// Each piece is a slice of the normalized text with its offset, so positions still point into the original.
import type { NormalText } from "./normalize";
import type { Span } from "./text-spans";

export interface Piece {
  text: string;
  /** Where the slice starts in the normalized text. */
  offset: number;
}

const QUOTE = /«([^»]+)»|“([^”]+)”|"([^"]+)"/gu;
const SENTENCE_END = /[.!?…]+(?= |$)/gu;
const ABBREVIATION = /(?:^|[^\p{L}])(?:a\.m|p\.m|e\.g|i\.e|etc|approx|no|n°|st|mr|mrs|ms|dr|m|mme)\.$/u;
const TRAILING = /[\s"»”')\]\p{So}\p{Sk}\uFE0F]+$/u;

function slice(text: string, span: Span): Piece {
  return { text: text.slice(span.start, span.end), offset: span.start };
}

function isQuestion(piece: string): boolean {
  return piece.replace(TRAILING, "").endsWith("?");
}

function sentenceSpans(normal: NormalText): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of normal.text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const next = end + 1;
    const nextSource = normal.source[normal.origin[next] ?? normal.source.length] ?? "";
    // "6 p.m. today" or "approx. 2 days" go on; a capital, a digit or a symbol start a new sentence.
    if (/\p{Ll}/u.test(nextSource) && match[0] === ".") continue;
    if (match[0] === "." && ABBREVIATION.test(normal.text.slice(Math.max(0, end - 6), end))) continue;
    spans.push({ start, end });
    start = next;
  }
  if (start < normal.text.length) spans.push({ start, end: normal.text.length });
  return spans;
}

/** The pieces to read, in order. */
export function pieces(normal: NormalText): Piece[] {
  const quotes: Piece[] = [];
  for (const match of normal.text.matchAll(QUOTE)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? "";
    if (inner.trim().split(" ").length < 3) continue;
    const start = match.index + 1;
    quotes.push(slice(normal.text, { start, end: start + inner.length }));
  }
  const sentences = sentenceSpans(normal).map((span) => slice(normal.text, span));
  return [...quotes, ...sentences].filter((piece) => piece.text.trim() !== "" && !isQuestion(piece.text));
}

const CLAUSE_BREAK = /[,;:()]| (?:and|et|but|mais|puis|then) | - /gu;

/** Clauses of a piece, as spans: where a kind and its deadline are most likely said together. */
export function clauses(piece: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of piece.matchAll(CLAUSE_BREAK)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: piece.length });
  return spans.filter((span) => piece.slice(span.start, span.end).trim() !== "");
}
