// Files kept with evidence (screenshots, page snapshots), stored once by the SHA-256 of their bytes.
// An event refers to them by hash, and the hash is sealed into the case's chain with the event.
import { sha256Hex } from "../domain/integrity/sha256";
import type { ReceiptsDatabase, StoredArtifact } from "./database";

/** Bytes ready to keep: the hash is computed here, from the bytes, so a key can never name other bytes. */
export interface Artifact {
  sha256: string;
  bytes: Blob;
  mediaType: string;
  size: number;
}

export async function artifactOf(bytes: Uint8Array, mediaType: string): Promise<Artifact> {
  return { sha256: await sha256Hex(bytes), bytes: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }), mediaType, size: bytes.byteLength };
}

/** Stores each artifact unless the same bytes are already there; what is stored is never replaced. */
export async function keepArtifacts(db: ReceiptsDatabase, artifacts: readonly Artifact[], at: number): Promise<void> {
  if (artifacts.length === 0) return;
  await db.transaction("rw", db.artifacts, async () => {
    for (const artifact of artifacts) {
      if (await db.artifacts.get(artifact.sha256)) continue;
      const row: StoredArtifact = { ...artifact, stored: at };
      await db.artifacts.add(row);
    }
  });
}

export async function findArtifact(db: ReceiptsDatabase, sha256: string): Promise<StoredArtifact | undefined> {
  return db.artifacts.get(sha256);
}
