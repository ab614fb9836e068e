// Makes a whole-profile backup and reads it back before anyone relies on it: the dashboard's
// "Back up everything", and the weekly automatic backup (Chrome: in the offscreen document;
// Firefox: in the background page). Reading it back runs the very checks a restore runs
// (export/import/read-import.ts), so a backup that counts is one that would restore.
import type { Signer } from "../domain/dossier/signer";
import type { VerifiedBackup } from "../domain/backup/backup-status";
import type { BackupManifest } from "../domain/backup/backup-manifest";
import { caseFileWithFiles } from "../export/dossier-bundle";
import { joinChunks } from "../export/bundle-writer";
import { backupFileName, writeBackup, type BackupCase } from "../export/backup/backup-writer";
import { readImport } from "../export/import/read-import";
import type { ReceiptsDatabase } from "../storage/database";
import { caseForBackup, caseIdsForBackup, latestSeq, profileForBackup } from "../storage/backup-store";
import { listCampaigns } from "../storage/campaign-store";

export interface BackupEnvironment {
  signer: Signer;
  by: BackupManifest["by"];
  timeZone: string;
  /** Signs one case's manifest: the installation's key, through the background (DER). */
  sign: (manifest: Uint8Array) => Promise<Uint8Array>;
  now: () => number;
  automatic: boolean;
  pause?: () => Promise<void>;
}

export interface MadeBackup {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  record: VerifiedBackup;
}

export class BackupCheckFailed extends Error {}

async function* casesOf(db: ReceiptsDatabase, ids: readonly string[], env: BackupEnvironment, at: number): AsyncGenerator<BackupCase> {
  for (const id of ids) {
    const read = await caseForBackup(db, id);
    if (!read) continue;
    const { caseFile, artifacts } = await caseFileWithFiles({ theCase: read.theCase, events: read.events, exported: { at, timeZone: env.timeZone, by: env.by }, signer: env.signer }, read.artifacts);
    yield { caseFile: caseFile as BackupCase["caseFile"], artifacts };
  }
}

export async function makeVerifiedBackup(db: ReceiptsDatabase, env: BackupEnvironment): Promise<MadeBackup> {
  const at = env.now();
  const lastSeq = await latestSeq(db);
  const ids = await caseIdsForBackup(db);
  const backup = await writeBackup({
    created: { at, timeZone: env.timeZone },
    by: env.by,
    signer: env.signer,
    cases: casesOf(db, ids, env, at),
    profile: await profileForBackup(db),
    campaigns: await listCampaigns(db),
    sign: env.sign,
    ...(env.pause ? { pause: env.pause } : {}),
  });
  const bytes = joinChunks(backup.chunks);
  const reading = await readImport(bytes);
  if (!reading.ok || reading.origin !== "backup" || reading.cases.length !== backup.manifest.cases.length || reading.campaigns.length !== (backup.manifest.campaigns ?? []).length) {
    throw new BackupCheckFailed("The backup did not read back as written; it was not kept.");
  }
  const fileName = backupFileName(at, env.timeZone);
  return {
    bytes,
    fileName,
    record: {
      at,
      sha256: reading.fileSha256,
      size: bytes.length,
      cases: reading.cases.length,
      events: reading.cases.reduce((n, c) => n + c.caseFile.events.length, 0),
      lastSeq,
      fileName,
      automatic: env.automatic,
    },
  };
}
