// Salted commitments for events sealed in format v2, so that a value can later be hidden from an
// export while the event's hash is still recomputed from what is shown (docs/dossier-format.md,
// "Hidden values").
//
// Each v2 event has a random 32-byte seed. Every node of its `source`, `collection` and `payload`
// gets a seed derived from its parent's: childSeed(parent, i) = SHA-256(0x00 ‖ parent ‖ uint32be(i)),
// i being the member's position among the object's keys in RFC 8785 order, the item's index in an
// array, or the segment's index in a text. Inputs are always 37 bytes, so the construction is a
// fixed-length keyed hash (no length extension), as in SLH-DSA's SHA-2 PRF. Each leaf (a string,
// number, boolean or null) is replaced, in the form that is hashed, by its commitment:
//   - a text of two segments or more: SHA-256(0x01 ‖ c0 ‖ c1 ‖ …), ci the commitment of segment i
//     with the i-th child seed, so that a selected part of a text can be hidden;
//   - anything else: SHA-256(seed ‖ canonical JSON of the value).
// Revealing a value reveals its own seed only: a hidden value's seed stays unknown, so its
// commitment cannot be checked against guesses (a phone number has few enough to try them all
// when unsalted; with a 256-bit salt there is nothing to try).
//
// Synchronous SHA-256 (@noble/hashes): a case has hundreds of thousands of short inputs, and one
// WebCrypto call per input costs more in its promise than in its hashing.
import { sha256 } from "@noble/hashes/sha2.js";
import { canonicalize, CanonicalJsonError } from "./canonical-json";

export const SEED_BYTES = 32;
/** The members of an event that are committed leaf by leaf (sorted); the rest is hashed as in v1. */
export const COMMITTED_MEMBERS = ["collection", "payload", "source"] as const;

const encoder = new TextEncoder();
/** Every byte's two lower-case hex digits. */
const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
/** The value of each lower-case hex digit by its character code, -1 for anything else. */
const NIBBLES = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) NIBBLES["0123456789abcdef".charCodeAt(i)] = i;

/** Lower-case hex (a table of the 256 pairs: no string per digit, no array). */
export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (let i = 0; i < bytes.length; i++) hex += HEX_PAIRS[bytes[i] as number] as string;
  return hex;
}

/** 64 lower-case hex digits as 32 bytes written into `out`; false (and `out` unspecified) when the text is not that. */
export function hexInto(hex: string, out: Uint8Array): boolean {
  if (hex.length !== 64) return false;
  for (let i = 0; i < 32; i++) {
    const high = hex.charCodeAt(2 * i);
    const low = hex.charCodeAt(2 * i + 1);
    const h = high < 128 ? (NIBBLES[high] as number) : -1;
    const l = low < 128 ? (NIBBLES[low] as number) : -1;
    if ((h | l) < 0) return false;
    out[i] = (h << 4) | l;
  }
  return true;
}

/** 64 hex digits as 32 bytes; null when the text is not that. */
export function seedFromHex(hex: unknown): Uint8Array | null {
  if (typeof hex !== "string") return null;
  const out = new Uint8Array(32);
  return hexInto(hex, out) ? out : null;
}

const hexScratch = new Uint8Array(32);

export function isHex64(value: unknown): value is string {
  return typeof value === "string" && hexInto(value, hexScratch);
}

/** A fresh random seed (or salt), as hex. */
export function newSeed(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(SEED_BYTES)));
}

// Hashing without allocating: one hasher state kept pristine and copied for each input, digests
// written into buffers the caller owns. A case hashes hundreds of thousands of inputs of a few
// dozen bytes; building a hasher and an array for each costs more than the hashing.
const pristine = sha256.create();
const working = sha256.create();

// The digest is written into the hasher's own block buffer (noble keeps a view of it: no DataView
// made per digest), then copied out.
const digestBuffer = (working as unknown as { buffer: Uint8Array }).buffer;

/** SHA-256 of `input`, written into `out` (32 bytes). */
export function hashInto(input: Uint8Array, out: Uint8Array): Uint8Array {
  pristine._cloneInto(working);
  working.update(input);
  working.digestInto(digestBuffer);
  for (let i = 0; i < 32; i++) out[i] = digestBuffer[i] as number;
  return out;
}

const derivation = new Uint8Array(1 + SEED_BYTES + 4);
const derivationView = new DataView(derivation.buffer);

function deriveInto(seed: Uint8Array, index: number, out: Uint8Array): Uint8Array {
  derivation[0] = 0;
  derivation.set(seed, 1);
  derivationView.setUint32(1 + SEED_BYTES, index);
  return hashInto(derivation, out);
}

/** SHA-256 of a text's UTF-8 bytes, in hex, at once (a v2 event's sealed form is a few kilobytes). */
export function sha256HexNow(text: string): string {
  return toHex(sha256(encoder.encode(text)));
}

/** The seed of child `index` of a node whose seed is `seed`. */
export function childSeed(seed: Uint8Array, index: number): Uint8Array {
  return deriveInto(seed, index, new Uint8Array(32));
}

