// What the dashboard does for backups and imports, in the page: the backup is made here (reading
// IndexedDB, the background signing each case), read back and checked, then saved through a
// download link; only then does the background record it. A file to import is staged in IndexedDB
// for the background, which checks and merges it (a runtime message could not carry a large file).
import { makeVerifiedBackup, type MadeBackup } from "../../backup/make-backup";
import type { ImportOutcome } from "../../backup/import-file";
import { randomUuid } from "../../domain/random-id";
import { database } from "../../storage/database";
import { stageImport } from "../../storage/import-store";
import { ask } from "../../ui/background-client";
import { signerFacts, signManifestBytes } from "../export-data";
import { downloadBlob } from "../export-download";

export async function backUpEverything(): Promise<MadeBackup> {
  const facts = await signerFacts();
  const made = await makeVerifiedBackup(database(), { signer: facts.signer, by: facts.by, timeZone: facts.timeZone, sign: signManifestBytes, now: Date.now, automatic: false });
  downloadBlob(made.fileName, new Blob([made.bytes], { type: "application/zip" }));
  const reply = await ask({ type: "backup.record", backup: made.record });
  if (!reply.ok) throw new Error(reply.error.message);
  return made;
}

export async function importPicked(file: File): Promise<ImportOutcome> {
  const stagingKey = randomUuid();
  await stageImport(database(), stagingKey, { file, fileName: file.name, at: Date.now() });
  const reply = await ask({ type: "backup.import", stagingKey });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.outcome as ImportOutcome;
}
