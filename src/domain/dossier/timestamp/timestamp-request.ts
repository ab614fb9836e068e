// An RFC 3161 TimeStampReq for the SHA-256 of a bundle's manifest, asking for the authority's
// certificate in the answer (certReq), so the token can be checked offline later.
import { encode, encodeOid, encodeUnsigned, TAG } from "./der";

export const OID = {
  sha256: "2.16.840.1.101.3.4.2.1",
  sha384: "2.16.840.1.101.3.4.2.2",
  sha512: "2.16.840.1.101.3.4.2.3",
  signedData: "1.2.840.113549.1.7.2",
  tstInfo: "1.2.840.113549.1.9.16.1.4",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  rsaEncryption: "1.2.840.113549.1.1.1",
  sha256WithRsa: "1.2.840.113549.1.1.11",
  sha384WithRsa: "1.2.840.113549.1.1.12",
  sha512WithRsa: "1.2.840.113549.1.1.13",
  ecPublicKey: "1.2.840.10045.2.1",
  ecdsaSha256: "1.2.840.10045.4.3.2",
  ecdsaSha384: "1.2.840.10045.4.3.3",
  ecdsaSha512: "1.2.840.10045.4.3.4",
  p256: "1.2.840.10045.3.1.7",
  p384: "1.3.132.0.34",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
} as const;

export function timeStampRequest(sha256: Uint8Array, nonce: Uint8Array): Uint8Array {
  const algorithm = encode(TAG.sequence, encodeOid(OID.sha256), encode(TAG.null));
  const imprint = encode(TAG.sequence, algorithm, encode(TAG.octetString, sha256));
  return encode(TAG.sequence, encode(TAG.integer, new Uint8Array([1])), imprint, encodeUnsigned(nonce), encode(TAG.boolean, new Uint8Array([0xff])));
}

/** The request for `data`: its SHA-256, with a random 64-bit nonce. */
export async function timeStampRequestFor(data: Uint8Array): Promise<Uint8Array> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(data)));
  return timeStampRequest(digest, crypto.getRandomValues(new Uint8Array(8)));
}
