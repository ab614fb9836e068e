// Reads a ZIP bundle from untrusted hands without extracting anything to disk, and refuses what
// could hurt the reader: paths that leave the folder (zip-slip), entries that inflate beyond a cap
// (zip bombs, including ones that lie about their size), truncated or encrypted archives.
// The central directory is authoritative (it is what unzip tools list); each entry is inflated
// in steps and stopped as soon as it outgrows its declared size. CRC-32s are not checked: the
// signed manifest's SHA-256 of every file is the check that matters, and a file it does not list
// is reported as added whatever its content. readZipAsync (verifyBundle's) lets the platform's
// native inflater do the work when it can, with exactly readZip's checks and refusals.
import { Inflate } from "fflate";

export interface ZipLimits {
  /** Largest uncompressed size accepted for one file. */
  maxFileBytes: number;
  /** Largest uncompressed size accepted for all files together. */
  maxTotalBytes: number;
  maxEntries: number;
  /**
   * Largest declared ratio of unpacked to packed size, for files over `ratioFrom` bytes unpacked. Deflate
   * cannot exceed about 1,032:1; Receipts' own text (JSON, HTML, CSV at level 1) stays far below 100:1,
   * so a file that claims more is a bomb or a lie, refused before anything is inflated.
   */
  maxRatio: number;
  ratioFrom: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxFileBytes: 256 * 2 ** 20, maxTotalBytes: 1024 * 2 ** 20, maxEntries: 50_000, maxRatio: 200, ratioFrom: 2 ** 20 };

export type ZipRefusal =
  | { reason: "not-a-zip" }
  | { reason: "truncated" }
  | { reason: "unsupported"; path?: string; detail: string }
  | { reason: "unsafe-path"; path: string }
  | { reason: "duplicate-entry"; path: string }
  | { reason: "too-many-entries"; count: number; limit: number }
  | { reason: "file-too-large"; path: string; size: number; limit: number }
  | { reason: "total-too-large"; size: number; limit: number }
  /** Declares far more unpacked bytes than deflate can make of its packed ones (a zip bomb). */
  | { reason: "ratio-too-high"; path: string; size: number; compressed: number; limit: number }
  | { reason: "size-mismatch"; path: string; declared: number }
  | { reason: "corrupt-entry"; path: string }
  /** The entry's two records (central directory, local header) disagree: tools could extract different files. */
  | { reason: "inconsistent-entry"; path: string };

export type ZipReading = { ok: true; files: Map<string, Uint8Array> } | { ok: false; refusal: ZipRefusal };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STEP = 64 * 1024;

/** Why a name would write outside the folder it is extracted to, or cannot be a plain file name. */
export function unsafePath(name: string): boolean {
  if (name.length === 0 || name.length > 1000) return true;
  if (name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/.test(name)) return true;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return true;
  const segments = name.replace(/\/$/, "").split("/");
  return segments.some((s) => s === "" || s === "." || s === "..");
}

class Refused extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(refusal.reason);
  }
}

