// "Last verified backup": what the dashboard says about the person's latest backup, and when to
// remind them. A backup counts once it was read back and checked (docs/backup.md).
import { z } from "zod";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const VerifiedBackup = z.object({
  /** When the backup was made and checked (device clock, epoch ms). */
  at: z.number().int().nonnegative(),
  sha256: Sha256,
  size: z.number().int().nonnegative(),
  cases: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  /** The storage sequence number of the latest event it holds: evidence stored later is not in it. */
  lastSeq: z.number().int().nonnegative(),
  fileName: z.string().max(500),
  automatic: z.boolean(),
});
export type VerifiedBackup = z.infer<typeof VerifiedBackup>;

export const LAST_BACKUP_SETTING = "backup.lastVerified";
export const AUTO_BACKUP_SETTING = "backup.automatic";

export const DAY_MS = 86_400_000;
export const REMIND_AFTER_MS = 7 * DAY_MS;

export interface BackupStanding {
  /** Whole days since the last verified backup; null when there is none. */
  ageDays: number | null;
  /** Evidence stored since that backup (or any evidence, when there is no backup). */
  evidenceSince: boolean;
  /** Older than a week (or none at all) with evidence it does not hold. */
  remind: boolean;
}

export function backupStanding(last: VerifiedBackup | undefined, latestSeq: number, now: number): BackupStanding {
  const evidenceSince = latestSeq > (last?.lastSeq ?? 0);
  if (!last) return { ageDays: null, evidenceSince, remind: evidenceSince };
  const age = Math.max(0, now - last.at);
  return { ageDays: Math.floor(age / DAY_MS), evidenceSince, remind: age > REMIND_AFTER_MS && evidenceSince };
}

/** Whether the weekly automatic backup is due: none yet, or the last one a week old, and evidence it does not hold. */
export function automaticBackupDue(last: VerifiedBackup | undefined, latestSeq: number, now: number): boolean {
  return latestSeq > (last?.lastSeq ?? 0) && (!last || now - last.at >= REMIND_AFTER_MS);
}
