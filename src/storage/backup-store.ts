// What a whole-profile backup reads, and what the dashboard and the background remember about
// backups: the last one that was read back and checked, and whether the weekly one is wanted.
import { AUTO_BACKUP_SETTING, LAST_BACKUP_SETTING, VerifiedBackup } from "../domain/backup/backup-status";
import type { ProfileFile } from "../domain/backup/backup-manifest";
import type { ImportRecord } from "../domain/backup/import-record";
import { namedHashes } from "../domain/dossier/artifact-refs";
import type { Case, EvidenceEvent } from "../domain/evidence";
import type { ReceiptsDatabase, StoredArtifact } from "./database";
import { addImportRecords, allImportRecords } from "./import-store";
import { ACTIVE_CASE_PREFIX, caseEvents, findCase } from "./evidence-store";

const COLLECTOR_KEY = "collector";

/** The storage sequence number of the latest event (0 when there is none). */
export async function latestSeq(db: ReceiptsDatabase): Promise<number> {
  return (await db.events.orderBy("seq").last())?.seq ?? 0;
}

export async function lastVerifiedBackup(db: ReceiptsDatabase): Promise<VerifiedBackup | undefined> {
  const parsed = VerifiedBackup.safeParse((await db.settings.get(LAST_BACKUP_SETTING))?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function recordVerifiedBackup(db: ReceiptsDatabase, backup: VerifiedBackup): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_SETTING, value: VerifiedBackup.parse(backup) });
}

export async function automaticBackupWanted(db: ReceiptsDatabase): Promise<boolean> {
  return (await db.settings.get(AUTO_BACKUP_SETTING))?.value === true;
}

export async function setAutomaticBackup(db: ReceiptsDatabase, wanted: boolean): Promise<void> {
  await db.settings.put({ key: AUTO_BACKUP_SETTING, value: wanted });
}

export interface CaseForBackup {
  theCase: Case;
  events: EvidenceEvent[];
  artifacts: StoredArtifact[];
}

/** The ids of every case, oldest first. */
export async function caseIdsForBackup(db: ReceiptsDatabase): Promise<string[]> {
  return (await db.cases.toArray()).sort((a, b) => a.created.at - b.created.at).map((c) => c.id);
}

/** One case as stored now, with the files its events name, read in one transaction so they agree. */
export async function caseForBackup(db: ReceiptsDatabase, caseId: string): Promise<CaseForBackup | undefined> {
  return db.transaction("r", [db.cases, db.events, db.artifacts], async () => {
    const theCase = await findCase(db, caseId);
    if (!theCase) return undefined;
    const events = await caseEvents(db, caseId);
    const artifacts = (await db.artifacts.bulkGet(namedHashes(events))).filter((a): a is StoredArtifact => a !== undefined);
    return { theCase, events, artifacts };
  });
}

/** Which case the person chose to run on its brand's sites: case id → when. */
async function activeCaseMarks(db: ReceiptsDatabase): Promise<Record<string, number>> {
  const rows = await db.settings.where("key").startsWith(ACTIVE_CASE_PREFIX).toArray();
  const out: Record<string, number> = {};
  for (const row of rows) if (typeof row.value === "number" && row.value >= 0 && Number.isInteger(row.value)) out[row.key.slice(ACTIVE_CASE_PREFIX.length)] = row.value;
  return out;
}

/** Watched sites, settings worth keeping (the active-case choices among them), and where imported cases came from. */
export async function profileForBackup(db: ReceiptsDatabase): Promise<ProfileFile> {
  const collector = (await db.settings.get(COLLECTOR_KEY))?.value;
  const activeCases = await activeCaseMarks(db);
  return {
    format: "receipts.profile",
    formatVersion: 1,
    watchedSites: (await db.watchedSites.toArray()).map(({ host, since }) => ({ host, since })),
    settings: {
      ...(typeof collector === "string" && collector ? { collector } : {}),
      ...(Object.keys(activeCases).length > 0 ? { activeCases } : {}),
    },
    imports: await allImportRecords(db),
  };
}

/**
 * Restores what a backup's profile holds without overwriting anything: the collector's name if none is
 * set, the import records of restored cases (`storedIds`: the id in the backup → the id stored here),
 * and the active-case choices of the cases this restore added (`newCaseIds`): a case that was already
 * here keeps the choice made here (or its absence).
 * Watched sites are not restored here: watching needs the person's permission for each site, asked in
 * the dashboard. Returns the sites the backup watched that are not watched here.
 */
export async function restoreProfile(db: ReceiptsDatabase, profile: ProfileFile, storedIds: ReadonlyMap<string, string>, newCaseIds: ReadonlySet<string> = new Set()): Promise<string[]> {
  if (profile.settings.collector && !(await db.settings.get(COLLECTOR_KEY))?.value) await db.settings.put({ key: COLLECTOR_KEY, value: profile.settings.collector });
  for (const [caseId, at] of Object.entries(profile.settings.activeCases ?? {})) {
    if (!newCaseIds.has(caseId) || storedIds.get(caseId) !== caseId) continue;
    const key = `${ACTIVE_CASE_PREFIX}${caseId}`;
    await db.transaction("rw", db.settings, async () => {
      if (!(await db.settings.get(key))) await db.settings.put({ key, value: at });
    });
  }
  for (const [fileId, records] of Object.entries(profile.imports)) {
    const storedId = storedIds.get(fileId);
    if (storedId) await addImportRecords(db, storedId, records as ImportRecord[]);
  }
  const watched = new Set((await db.watchedSites.toArray()).map((s) => s.host));
  return profile.watchedSites.map((s) => s.host).filter((host) => !watched.has(host));
}