export function readZip(data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipReading {
  try {
    return { ok: true, files: readEntries(data, limits) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

interface Entry {
  name: string;
  rawName: Uint8Array;
  method: number;
  compressed: number;
  size: number;
  local: number;
}

/** An entry whose contents are still to be read: its packed bytes, checked against its records. */
interface Packed {
  entry: Entry;
  raw: Uint8Array;
}

/**
 * The archive's structure, checked entry by entry in the central directory's order: the entries to
 * read, and the refusal that stopped the walk, if any (after the entries before it are read: an
 * earlier entry's own refusal comes first, as when reading one entry after the other).
 */
function walkEntries(data: Uint8Array, limits: ZipLimits): { packed: Packed[]; stop: Refused | null } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const startsLikeZip = data.length >= 4 && u32(0) === LOCAL;

  const end = findEndOfCentralDirectory(data, view);
  if (end < 0) throw new Refused(startsLikeZip ? { reason: "truncated" } : { reason: "not-a-zip" });
  const count = u16(end + 10);
  const size = u32(end + 12);
  const offset = u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new Refused({ reason: "unsupported", detail: "ZIP64 archives" });
  // One disk only, and both entry counts equal: tools that read one count or the other must see the same files.
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0 || u16(end + 8) !== count) throw new Refused({ reason: "unsupported", detail: "split (multi-disk) archives" });
  if (count > limits.maxEntries) throw new Refused({ reason: "too-many-entries", count, limit: limits.maxEntries });
  if (offset + size > end) throw new Refused({ reason: "truncated" });

  const decoder = new TextDecoder("utf-8", { fatal: true });
  const entries: Entry[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== CENTRAL) throw new Refused({ reason: "truncated" });
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const rawName = data.subarray(at + 46, at + 46 + nameLength);
    let name: string;
    try {
      name = decoder.decode(rawName);
    } catch {
      throw new Refused({ reason: "unsafe-path", path: Array.from(rawName, (b) => String.fromCharCode(b)).join("") });
    }
    if (unsafePath(name)) throw new Refused({ reason: "unsafe-path", path: name });
    if (flags & 1) throw new Refused({ reason: "unsupported", path: name, detail: "encrypted entries" });
    const entry = { name, rawName, method: u16(at + 10), compressed: u32(at + 20), size: u32(at + 24), local: u32(at + 42) };
    if (entry.size > limits.maxFileBytes) throw new Refused({ reason: "file-too-large", path: name, size: entry.size, limit: limits.maxFileBytes });
    if (entry.size > limits.ratioFrom && entry.size > entry.compressed * limits.maxRatio) {
      throw new Refused({ reason: "ratio-too-high", path: name, size: entry.size, compressed: entry.compressed, limit: limits.maxRatio });
    }
    total += entry.size;
    if (total > limits.maxTotalBytes) throw new Refused({ reason: "total-too-large", size: total, limit: limits.maxTotalBytes });
    entries.push(entry);
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }

  const packed: Packed[] = [];
  const names = new Set<string>();
  const check = (entry: Entry): Packed | null => {
    if (entry.name.endsWith("/")) return null; // a folder: no content to check
    if (names.has(entry.name)) throw new Refused({ reason: "duplicate-entry", path: entry.name });
    names.add(entry.name);
    if (entry.local + 30 > data.length || u32(entry.local) !== LOCAL) throw new Refused({ reason: "truncated" });
    // Tools that stream a ZIP read the local header instead: its name and method must be the central ones.
    const localName = data.subarray(entry.local + 30, entry.local + 30 + u16(entry.local + 26));
    if (u16(entry.local + 8) !== entry.method || !sameBytes(localName, entry.rawName)) throw new Refused({ reason: "inconsistent-entry", path: entry.name });
    const start = entry.local + 30 + u16(entry.local + 26) + u16(entry.local + 28);
    if (start + entry.compressed > data.length) throw new Refused({ reason: "truncated" });
    if (entry.method !== 0 && entry.method !== 8) throw new Refused({ reason: "unsupported", path: entry.name, detail: `compression method ${entry.method}` });
    return { entry, raw: data.subarray(start, start + entry.compressed) };
  };
  for (const entry of entries) {
    try {
      const one = check(entry);
      if (one) packed.push(one);
    } catch (error) {
      if (error instanceof Refused) return { packed, stop: error };
      throw error;
    }
  }
  return { packed, stop: null };
}

function readEntries(data: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  const { packed, stop } = walkEntries(data, limits);
  const files = new Map<string, Uint8Array>();
  for (const { entry, raw } of packed) files.set(entry.name, entry.method === 0 ? stored(raw, entry) : inflated(raw, entry));
  if (stop) throw stop;
  return files;
}

/**
 * The same reading and the same refusals as readZip, the deflated entries inflated by the platform
 * (DecompressionStream, native zlib: several times faster than inflating in JavaScript) all at once.
 * Whatever the platform does not inflate to exactly the declared size (a corrupt entry, a bomb, no
 * DecompressionStream) is inflated again as readZip does it, so that the refusal is readZip's.
 */
export async function readZipAsync(data: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipReading> {
  try {
    const { packed, stop } = walkEntries(data, limits);
    const contents = await Promise.all(packed.map(({ entry, raw }) => (entry.method === 8 && raw.length > 0 ? inflatedNatively(raw, entry.size) : Promise.resolve(null))));
    const files = new Map<string, Uint8Array>();
    packed.forEach(({ entry, raw }, i) => files.set(entry.name, contents[i] ?? (entry.method === 0 ? stored(raw, entry) : inflated(raw, entry))));
    if (stop) throw stop;
    return { ok: true, files };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

/** Whether this platform's DecompressionStream inflates raw deflate (Chromium 103, Firefox 113, Node 21.2 / 20.12). */
const nativeInflate = (() => {
  try {
    if (typeof DecompressionStream !== "function") return false;
    new DecompressionStream("deflate-raw"); // throws where raw deflate is not supported
    return true;
  } catch {
    return false;
  }
})();

/** `raw` inflated by the platform to exactly `size` bytes; null for anything else (then readZip's inflater decides). */
async function inflatedNatively(raw: Uint8Array, size: number): Promise<Uint8Array | null> {
  if (!nativeInflate) return null;
  try {
    const stream = new DecompressionStream("deflate-raw");
    const writer = stream.writable.getWriter();
    // Not awaited before reading: the stream only takes more input as its output is read.
    writer.write(raw as Uint8Array<ArrayBuffer>).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = stream.readable.getReader();
    const out = new Uint8Array(size);
    let written = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (written + value.length > size) {
        // More than declared (a bomb, or a lie): stop inflating now.
        await reader.cancel().catch(() => undefined);
        return null;
      }
      out.set(value, written);
      written += value.length;
    }
    return written === size ? out : null;
  } catch {
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function findEndOfCentralDirectory(data: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === data.length) return at;
  }
  return -1;
}

function stored(raw: Uint8Array, entry: { name: string; size: number }): Uint8Array {
  if (raw.length !== entry.size) throw new Refused({ reason: "size-mismatch", path: entry.name, declared: entry.size });
  return raw;
}

/** Inflates step by step into a buffer of the declared size; one byte more and it stops. */
function inflated(raw: Uint8Array, entry: { name: string; size: number }): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) throw new Refused({ reason: "size-mismatch", path: entry.name, declared: entry.size });
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < raw.length; at += STEP) inflater.push(raw.subarray(at, at + STEP), at + STEP >= raw.length);
    if (raw.length === 0) inflater.push(raw, true);
  } catch (error) {
    if (error instanceof Refused) throw error;
    throw new Refused({ reason: "corrupt-entry", path: entry.name });
  }
  if (!finished || written !== entry.size) throw new Refused({ reason: "size-mismatch", path: entry.name, declared: entry.size });
  return out;
}
