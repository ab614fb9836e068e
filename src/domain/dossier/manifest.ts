// manifest.json of a bundle: every other file with its SHA-256, the case's chain head and the
// signer. manifest.sig is the signature over this file's exact bytes, so the manifest vouches
// for every file and the signature vouches for the manifest.
import { z } from "zod";
import { Brand, Id, Moment } from "../evidence";
import { Signer } from "./signer";

export const MANIFEST_FORMAT = "receipts.bundle";
export const MANIFEST_PATH = "manifest.json";
export const SIGNATURE_PATH = "manifest.sig";
/** Optional RFC 3161 time-stamp response over manifest.sig's bytes: made after the signature, so not listed. */
export const TIMESTAMP_PATH = "manifest.tsr";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** A path inside the bundle: relative, forward slashes, no "." or ".." segment. */
export const BundlePath = z
  .string()
  .min(1)
  .max(300)
  .regex(/^(?!\/)(?!.*\/\/)(?!.*(^|\/)\.{1,2}(\/|$))[A-Za-z0-9._/-]+$/, "a relative path inside the bundle");

export const ManifestFile = z.object({
  path: BundlePath,
  sha256: Sha256,
  size: z.number().int().nonnegative(),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

export const BundleManifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(1),
  /** When the bundle was made, by the device clock, and in which zone. */
  created: Moment,
  case: z.object({ id: Id, title: z.string().max(300), brand: Brand }),
  /** The case's chain as this installation held it: last event's hash and the number of events. */
  chain: z.object({ head: Sha256.nullable(), count: z.number().int().nonnegative() }),
  signer: Signer,
  signature: z.object({ path: z.literal(SIGNATURE_PATH), encoding: z.literal("der") }),
  files: z.array(ManifestFile).max(100_000),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

/** The manifest's bytes: what is signed and what the bundle stores. */
export function manifestText(manifest: BundleManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
