// What a v2 event's hash is computed over: the event without `hash` and without what an export adds
// to it (`opening`, `redacted`, `redactions`), in which `source`, `collection` and `payload` are
// replaced leaf by leaf by their commitments (commitments.ts).
//
// `opening` says how to get each commitment:
//   - a seed (64 hex digits): the whole event is shown; every commitment is recomputed from it;
//   - a tree of the same shape as the event's committed members, whose nodes are
//       a seed: that value is shown, recompute it;
//       null: that value is hidden, and the event holds { "redacted": category, "commitment": hex } there;
//       an object or an array: go down into the value;
//       an array where the event holds { "redactedText": [...] }: a text with hidden parts, one entry
//       per segment, a seed for each shown segment, null for each hidden one. The text's parts are the
//       shown runs (strings) and the hidden runs ({ "redacted": category, "commitments": [hex, …] },
//       one commitment per hidden segment).
// Anything that does not fit is an error: the event's hash cannot be recomputed, and the chain
// reports it as changed.
import { canonicalize } from "./canonical-json";
import {
  canonicalKeys,
  commitTreeJson,
  quotedKey,
  committedMembers,
  childSeed,
  isHex64,
  hashInto,
  hexInto,
  saltedInto,
  seedFromHex,
  textSegments,
  toHex,
} from "./commitments";

/** The seed of the segment being opened. */
const segmentSeed = new Uint8Array(32);

/** An export-only member: never part of what is hashed. */
export const EXPORT_MEMBERS = ["hash", "opening", "redacted", "redactions"] as const;

export class SealedFormError extends Error {
  override readonly name = "SealedFormError";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** { redacted, commitment }: a whole value hidden. */
export function isHiddenValue(value: unknown): value is { redacted: string; commitment: string } {
  return isRecord(value) && sameKeys(Object.keys(value).sort(), ["commitment", "redacted"]) && typeof value.redacted === "string" && isHex64(value.commitment);
}

/** { redacted, commitments }: a hidden run of a text. */
export function isHiddenRun(value: unknown): value is { redacted: string; commitments: string[] } {
  return (
    isRecord(value) &&
    sameKeys(Object.keys(value).sort(), ["commitments", "redacted"]) &&
    typeof value.redacted === "string" &&
    Array.isArray(value.commitments) &&
    value.commitments.length > 0 &&
    value.commitments.every(isHex64)
  );
}

export type TextPart = string | { redacted: string; commitments: string[] };

/** { redactedText: [...] }: a text with hidden runs. */
export function isPartlyHiddenText(value: unknown): value is { redactedText: TextPart[] } {
  return (
    isRecord(value) &&
    sameKeys(Object.keys(value), ["redactedText"]) &&
    Array.isArray(value.redactedText) &&
    value.redactedText.every((part) => typeof part === "string" || isHiddenRun(part))
  );
}

interface Tally {
  hidden: number;
}

/** The committed form of `value` under its opening `node`, as canonical JSON text. */
function openNode(value: unknown, node: unknown, tally: Tally, where: string): string {
  if (typeof node === "string") {
    const seed = seedFromHex(node);
    if (!seed) throw new SealedFormError(`${where}: the opening is not a seed`);
    return commitTreeJson(value, seed);
  }
  if (node === null) {
    if (!isHiddenValue(value)) throw new SealedFormError(`${where}: no seed, and no hidden value`);
    tally.hidden++;
    return `"${value.commitment}"`;
  }
  if (Array.isArray(node)) {
    if (Array.isArray(value)) {
      if (value.length !== node.length) throw new SealedFormError(`${where}: the opening has ${node.length} items, the value ${value.length}`);
      return `[${value.map((item, i) => openNode(item, node[i], tally, `${where}[${i}]`)).join(",")}]`;
    }
    if (isPartlyHiddenText(value)) return `"${openText(value.redactedText, node, tally, where)}"`;
    throw new SealedFormError(`${where}: an opening for a list, and no list`);
  }
  if (isRecord(node)) {
    if (!isRecord(value)) throw new SealedFormError(`${where}: an opening for an object, and no object`);
    const keys = canonicalKeys(value);
    if (!sameKeys(keys, canonicalKeys(node))) throw new SealedFormError(`${where}: the opening's members are not the value's`);
    return `{${keys.map((key) => `${quotedKey(key)}:${openNode(value[key], node[key], tally, `${where}.${key}`)}`).join(",")}}`;
  }
  throw new SealedFormError(`${where}: not an opening`);
}

function openText(parts: readonly TextPart[], node: readonly unknown[], tally: Tally, where: string): string {
  // The segments' commitments are written straight into the input of the text's commitment: 0x01 ‖ c0 ‖ c1 ‖ …
  const shown = parts.map((part) => (typeof part === "string" ? textSegments(part) : null));
  const count = parts.reduce((n, part, i) => n + (typeof part === "string" ? (shown[i] as string[]).length : part.commitments.length), 0);
  if (count !== node.length || count < 2) throw new SealedFormError(`${where}: the text's segments do not match its opening`);
  const input = new Uint8Array(1 + 32 * count);
  input[0] = 1;
  let at = 0;
  parts.forEach((part, p) => {
    const segments = shown[p];
    if (segments) {
      for (const segment of segments) {
        const seed = node[at];
        if (typeof seed !== "string" || !hexInto(seed, segmentSeed)) throw new SealedFormError(`${where}: segment ${at} is shown without its seed`);
        saltedInto(segmentSeed, segment, input.subarray(1 + 32 * at, 33 + 32 * at));
        at++;
      }
    } else if (typeof part !== "string") {
      tally.hidden++;
      for (const hex of part.commitments) {
        if (node[at] !== null) throw new SealedFormError(`${where}: segment ${at} is hidden but has a seed`);
        hexInto(hex, input.subarray(1 + 32 * at, 33 + 32 * at));
        at++;
      }
    }
  });
  return toHex(hashInto(input, new Uint8Array(32)));
}

export interface SealedForm {
  /** The RFC 8785 canonical JSON text that is hashed. */
  text: string;
  /** How many values (whole values or runs of a text) the event hides. */
  hidden: number;
}

/** The committed form of a v2 event, shown whole (opening = its seed) or with hidden values, as canonical JSON. */
export function sealedForm(event: Record<string, unknown>): SealedForm {
  const members = committedMembers(event);
  const committed = new Map<string, string>();
  const tally: Tally = { hidden: 0 };
  const opening = event.opening;
  const seed = seedFromHex(opening);
  if (seed) {
    members.forEach((key, i) => committed.set(key, commitTreeJson(event[key], childSeed(seed, i))));
  } else if (isRecord(opening)) {
    if (!sameKeys(members, canonicalKeys(opening))) throw new SealedFormError("the opening's members are not the event's");
    for (const key of members) committed.set(key, openNode(event[key], opening[key], tally, key));
  } else {
    throw new SealedFormError("a v2 event needs its opening");
  }
  // The envelope as in v1; the committed members as written above; keys in RFC 8785 order.
  const keys = canonicalKeys(event).filter((key) => !(EXPORT_MEMBERS as readonly string[]).includes(key));
  const text = `{${keys.map((key) => `${canonicalize(key)}:${committed.get(key) ?? canonicalize(event[key])}`).join(",")}}`;
  return { text, hidden: tally.hidden };
}
