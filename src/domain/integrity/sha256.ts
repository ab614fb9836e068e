// SHA-256 as lower-case hex, through WebCrypto (crypto.subtle exists in extension pages, service
// workers and Node 20), so the hash is the platform's audited one, not ours.

const encoder = new TextEncoder();

/**
 * SHA-256 of `data`, as 64 lower-case hex digits. A string is hashed as its UTF-8 bytes.
 * TextEncoder would turn a lone surrogate into U+FFFD silently; callers that need exactness hash
 * canonical JSON, which refuses lone surrogates before they get here.
 */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  // digest() takes an ArrayBuffer-backed view; copy one backed by a SharedArrayBuffer.
  const input = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", input));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
