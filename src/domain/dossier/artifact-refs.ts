// Which stored files (screenshots, snapshots, kept attachments) an event points at. Events name a
// file by its SHA-256, wherever in their payload; walking the payload for `sha256` values keeps
// this independent of which event kind carries a file, now and in later model versions.
import type { EvidenceEvent } from "../evidence";

const SHA256 = /^[0-9a-f]{64}$/;

/** Every SHA-256 value in `payload`, whatever the field, in the order found, each once (added to `found`). */
function collectHashes(payload: unknown, found: Set<string>): void {
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === "string" && /sha256$/i.test(key) && SHA256.test(inner)) found.add(inner);
      else walk(inner, depth + 1);
    }
  };
  walk(payload, 0);
}

/** Every SHA-256 the events' payloads name: the files to read from the artifacts table (it says which are files). */
export function namedHashes(events: readonly EvidenceEvent[]): string[] {
  const found = new Set<string>();
  for (const event of events) collectHashes(event.payload, found);
  return [...found];
}

/** The SHA-256 values in `event`'s payload that name a file we hold, in the order found. */
export function artifactRefs(event: EvidenceEvent, held: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  collectHashes(event.payload, found);
  return [...found].filter((hash) => held.has(hash));
}
