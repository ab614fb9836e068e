// Where a case's imported events came from: kept per case (settings `imported|<caseId>`), apart from
// its chain, so the events stay exactly as the installation that sealed them stored them.
import { z } from "zod";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ImportOrigin = z.enum(["bundle", "json", "backup"]);
export type ImportOrigin = z.infer<typeof ImportOrigin>;

/** The key that signed what was imported, and whether it is this installation's. */
export const ImportSigner = z.object({ fingerprint: Sha256, thisInstallation: z.boolean() });
export type ImportSigner = z.infer<typeof ImportSigner>;

export const ImportRecord = z.object({
  /** When it was imported (device clock, epoch ms). */
  at: z.number().int().nonnegative(),
  origin: ImportOrigin,
  fileName: z.string().max(500),
  /** SHA-256 of the file as it was picked. */
  fileSha256: Sha256,
  /** SHA-256 of the bundle's signed manifest.json (bundles, and each case of a backup). */
  manifestSha256: Sha256.optional(),
  /** Absent for a JSON file: nothing signed it. */
  signer: ImportSigner.optional(),
  /** Events this import added to the case, and events it found already stored. */
  added: z.number().int().nonnegative(),
  alreadyStored: z.number().int().nonnegative(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

export const ImportRecords = z.array(ImportRecord).max(1000);

export const IMPORT_RECORD_PREFIX = "imported|";
