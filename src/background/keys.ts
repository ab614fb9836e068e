// The installation's dossier signing key: an ECDSA P-256 pair made with WebCrypto on install (or the
// first time it is needed), the private half non-extractable, kept in IndexedDB. Its fingerprint is
// shown in the dashboard so the person can send it to themselves early: that dated e-mail shows
// the key existed before any dispute.
import type { Signer } from "../domain/dossier/signer";
import { describeSigner, signDer, SIGNING_KEY_PARAMS } from "../domain/dossier/signing";
import type { ReceiptsDatabase, StoredKey } from "../storage/database";
import { keepSigningKey, readSigningKey } from "../storage/key-store";

export interface SigningKey {
  stored: StoredKey;
  signer: Signer;
}

let pending: Promise<SigningKey> | undefined;

/** The signing key, made and stored if there is none yet. Concurrent callers share one attempt. */
export function signingKey(db: ReceiptsDatabase): Promise<SigningKey> {
  pending ??= loadOrCreate(db).catch((error: unknown) => {
    pending = undefined; // let a later call try again
    throw error;
  });
  return pending;
}

async function loadOrCreate(db: ReceiptsDatabase): Promise<SigningKey> {
  let stored = await readSigningKey(db);
  if (!stored) {
    // extractable false: the private key can sign, never be exported. (WebCrypto keeps public keys exportable.)
    const pair = (await crypto.subtle.generateKey(SIGNING_KEY_PARAMS, false, ["sign", "verify"])) as CryptoKeyPair;
    stored = await keepSigningKey(db, { privateKey: pair.privateKey, publicKey: pair.publicKey, created: Date.now() });
  }
  return { stored, signer: await describeSigner(stored.publicKey) };
}

export async function signWithInstallationKey(db: ReceiptsDatabase, data: Uint8Array): Promise<Uint8Array> {
  const { stored } = await signingKey(db);
  return signDer(stored.privateKey, data);
}

/** For tests: forget the key loaded in memory (the stored one stays). */
export function forgetLoadedKey(): void {
  pending = undefined;
}
