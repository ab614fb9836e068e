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
const HEX = /^[0-9a-f]{64}$/;

export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** 64 hex digits as 32 bytes; null when the text is not that. */
export function seedFromHex(hex: unknown): Uint8Array | null {
  if (typeof hex !== "string" || !HEX.test(hex)) return null;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function isHex64(value: unknown): value is string {
  return typeof value === "string" && HEX.test(value);
}

/** A fresh random seed (or salt), as hex. */
export function newSeed(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(SEED_BYTES)));
}

const derivation = new Uint8Array(1 + SEED_BYTES + 4);
const derivationView = new DataView(derivation.buffer);

/** The seed of child `index` of a node whose seed is `seed`. */
export function childSeed(seed: Uint8Array, index: number): Uint8Array {
  derivation[0] = 0;
  derivation.set(seed, 1);
  derivationView.setUint32(1 + SEED_BYTES, index);
  return sha256(derivation);
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

/** SHA-256(salt ‖ canonical JSON of value): the commitment of one value with its own salt. */
export function saltedCommitment(salt: Uint8Array, value: unknown): Uint8Array {
  const body = encoder.encode(canonicalize(value));
  const input = new Uint8Array(salt.length + body.length);
  input.set(salt);
  input.set(body, salt.length);
  return sha256(input);
}

/** SHA-256(0x01 ‖ c0 ‖ c1 ‖ …): a segmented text's commitment from its segments' commitments. */
export function segmentsCommitment(parts: readonly Uint8Array[]): Uint8Array {
  const input = new Uint8Array(1 + 32 * parts.length);
  input[0] = 1;
  parts.forEach((part, i) => input.set(part, 1 + 32 * i));
  return sha256(input);
}

/** The commitment of a leaf value under its seed (a text of several segments: segment by segment). */
export function leafCommitment(seed: Uint8Array, value: unknown): Uint8Array {
  if (typeof value === "string") {
    const segments = textSegments(value);
    if (segments.length > 1) return segmentsCommitment(segments.map((segment, i) => saltedCommitment(childSeed(seed, i), segment)));
  }
  return saltedCommitment(seed, value);
}

/** Keys of a plain object in RFC 8785 order, those whose value is undefined left out (as JCS does). */
export function canonicalKeys(value: object): string[] {
  const record = value as Record<string, unknown>;
  return Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The committed form of a value whose seed is known: the same shape, each leaf its commitment in hex. */
export function commitTree(value: unknown, seed: Uint8Array): unknown {
  if (Array.isArray(value)) return value.map((item, i) => commitTree(item, childSeed(seed, i)));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    canonicalKeys(value).forEach((key, i) => (out[key] = commitTree(value[key], childSeed(seed, i))));
    return out;
  }
  if (value === undefined) throw new CanonicalJsonError("undefined", "$", "undefined is not a JSON value");
  return toHex(leafCommitment(seed, value));
}

/** The committed members present in an event-like record, in RFC 8785 order. */
export function committedMembers(event: Record<string, unknown>): string[] {
  return COMMITTED_MEMBERS.filter((key) => event[key] !== undefined);
}

/** The seed of each committed member of an event, from the event's seed. */
export function memberSeeds(event: Record<string, unknown>, seed: Uint8Array): Map<string, Uint8Array> {
  return new Map(committedMembers(event).map((key, i) => [key, childSeed(seed, i)]));
}

/** The seed of the node at `path` (keys and indices from the event's root), derived from the event's seed. */
export function seedAt(event: Record<string, unknown>, seed: Uint8Array, path: ReadonlyArray<string | number>): Uint8Array | null {
  const [member, ...rest] = path;
  let current = typeof member === "string" ? memberSeeds(event, seed).get(member) : undefined;
  let value: unknown = typeof member === "string" ? event[member] : undefined;
  if (!current) return null;
  for (const step of rest) {
    if (Array.isArray(value) && typeof step === "number" && step < value.length) {
      current = childSeed(current, step);
      value = value[step];
    } else if (isRecord(value) && typeof step === "string") {
      const index = canonicalKeys(value).indexOf(step);
      if (index < 0) return null;
      current = childSeed(current, index);
      value = value[step];
    } else return null;
  }
  return current;
}
