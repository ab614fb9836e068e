// Just enough DER (ITU-T X.690) to build an RFC 3161 request and read the answer: tag, length,
// value; nested reads never run past their parent. Anything malformed throws DerError.

export class DerError extends Error {
  override readonly name = "DerError";
}

export interface Tlv {
  tag: number;
  /** The value's bytes. */
  value: Uint8Array;
  /** The whole element, tag and length included (what a signature covers). */
  raw: Uint8Array;
}

export const TAG = { boolean: 0x01, integer: 0x02, bitString: 0x03, octetString: 0x04, null: 0x05, oid: 0x06, utf8: 0x0c, printable: 0x13, ia5: 0x16, utcTime: 0x17, generalizedTime: 0x18, sequence: 0x30, set: 0x31 } as const;

/** The element starting at `at` in `bytes`. */
export function readTlv(bytes: Uint8Array, at = 0): Tlv {
  if (at + 2 > bytes.length) throw new DerError("truncated element");
  const tag = bytes[at] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError("multi-byte tags are not supported");
  let length = bytes[at + 1] as number;
  let header = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError("unsupported length");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[at + 2 + i] as number);
    header += count;
  }
  const end = at + header + length;
  if (end > bytes.length) throw new DerError("element runs past its parent");
  return { tag, value: bytes.subarray(at + header, end), raw: bytes.subarray(at, end) };
}

/** The elements inside a constructed element's value. */
export function children(value: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  for (let at = 0; at < value.length; ) {
    const tlv = readTlv(value, at);
    out.push(tlv);
    at += tlv.raw.length;
  }
  return out;
}

export function expectTag(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (!tlv || tlv.tag !== tag) throw new DerError(`expected ${what}`);
  return tlv;
}

export function oidText(value: Uint8Array): string {
  const parts: number[] = [];
  let n = 0;
  for (const byte of value) {
    n = n * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  const first = parts.shift() ?? 0;
  return [Math.min(2, Math.floor(first / 40)), first - Math.min(2, Math.floor(first / 40)) * 40, ...parts].join(".");
}

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
  return [0x80 | out.length, ...out];
}

export function encode(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(1 + lengthBytes(length).length + length);
  out.set([tag, ...lengthBytes(length)]);
  let at = out.length - length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function encodeOid(text: string): Uint8Array {
  const [a = 0, b = 0, ...rest] = text.split(".").map(Number);
  const body: number[] = [a * 40 + b];
  for (const n of rest) {
    const chunk: number[] = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    body.push(...chunk);
  }
  return encode(TAG.oid, new Uint8Array(body));
}

/** A non-negative INTEGER from big-endian bytes (a leading zero added when the top bit is set). */
export function encodeUnsigned(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const body = bytes.subarray(start);
  return encode(TAG.integer, (body[0] as number) & 0x80 ? new Uint8Array([0, ...body]) : body);
}

/** GeneralizedTime ("20250303091500Z", fractions allowed) as epoch ms. */
export function generalizedTime(value: Uint8Array): number {
  const text = new TextDecoder().decode(value);
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?Z$/.exec(text);
  if (!m) throw new DerError(`unreadable time ${text}`);
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
}
