// Signing with a WebCrypto ECDSA P-256 key, and describing its public half for a dossier.
// The private key may be non-extractable: signing never needs its bytes.
import { plainBytes, toBase64 } from "./bytes";
import { fingerprintOf } from "./fingerprint";
import { rawToDer } from "./signature-encoding";
import { SIGNATURE_ALGORITHM, type Signer } from "./signer";

export const SIGNING_KEY_PARAMS = { name: "ECDSA", namedCurve: "P-256" } as const;

/** DER signature of `data` (WebCrypto's raw r‖s, re-encoded for OpenSSL). */
export async function signDer(privateKey: CryptoKey, data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const raw = new Uint8Array(await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, privateKey, plainBytes(data)));
  return rawToDer(raw);
}

export async function describeSigner(publicKey: CryptoKey): Promise<Signer> {
  const spki = new Uint8Array(await crypto.subtle.exportKey("spki", publicKey));
  return { algorithm: SIGNATURE_ALGORITHM, publicKey: toBase64(spki), fingerprint: await fingerprintOf(spki) };
}
