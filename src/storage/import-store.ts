// Imports as a merge: what a bundle, a case file or a backup holds joins what is stored, by the
// hashes of the events, in one transaction per case. Nothing stored is ever overwritten; imported
// events keep their ids, hashes and links exactly as the installation that sealed them stored them
// (they are never re-sealed here); a case whose chain diverges from the stored one of the same id is
// kept beside it as a read-only copy. See docs/backup.md.
import { CaseFile, type ShownCaseFile } from "../domain/dossier/case-file";
import type { Case, EvidenceEvent } from "../domain/evidence";
import { hostOf } from "../domain/brand";
import { IMPORT_RECORD_PREFIX, ImportRecord, ImportRecords } from "../domain/backup/import-record";
import { planMerge, type MergePlan, type StoredChain } from "../domain/backup/merge-plan";
import type { Artifact } from "./artifact-store";
import type { ReceiptsDatabase, StoredArtifact, StoredEvent } from "./database";

export interface CaseToImport {
  /**
   * The case file as read (not the schema's output: defaults filled in would change the events' hashes),
   * a complete copy: no value hidden (read-import refuses copies with hidden values).
   */
  caseFile: ShownCaseFile;
  /** Files its events refer to, hashed from their bytes (artifactOf). */
  artifacts: readonly Artifact[];
  /** Where it came from; the counts are filled in here. */
  record: Omit<ImportRecord, "added" | "alreadyStored">;
}

export type ImportAction = "new" | "extended" | "nothing-new" | "copy";

export interface CaseImportOutcome {
  /** The case as stored here (a copy has an id of its own). */
  caseId: string;
  /** The case's id in the file. */
  fileCaseId: string;
  title: string;
  action: ImportAction;
  added: number;
  alreadyStored: number;
  /** For a copy: the stored case it was kept beside. */
  copyOf?: string;
  artifactsAdded: number;
}

/** A stored row's key: the event's own id, unless the event belongs to another case id (a copy). */
export function rowIdFor(storedCaseId: string, event: EvidenceEvent): string {
  return event.caseId === storedCaseId ? event.id : `${storedCaseId}/${event.id}`;
}

/** A stored case's chain as the plan needs it: its last event's hash, and whether it holds the import's last event. */
async function storedChain(db: ReceiptsDatabase, caseId: string, last: EvidenceEvent | undefined): Promise<StoredChain> {
  const head = (await db.events.where("[caseId+seq]").between([caseId, -Infinity], [caseId, Infinity]).last())?.event.hash ?? null;
  const row = last ? await db.events.get(rowIdFor(caseId, last)) : undefined;
  return { caseId, head, holdsLast: row !== undefined && row.caseId === caseId && row.event.hash === last?.hash };
}

/**
 * Merges one case. Validates it with the schema first (nothing is written otherwise), then, in one
 * transaction: skips the events already stored, appends the new ones as they are, or keeps a
 * diverging case beside the stored one under a new id.
 */
export async function importCase(db: ReceiptsDatabase, input: CaseToImport, newId: () => string, now: number): Promise<CaseImportOutcome> {
  const checked = CaseFile.safeParse(input.caseFile);
  if (!checked.success) throw new Error(`The case does not fit the schema: ${checked.error.issues[0]?.path.join(".")}`);
  const theCase = input.caseFile.case;
  const events = input.caseFile.events;
  const hashes = events.map((e) => e.hash);
  if (hashes.some((h) => h === null)) throw new Error("An event of the case was never sealed.");

  return db.transaction("rw", [db.cases, db.events, db.artifacts, db.settings], async () => {
    const candidates: StoredChain[] = [];
    const lastImported = events[events.length - 1];
    if (await db.cases.get(theCase.id)) candidates.push(await storedChain(db, theCase.id, lastImported));
    for (const copy of await db.cases.filter((c) => c.copyOf === theCase.id).toArray()) candidates.push(await storedChain(db, copy.id, lastImported));
    let plan: MergePlan = planMerge(hashes as string[], theCase.id, candidates);

    // Rows keyed by the events' own ids must not collide with rows of another case (a forged bundle
    // reusing ids): then the case is kept apart as a copy, whose rows are keyed by its own id.
    const plainIdsFree = async (caseId: string, from: number): Promise<boolean> => {
      const plain = events.slice(from).filter((e) => e.caseId === caseId).map((e) => e.id);
      return (await db.events.bulkGet(plain)).every((row) => row === undefined);
    };
    if (plan.action === "new" && !(await plainIdsFree(theCase.id, 0))) plan = { action: "copy", copyOf: theCase.id };
    if (plan.action === "extend" && !(await plainIdsFree(plan.caseId, plan.from))) plan = { action: "copy", copyOf: theCase.id };

    const artifactsAdded = await keepMissingArtifacts(db, input.artifacts, now);
    if (plan.action === "nothing-new") {
      return { caseId: plan.caseId, fileCaseId: theCase.id, title: theCase.title, action: "nothing-new", added: 0, alreadyStored: plan.alreadyStored, artifactsAdded };
    }

    let storedCase: Case;
    let from = 0;
    if (plan.action === "extend") {
      storedCase = (await db.cases.get(plan.caseId)) as Case;
      from = plan.from;
    } else if (plan.action === "copy") {
      storedCase = { ...theCase, id: newId(), copyOf: theCase.id };
      await db.cases.add(storedCase);
    } else {
      storedCase = theCase;
      await db.cases.add(storedCase);
    }
    const last = await db.events.orderBy("seq").last();
    let seq = last?.seq ?? 0;
    const rows: StoredEvent[] = events.slice(from).map((event) => {
      const host = event.source ? hostOf(event.source.url) : undefined;
      return { event, id: rowIdFor(storedCase.id, event), caseId: storedCase.id, seq: ++seq, ...(host ? { siteHost: host } : {}) };
    });
    await db.events.bulkAdd(rows);
    const added = rows.length;
    const alreadyStored = from;
    await addImportRecords(db, storedCase.id, [{ ...input.record, added, alreadyStored }]);
    const action: ImportAction = plan.action === "extend" ? "extended" : plan.action;
    return {
      caseId: storedCase.id,
      fileCaseId: theCase.id,
      title: storedCase.title,
      action,
      added,
      alreadyStored,
      ...(plan.action === "copy" ? { copyOf: plan.copyOf } : {}),
      artifactsAdded,
    };
  });
}

