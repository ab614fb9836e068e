// Turns a pinned sentence into the plain lower-case text the rules read, remembering where every
// character came from so that the UI can quote the person's own words back.

/** Bidirectional controls and zero-width characters: invisible, but they break word matching. */
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;
const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4`]/u;
const DASHES = /[\u2010-\u2015\u2212]/u;

export interface NormalText {
  /** The input in NFC, as the quotes are taken from it. */
  source: string;
  /** Lower case, NFKC per character, one space for any run of white space, typographic marks made plain. */
  text: string;
  /** origin[i] is the index in `source` of the character that produced text[i]. */
  origin: number[];
}

export function normalize(input: string): NormalText {
  const source = input.normalize("NFC");
  let text = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of source) {
    const at = index;
    index += char.length;
    if (INVISIBLE.test(char)) continue;
    let plain = char.normalize("NFKC").toLowerCase();
    if (APOSTROPHES.test(plain)) plain = "'";
    else if (DASHES.test(plain)) plain = "-";
    else if (/^\s+$/u.test(plain)) plain = " ";
    if (plain === " " && (text === "" || text.endsWith(" "))) continue;
    for (let k = 0; k < plain.length; k++) origin.push(at);
    text += plain;
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    origin.pop();
  }
  return { source, text, origin };
}

/** The person's own words behind text[start, end). */
export function quoteSource(normal: NormalText, start: number, end: number): string {
  if (end <= start) return "";
  const from = normal.origin[start] ?? 0;
  const lastOrigin = normal.origin[end - 1] ?? from;
  const lastChar = String.fromCodePoint(normal.source.codePointAt(lastOrigin) ?? 32);
  return normal.source.slice(from, lastOrigin + lastChar.length).trim();
}
