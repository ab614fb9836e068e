// Small helpers shared by the rule files: word-bounded regexes and spans of a normalized sentence.
// Every rule reads a copy of the sentence of the same length, where parts already read or ruled out
// are blanked with spaces, so that positions stay comparable between rules.

export interface Span {
  start: number;
  end: number;
}

/** Word edges that also work for accented letters (\b only knows ASCII). */
export const B0 = String.raw`(?<![\p{L}\p{N}])`;
export const B1 = String.raw`(?![\p{L}\p{N}])`;

/** A case-free, Unicode-aware, global regex from a source where `\b` edges are written with B0/B1. */
export function rules(source: string): RegExp {
  return new RegExp(source, "gu");
}

/** Whole words or phrases, e.g. words("cookie", "cookies") → a regex matching either as a word. */
export function words(...alternatives: string[]): RegExp {
  return rules(`${B0}(?:${alternatives.join("|")})${B1}`);
}

export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)];
}

export function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

export function spanOf(match: RegExpExecArray): Span {
  return { start: match.index, end: match.index + match[0].length };
}

/** The text with [start, end) replaced by spaces. */
export function blank(text: string, span: Span): string {
  return text.slice(0, span.start) + " ".repeat(span.end - span.start) + text.slice(span.end);
}

/** Characters between two spans (0 when they overlap). */
export function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}
