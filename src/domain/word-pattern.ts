// Whole-word patterns that understand accented letters. JavaScript's \b treats "é" as a non-letter,
// so /sécurité\b/ never matches "Code de sécurité": these boundaries use Unicode letter classes.

/** A case-insensitive, Unicode-aware pattern matching any of `alternatives` as whole words. */
export function wordsPattern(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}
