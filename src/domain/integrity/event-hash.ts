// An event's hash, by the format it was sealed in (`v`):
//   v1: SHA-256 of the RFC 8785 canonical JSON of the event without its own `hash` field. A sceptic
//       recomputes it with any JCS tool and sha256sum: drop "hash", canonicalize, hash.
//   v2: SHA-256 of the canonical JSON of its sealed form (sealed-form.ts): the same, but `source`,
//       `collection` and `payload` replaced leaf by leaf by salted commitments, so that an export can
//       hide a value and still let anyone recompute the hash from the rest.
// `previousHash` stays in, so the hash also seals the event's place after its predecessor.
import type { EvidenceEvent } from "../evidence";
import { canonicalize } from "./canonical-json";
import { newSeed, isHex64 } from "./commitments";
import { sealedForm } from "./sealed-form";
import { sha256Hex } from "./sha256";

/** A v1 event exported with hidden values: its hash cannot be recomputed, only taken as stated. */
export class NotRecomputableError extends Error {
  override readonly name = "NotRecomputableError";
  constructor() {
    super("This event was sealed in format v1 and has hidden values: its hash cannot be recomputed.");
  }
}

type Sealable = EvidenceEvent | (Record<string, unknown> & { v?: unknown });

/** Whether an event was sealed with commitments (format v2 and later). */
export function sealsWithCommitments(event: { v?: unknown }): boolean {
  return typeof event.v === "number" && event.v >= 2;
}

/** The exact text that is hashed, and how many values the event hides. */
export function eventHashInputWithTally(event: Sealable): { text: string; hidden: number } {
  const record = event as Record<string, unknown>;
  if (sealsWithCommitments(record)) {
    return sealedForm(record);
  }
  if (record.redacted === true) throw new NotRecomputableError();
  const { hash: _ownHash, ...content } = record;
  return { text: canonicalize(content), hidden: 0 };
}

/** The exact text that is hashed. */
export function eventHashInput(event: Sealable): string {
  return eventHashInputWithTally(event).text;
}

/** SHA-256 hex of the event's hashed form (whatever `hash` holds now). */
export async function eventHash(event: Sealable): Promise<string> {
  return sha256Hex(eventHashInput(event));
}

/**
 * The event linked after `previousHash` (null for a case's first event) and sealed with its hash.
 * A v2 event gets its random seed (`opening`) here unless it has one.
 */
export async function sealEvent<E extends EvidenceEvent>(event: E, previousHash: string | null): Promise<E> {
  const linked: E = { ...event, previousHash };
  if (sealsWithCommitments(linked) && !isHex64(linked.opening)) linked.opening = newSeed();
  return { ...linked, hash: await eventHash(linked) };
}

/** Seals events in the given order as one chain: the first becomes the genesis. */
export async function sealChain<E extends EvidenceEvent>(events: readonly E[]): Promise<E[]> {
  const sealed: E[] = [];
  let previous: string | null = null;
  for (const event of events) {
    const next: E = await sealEvent(event, previous);
    sealed.push(next);
    previous = next.hash;
  }
  return sealed;
}
