// ECDSA signatures come in two encodings. WebCrypto signs and verifies the raw form: r and s, each
// 32 bytes big-endian, concatenated (64 bytes for P-256, IEEE P1363). OpenSSL and most other tools
// use DER: SEQUENCE { INTEGER r, INTEGER s }, 70 to 72 bytes. Bundles carry DER (so `openssl dgst
// -verify` works as is); the verifiers accept either.

const SIZE = 32; // P-256: 256-bit integers

/** DER encoding of a raw r‖s signature. */
export function rawToDer(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  if (raw.length !== 2 * SIZE) throw new Error(`A raw P-256 signature has ${2 * SIZE} bytes, not ${raw.length}.`);
  const integer = (half: Uint8Array): number[] => {
    let start = 0;
    while (start < half.length - 1 && half[start] === 0) start++;
    const body = [...half.subarray(start)];
    // A leading 1 bit would read as negative: DER adds a zero byte.
    if ((body[0] as number) & 0x80) body.unshift(0);
    return [0x02, body.length, ...body];
  };
  const content = [...integer(raw.subarray(0, SIZE)), ...integer(raw.subarray(SIZE))];
  return new Uint8Array([0x30, content.length, ...content]);
}

/**
 * Raw r‖s from a DER signature; null when the bytes are not a well-formed DER signature for integers
 * of `size` bytes (32 for P-256, 48 for P-384). Short-form lengths only: enough up to P-384.
 */
export function derToRaw(der: Uint8Array, size = SIZE): Uint8Array<ArrayBuffer> | null {
  if (der.length < 8 || der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const out = new Uint8Array(2 * size);
  let at = 2;
  for (let part = 0; part < 2; part++) {
    if (der[at] !== 0x02) return null;
    const length = der[at + 1] as number;
    const body = der.subarray(at + 2, at + 2 + length);
    if (length === 0 || body.length !== length) return null;
    // Minimal encoding: no needless leading zero, never negative.
    if ((body[0] as number) & 0x80) return null;
    if (body[0] === 0 && length > 1 && !((body[1] as number) & 0x80)) return null;
    const value = body[0] === 0 && length > 1 ? body.subarray(1) : body;
    if (value.length > size) return null;
    out.set(value, part * size + size - value.length);
    at += 2 + length;
  }
  return at === der.length ? out : null;
}

/** The raw form WebCrypto verifies, from either encoding; null when it is neither. */
export function signatureAsRaw(signature: Uint8Array): Uint8Array<ArrayBuffer> | null {
  if (signature.length === 2 * SIZE) return new Uint8Array(signature);
  return derToRaw(signature);
}