// A segment is a word (a run of letters, marks and digits) with the punctuation stuck to it on
// either side and the spaces after it; a run of separators with no word is a segment of its own:
// "Call me at +33 6 12, ok?" → "Call ", "me ", "at ", "+33 ", "6 ", "12, ", "ok?". Segments tile
// the text (at every position one of the two alternatives matches), and a run of whole segments
// splits again into the same segments, so a shown run can be re-cut by whoever checks it.
const SEGMENT = /[^\p{L}\p{M}\p{N}\s]*[\p{L}\p{M}\p{N}]+[^\p{L}\p{M}\p{N}\s]*\s*|[^\p{L}\p{M}\p{N}]+/gu;

export function textSegments(text: string): string[] {
  return text.match(SEGMENT) ?? [];
}

let scratch = new Uint8Array(4096);

// A string with no character JSON escapes and no surrogate (paired or not): its canonical JSON is
// itself between quotes, so its UTF-8 is written straight after the salt, with no quoted copy made.
// eslint-disable-next-line no-control-regex -- control characters are escaped in JSON: they take the long way
const NOT_PLAIN = /["\\\u0000-\u001f\ud800-\udfff]/;
const QUOTE = 0x22;

/** SHA-256(salt ‖ canonical JSON of value), written into `out`. */
export function saltedInto(salt: Uint8Array, value: unknown, out: Uint8Array): Uint8Array {
  const plain = typeof value === "string" && !NOT_PLAIN.test(value);
  const text = plain ? value : canonicalize(value);
  // UTF-8 takes at most 3 bytes per UTF-16 unit; 2 more for the quotes.
  if (scratch.length < salt.length + 3 * text.length + 2) scratch = new Uint8Array(2 * (salt.length + 3 * text.length + 2));
  scratch.set(salt);
  if (!plain) {
    const { written } = encoder.encodeInto(text, scratch.subarray(salt.length));
    return hashInto(scratch.subarray(0, salt.length + written), out);
  }
  scratch[salt.length] = QUOTE;
  const { written } = encoder.encodeInto(text, scratch.subarray(salt.length + 1));
  scratch[salt.length + 1 + written] = QUOTE;
  return hashInto(scratch.subarray(0, salt.length + 2 + written), out);
}

/** SHA-256(salt ‖ canonical JSON of value): the commitment of one value with its own salt. */
export function saltedCommitment(salt: Uint8Array, value: unknown): Uint8Array {
  return saltedInto(salt, value, new Uint8Array(32));
}

const segmentSeed = new Uint8Array(32);

function leafCommitmentInto(seed: Uint8Array, value: unknown, out: Uint8Array): Uint8Array {
  if (typeof value === "string") {
    const segments = textSegments(value);
    if (segments.length > 1) {
      // Each segment's commitment is written straight into the input of the text's commitment.
      const input = new Uint8Array(1 + 32 * segments.length);
      input[0] = 1;
      segments.forEach((segment, i) => saltedInto(deriveInto(seed, i, segmentSeed), segment, input.subarray(1 + 32 * i, 33 + 32 * i)));
      return hashInto(input, out);
    }
  }
  return saltedInto(seed, value, out);
}

/** The commitment of a leaf value under its seed (a text of several segments: segment by segment). */
export function leafCommitment(seed: Uint8Array, value: unknown): Uint8Array {
  return leafCommitmentInto(seed, value, new Uint8Array(32));
}

/** Keys of a plain object in RFC 8785 order, those whose value is undefined left out (as JCS does). */
export function canonicalKeys(value: object): string[] {
  const record = value as Record<string, unknown>;
  return Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Seeds of the nodes being committed, one buffer per depth (a tree is committed depth first). */
const depthSeeds: Uint8Array[] = [];
const leafOut = new Uint8Array(32);

// The committed form is written straight as RFC 8785 text (keys in canonical order, each leaf its
// commitment as a hex string): no intermediate object to build and canonicalize again.
function commitAt(value: unknown, seed: Uint8Array, depth: number): string {
  if (value === undefined) throw new CanonicalJsonError("undefined", "$", "undefined is not a JSON value");
  if (value === null || typeof value !== "object") return `"${toHex(leafCommitmentInto(seed, value, leafOut))}"`;
  const below = (depthSeeds[depth] ??= new Uint8Array(32));
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw new CanonicalJsonError("array-hole", "$", "arrays must not have holes");
      items.push(commitAt(value[i], deriveInto(seed, i, below), depth + 1));
    }
    return `[${items.join(",")}]`;
  }
  const record = value as Record<string, unknown>;
  const members = canonicalKeys(record).map((key, i) => `${quotedKey(key)}:${commitAt(record[key], deriveInto(seed, i, below), depth + 1)}`);
  return `{${members.join(",")}}`;
}

// Events use a few dozen member names, again and again: each is quoted once.
const quotedKeys = new Map<string, string>();

/** A member name as canonical JSON writes it. */
export function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = canonicalize(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** The committed form of a value whose seed is known, as canonical JSON: the same shape, each leaf its commitment in hex. */
export function commitTreeJson(value: unknown, seed: Uint8Array): string {
  // The caller's seed may be one of ours: copy it first.
  return commitAt(value, Uint8Array.from(seed), 0);
}

/** The committed members present in an event-like record, in RFC 8785 order. */
export function committedMembers(event: Record<string, unknown>): string[] {
  return COMMITTED_MEMBERS.filter((key) => event[key] !== undefined);
}
