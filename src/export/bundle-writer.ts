// Writes a signed bundle: every file hashed into manifest.json, manifest.sig over the manifest's
// exact bytes, then one ZIP. Built in steps (fflate's streaming Zip, one chunk at a time, with a
// pause between chunks) so a 40 MB case does not freeze the page that builds it.
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { sha256Hex } from "../domain/integrity/sha256";
import { utf8 } from "../domain/dossier/bytes";
import { BundleManifest, MANIFEST_PATH, SIGNATURE_PATH, TIMESTAMP_PATH, manifestText, type ManifestFile } from "../domain/dossier/manifest";
import type { Signer } from "../domain/dossier/signer";
import type { ChainHead } from "../domain/integrity/chain-findings";
import type { Case, Moment } from "../domain/evidence";

export interface BundleFile {
  path: string;
  bytes: Uint8Array;
  /** Text compresses; screenshots are already compressed and are stored as they are. */
  compress: boolean;
}

export interface BundleRequest {
  theCase: Case;
  created: Moment;
  chain: ChainHead;
  signer: Signer;
  /** Signs the manifest's bytes; returns DER (see domain/dossier/signature-encoding.ts). */
  sign: (manifest: Uint8Array) => Promise<Uint8Array>;
  files: readonly BundleFile[];
  /**
   * Trusted time (RFC 3161), optional: given the signature's bytes, a time-stamp response vouching for
   * them, or null when none could be had. Stored as manifest.tsr, beside the signature, outside the manifest.
   */
  timestamp?: (signature: Uint8Array) => Promise<Uint8Array | null>;
  /** Called between steps; by default yields to the event loop so the page stays responsive. */
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

export interface Bundle {
  chunks: Uint8Array[];
  /** Whether manifest.tsr (trusted time) is in the bundle. */
  timestamped: boolean;
  manifest: BundleManifest;
  manifestBytes: Uint8Array;
}

const CHUNK = 1024 * 1024;
/**
 * Lets the page handle input and paint, then goes on. Not setTimeout(0): browsers stretch nested
 * timeouts to 4 ms, which over a few hundred steps adds up to a second of doing nothing.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Each file's SHA-256 and size, for a manifest: hashed in batches of about 8 MB (WebCrypto copies each input first), with a pause between batches. */
export async function listFiles(files: readonly BundleFile[], pause: () => Promise<void> = yieldToEventLoop): Promise<ManifestFile[]> {
  const listed: ManifestFile[] = [];
  for (let start = 0; start < files.length; ) {
    let end = start;
    for (let bytes = 0; end < files.length && (end === start || bytes < 8 * 2 ** 20); end++) bytes += (files[end] as BundleFile).bytes.length;
    const batch = files.slice(start, end);
    const hashes = await Promise.all(batch.map((file) => sha256Hex(file.bytes)));
    batch.forEach((file, i) => listed.push({ path: file.path, sha256: hashes[i] as string, size: file.bytes.length }));
    await pause();
    start = end;
  }
  return listed;
}

/** The files as one ZIP, fed to fflate's streaming Zip a chunk at a time with a pause between chunks. */
export async function zipFiles(all: readonly BundleFile[], created: Moment, pause: () => Promise<void> = yieldToEventLoop, onProgress?: (done: number, total: number) => void): Promise<Uint8Array[]> {
  const total = all.reduce((sum, f) => sum + f.bytes.length, 0);
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const mtime = new Date(created.at);
  let done = 0;
  for (const file of all) {
    // Level 1: on this text (JSON, HTML, CSV) it compresses about as well as 6, three times faster.
    const entry = file.compress ? new ZipDeflate(file.path, { level: 1 }) : new ZipPassThrough(file.path);
    entry.mtime = mtime;
    zip.add(entry);
    if (file.bytes.length === 0) entry.push(file.bytes, true);
    for (let at = 0; at < file.bytes.length; at += CHUNK) {
      entry.push(file.bytes.subarray(at, at + CHUNK), at + CHUNK >= file.bytes.length);
      done += Math.min(CHUNK, file.bytes.length - at);
      onProgress?.(done, total);
      await pause();
    }
  }
  zip.end();
  if (failure) throw failure;
  return chunks;
}

/** The signed files that follow the others: manifest.json, manifest.sig and, when there is trusted time, manifest.tsr. */
export async function signedFiles(manifestBytes: Uint8Array, sign: BundleRequest["sign"], timestamp: BundleRequest["timestamp"]): Promise<{ files: BundleFile[]; timestamped: boolean }> {
  const signature = await sign(manifestBytes);
  const stamp = timestamp ? await timestamp(signature) : null;
  return {
    files: [
      { path: MANIFEST_PATH, bytes: manifestBytes, compress: true },
      { path: SIGNATURE_PATH, bytes: signature, compress: false },
      ...(stamp ? [{ path: TIMESTAMP_PATH, bytes: stamp, compress: false }] : []),
    ],
    timestamped: stamp !== null,
  };
}

export async function writeBundle(request: BundleRequest): Promise<Bundle> {
  const pause = request.pause ?? yieldToEventLoop;
  const listed = await listFiles(request.files, pause);
  const manifest = BundleManifest.parse({
    format: "receipts.bundle",
    formatVersion: 1,
    created: request.created,
    case: { id: request.theCase.id, title: request.theCase.title, brand: request.theCase.brand },
    chain: { head: request.chain.hash, count: request.chain.count },
    signer: request.signer,
    signature: { path: SIGNATURE_PATH, encoding: "der" },
    files: listed,
  });
  const manifestBytes = utf8(manifestText(manifest));
  await pause();
  const signed = await signedFiles(manifestBytes, request.sign, request.timestamp);
  const chunks = await zipFiles([...request.files, ...signed.files], request.created, pause, request.onProgress);
  return { chunks, manifest, manifestBytes, timestamped: signed.timestamped };
}

/** The chunks as one array (tests, the CLI). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
