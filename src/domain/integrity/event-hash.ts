// An event's hash: SHA-256 of the RFC 8785 canonical JSON of the event without its own `hash`
// field. `previousHash` stays in, so the hash also seals the event's place after its predecessor.
// A sceptic can recompute it with any JCS tool and sha256sum: drop "hash", canonicalize, hash.
import type { EvidenceEvent } from "../evidence";
import { canonicalize } from "./canonical-json";
import { sha256Hex } from "./sha256";

/** The exact text that is hashed: the event minus `hash`, canonicalized. */
export function eventHashInput(event: EvidenceEvent): string {
  const { hash: _ownHash, ...content } = event;
  return canonicalize(content);
}

/** SHA-256 hex of the event's canonical form without its `hash` (whatever `hash` holds now). */
export async function eventHash(event: EvidenceEvent): Promise<string> {
  return sha256Hex(eventHashInput(event));
}

/** The event linked after `previousHash` (null for a case's first event) and sealed with its hash. */
export async function sealEvent<E extends EvidenceEvent>(event: E, previousHash: string | null): Promise<E> {
  const linked: E = { ...event, previousHash };
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
