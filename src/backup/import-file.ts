// Imports a file the person picked: reads and checks it (export/import/read-import.ts, the
// verifier's own checks), then merges each case (storage/import-store.ts). A file that does not
// check out is refused whole, with the verifier's findings, and nothing is stored.
import type { ImportOrigin, ImportSigner } from "../domain/backup/import-record";
import { readImport, type ImportFinding } from "../export/import/read-import";
import type { Artifact } from "../storage/artifact-store";
import { restoreProfile } from "../storage/backup-store";
import type { ReceiptsDatabase } from "../storage/database";
import { restoreCampaigns, type CampaignRestoreOutcome } from "../storage/campaign-store";
import { importCase, type CaseImportOutcome } from "../storage/import-store";

export interface ImportEnvironment {
  /** This installation's signing key fingerprint: a bundle signed by another key is marked as such. */
  localFingerprint: string;
  newId: () => string;
  now: () => number;
}

export type ImportOutcome =
  | { status: "refused"; origin: ImportOrigin | "unknown"; findings: ImportFinding[] }
  | {
      status: "imported";
      origin: ImportOrigin;
      /** Absent for a JSON file, which nothing signed. */
      signer?: ImportSigner;
      cases: CaseImportOutcome[];
      /** A backup's watched sites that are not watched here (watching each needs the person's permission). */
      sitesToWatch: string[];
      /** A backup's campaigns and what the restore did with each (none for a bundle or a JSON file). */
      campaigns: CampaignRestoreOutcome[];
    };

export async function importFile(db: ReceiptsDatabase, bytes: Uint8Array, fileName: string, env: ImportEnvironment): Promise<ImportOutcome> {
  const reading = await readImport(bytes);
  if (!reading.ok) return { status: "refused", origin: reading.origin, findings: reading.findings };
  const at = env.now();
  const fingerprint = reading.origin === "backup" ? reading.manifest.signer.fingerprint : reading.cases[0].signerFingerprint;
  const signer: ImportSigner | undefined = fingerprint ? { fingerprint, thisInstallation: fingerprint === env.localFingerprint } : undefined;
  const cases: CaseImportOutcome[] = [];
  for (const imported of reading.cases) {
    // Each file's bytes were found to hash to its SHA-256 by the reader (the verifier's checks).
    const artifacts: Artifact[] = imported.artifacts.map((a) => ({ sha256: a.sha256, bytes: new Blob([a.bytes as Uint8Array<ArrayBuffer>], { type: a.mediaType }), mediaType: a.mediaType, size: a.bytes.length }));
    const record = {
      at,
      origin: reading.origin,
      fileName: fileName.slice(0, 500),
      fileSha256: reading.fileSha256,
      ...(imported.manifestSha256 ? { manifestSha256: imported.manifestSha256 } : {}),
      ...(signer ? { signer } : {}),
    };
    cases.push(await importCase(db, { caseFile: imported.caseFile, artifacts, record }, env.newId, at));
  }
  if (reading.origin !== "backup") return { status: "imported", origin: reading.origin, ...(signer ? { signer } : {}), cases, sitesToWatch: [], campaigns: [] };
  const storedIds = new Map(cases.map((c) => [c.fileCaseId, c.caseId]));
  const newCaseIds = new Set(cases.filter((c) => c.action === "new").map((c) => c.caseId));
  const sitesToWatch = await restoreProfile(db, reading.profile, storedIds, newCaseIds);
  const campaigns = await restoreCampaigns(db, reading.campaigns);
  return { status: "imported", origin: reading.origin, ...(signer ? { signer } : {}), cases, sitesToWatch, campaigns };
}
