// Who signed a bundle: an ECDSA P-256 public key, and checking a signature against it.
import { z } from "zod";
import { fromBase64, plainBytes } from "./bytes";
import { signatureAsRaw } from "./signature-encoding";

export const SIGNATURE_ALGORITHM = "ECDSA-P256-SHA256";
const ECDSA = { name: "ECDSA", namedCurve: "P-256" } as const;

export const Signer = z.object({
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  /** The public key, SubjectPublicKeyInfo DER, base64. */
  publicKey: z.string().min(1).max(1000),
  /** SHA-256 of the SPKI bytes, lower-case hex. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Signer = z.infer<typeof Signer>;

export async function importPublicKey(publicKeyBase64: string): Promise<CryptoKey | null> {
  const spki = fromBase64(publicKeyBase64);
  if (!spki) return null;
  try {
    return await crypto.subtle.importKey("spki", spki, ECDSA, true, ["verify"]);
  } catch {
    return null;
  }
}

/** Whether `signature` (raw r‖s or DER) is `key`'s signature of `data`. */
export async function signatureHolds(key: CryptoKey, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const raw = signatureAsRaw(signature);
  if (!raw) return false;
  return crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, raw, plainBytes(data));
}