/** Stores the files not already there (by SHA-256); never replaces one. Returns how many were new. */
async function keepMissingArtifacts(db: ReceiptsDatabase, artifacts: readonly Artifact[], at: number): Promise<number> {
  if (artifacts.length === 0) return 0;
  const present = await db.artifacts.bulkGet(artifacts.map((a) => a.sha256));
  const missing = artifacts.filter((a, i) => present[i] === undefined);
  const unique = [...new Map(missing.map((a) => [a.sha256, a])).values()];
  await db.artifacts.bulkAdd(unique.map((a): StoredArtifact => ({ ...a, stored: at })));
  return unique.length;
}

/** Where a case's imported events came from, oldest first. */
export async function importRecords(db: ReceiptsDatabase, caseId: string): Promise<ImportRecord[]> {
  const parsed = ImportRecords.safeParse((await db.settings.get(`${IMPORT_RECORD_PREFIX}${caseId}`))?.value);
  return parsed.success ? parsed.data : [];
}

/** Adds records to a case's list, leaving out one already there (the same file imported at the same time). */
export async function addImportRecords(db: ReceiptsDatabase, caseId: string, records: readonly ImportRecord[]): Promise<void> {
  await db.transaction("rw", db.settings, async () => {
    const list = await importRecords(db, caseId);
    for (const record of records) {
      if (!list.some((r) => r.at === record.at && r.fileSha256 === record.fileSha256)) list.push(ImportRecord.parse(record));
    }
    list.sort((a, b) => a.at - b.at);
    await db.settings.put({ key: `${IMPORT_RECORD_PREFIX}${caseId}`, value: list.slice(-1000) });
  });
}

/** Every case's import records (for a backup). */
export async function allImportRecords(db: ReceiptsDatabase): Promise<Record<string, ImportRecord[]>> {
  const rows = await db.settings.where("key").startsWith(IMPORT_RECORD_PREFIX).toArray();
  const out: Record<string, ImportRecord[]> = {};
  for (const row of rows) {
    const parsed = ImportRecords.safeParse(row.value);
    if (parsed.success) out[row.key.slice(IMPORT_RECORD_PREFIX.length)] = parsed.data;
  }
  return out;
}

// A file picked in the dashboard waits here until the background has imported it: too large for a
// runtime message (Chrome's are JSON, 64 MiB at most), and IndexedDB is shared by the extension's pages.
const STAGED_PREFIX = "import.staged|";

export interface StagedImport {
  file: Blob;
  fileName: string;
  at: number;
}

export async function stageImport(db: ReceiptsDatabase, key: string, staged: StagedImport): Promise<void> {
  await db.settings.put({ key: `${STAGED_PREFIX}${key}`, value: staged });
}

/** The staged file, removed as it is taken: an import runs once. */
export async function takeStagedImport(db: ReceiptsDatabase, key: string): Promise<StagedImport | undefined> {
  return db.transaction("rw", db.settings, async () => {
    const row = await db.settings.get(`${STAGED_PREFIX}${key}`);
    if (row) await db.settings.delete(row.key);
    const staged = row?.value as Partial<StagedImport> | undefined;
    return staged?.file instanceof Blob && typeof staged.fileName === "string" && typeof staged.at === "number" ? (staged as StagedImport) : undefined;
  });
}

/** Files staged and never imported (the page closed first), older than `before`. */
export async function dropStaleStagedImports(db: ReceiptsDatabase, before: number): Promise<void> {
  const rows = await db.settings.where("key").startsWith(STAGED_PREFIX).toArray();
  await db.settings.bulkDelete(rows.filter((r) => ((r.value as StagedImport | undefined)?.at ?? 0) < before).map((r) => r.key));
}
