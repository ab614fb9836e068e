// The dashboard's import and backup requests. Privileged: the router only hands them over from
// Receipts' own pages; a content script asking is refused there.
import { failure, type PrivilegedMessage, type Reply } from "../messaging/messages";
import { importFile } from "../backup/import-file";
import { database } from "../storage/database";
import { recordVerifiedBackup, setAutomaticBackup } from "../storage/backup-store";
import { takeStagedImport } from "../storage/import-store";
import { caseTrail, markReminded, type Clock } from "../storage/evidence-store";
import { caseReality } from "../domain/cases/case-reality";
import { caseDeadlines } from "../domain/cases/deadline-reminders";
import { scheduleAutomaticBackup } from "./automatic-backup";
import { signingKey } from "./keys";

/**
 * Deadlines an imported case had already missed are not news: they are marked as told, so the deadline
 * check that follows every stored change does not notify each one now (a restored profile would
 * otherwise announce months of old deadlines at once).
 */
async function quietPastDeadlines(caseIds: readonly string[]): Promise<void> {
  const db = database();
  const now = Date.now();
  for (const caseId of caseIds) {
    for (const missed of caseDeadlines(caseReality(await caseTrail(db, caseId), now)).missed) await markReminded(db, missed.key, now);
  }
}

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
      if (outcome.status === "imported") await quietPastDeadlines(outcome.cases.filter((c) => c.added > 0).map((c) => c.caseId));
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
