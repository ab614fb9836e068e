// A key's fingerprint: SHA-256 of its public key (SPKI DER bytes), in hex. The same number
// `openssl pkey -pubin -outform DER | sha256sum` prints, so anyone can recompute it.
import { sha256Hex } from "../integrity/sha256";

export async function fingerprintOf(spki: Uint8Array): Promise<string> {
  return sha256Hex(spki);
}

/** "3F2A 91B0 …": upper case in groups of four, easy to read aloud or compare by eye. */
export function groupedFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(" ");
}
