// Which stored files (screenshots, snapshots, kept attachments) an event points at. Events name a
// file by its SHA-256, wherever in their payload; walking the payload for `sha256` values keeps
// this independent of which event kind carries a file, now and in later model versions.
import type { EvidenceEvent } from "../evidence";

const SHA256 = /^[0-9a-f]{64}$/;

/** The SHA-256 values in `event`'s payload that name a file we hold, in the order found. */
export function artifactRefs(event: EvidenceEvent, held: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === "string" && /sha256$/i.test(key) && SHA256.test(inner) && held.has(inner) && !found.includes(inner)) found.push(inner);
      else walk(inner, depth + 1);
    }
  };
  walk(event.payload, 0);
  return found;
}
