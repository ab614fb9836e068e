// The dashboard's import and backup requests. Privileged: the router only hands them over from
// Receipts' own pages; a content script asking is refused there.
import { failure, type PrivilegedMessage, type Reply } from "../messaging/messages";
import { importFile } from "../backup/import-file";
import { database } from "../storage/database";
import { recordVerifiedBackup, setAutomaticBackup } from "../storage/backup-store";
import { takeStagedImport } from "../storage/import-store";
import type { Clock } from "../storage/evidence-store";
import { scheduleAutomaticBackup } from "./automatic-backup";
import { signingKey } from "./keys";

export type BackupRequest = Extract<PrivilegedMessage, { type: `backup.${"import" | "record" | "automatic"}` }>;

export async function handleBackupRequest(message: BackupRequest, clock: Clock): Promise<Reply> {
  const db = database();
  switch (message.type) {
    case "backup.import": {
      const staged = await takeStagedImport(db, message.stagingKey);
      if (!staged) return failure("not-found", "The file to import is no longer there: pick it again.");
      const bytes = new Uint8Array(await staged.file.arrayBuffer());
      const { signer } = await signingKey(db);
      const outcome = await importFile(db, bytes, staged.fileName, { localFingerprint: signer.fingerprint, newId: clock.newId, now: () => clock.now().at });
      return { ok: true, outcome };
    }
    case "backup.record":
      await recordVerifiedBackup(db, message.backup);
      return { ok: true };
    case "backup.automatic":
      await setAutomaticBackup(db, message.enabled);
      await scheduleAutomaticBackup();
      return { ok: true };
  }
}
