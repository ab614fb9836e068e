// The installation's signing key, kept in IndexedDB as CryptoKey objects: structured cloning keeps
// a non-extractable private key usable for signing while its bytes never leave the browser.
import type { ReceiptsDatabase, StoredKey } from "./database";

export const SIGNING_KEY_ID = "dossier-signing";

export async function readSigningKey(db: ReceiptsDatabase): Promise<StoredKey | undefined> {
  return db.keys.get(SIGNING_KEY_ID);
}

/** Keeps `key` unless a signing key is already stored; returns the key kept (the first one wins). */
export async function keepSigningKey(db: ReceiptsDatabase, key: Omit<StoredKey, "id">): Promise<StoredKey> {
  return db.transaction("rw", db.keys, async () => {
    const existing = await db.keys.get(SIGNING_KEY_ID);
    if (existing) return existing;
    const stored: StoredKey = { id: SIGNING_KEY_ID, ...key };
    await db.keys.add(stored);
    return stored;
  });
}

/** A case's chain head as stored now (last event's hash, number of events); undefined for no such case. */
export async function caseChainHead(db: ReceiptsDatabase, caseId: string): Promise<{ hash: string | null; count: number } | undefined> {
  return db.transaction("r", db.cases, db.events, async () => {
    if (!(await db.cases.get(caseId))) return undefined;
    const range = () => db.events.where("[caseId+seq]").between([caseId, -Infinity], [caseId, Infinity]);
    const [last, count] = await Promise.all([range().last(), range().count()]);
    return { hash: last?.event.hash ?? null, count };
  });
}
