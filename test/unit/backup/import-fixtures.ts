// Helpers for the import and backup tests: a database holding the sample case as the background
// would have stored it, and what is stored, read back plainly.
import type { EvidenceEvent } from "../../../src/domain/evidence";
import { artifactOf } from "../../../src/storage/artifact-store";
import type { ReceiptsDatabase } from "../../../src/storage/database";
import { importFile, type ImportEnvironment, type ImportOutcome } from "../../../src/backup/import-file";
import type { SampleCase } from "../../fixtures/dossier/sample-case";

/** Writes a sample case's rows as the background stores them. */
export async function storeSample(db: ReceiptsDatabase, sample: SampleCase): Promise<void> {
  const artifacts = await Promise.all(sample.artifacts.map((a) => artifactOf(a.bytes, a.mediaType)));
  await db.transaction("rw", [db.cases, db.events, db.artifacts], async () => {
    await db.cases.add(sample.theCase);
    await db.events.bulkAdd(sample.events.map((event, i) => ({ event, id: event.id, caseId: event.caseId, seq: i + 1 })));
    await db.artifacts.bulkAdd(artifacts.map((a) => ({ ...a, stored: 1 })));
  });
}

export interface Snapshot {
  cases: string[];
  events: Array<{ rowId: string; caseId: string; hash: string | null }>;
  artifacts: string[];
}

export async function snapshot(db: ReceiptsDatabase): Promise<Snapshot> {
  const rows = await db.events.orderBy("seq").toArray();
  return {
    cases: (await db.cases.toArray()).map((c) => c.id).sort(),
    events: rows.map((r) => ({ rowId: r.id, caseId: r.caseId, hash: r.event.hash })),
    artifacts: (await db.artifacts.toArray()).map((a) => a.sha256).sort(),
  };
}

export async function eventsOf(db: ReceiptsDatabase, caseId: string): Promise<EvidenceEvent[]> {
  return (await db.events.where("[caseId+seq]").between([caseId, -Infinity], [caseId, Infinity]).toArray()).map((r) => r.event);
}

let ids = 0;
export function environment(localFingerprint: string, at = 1_767_225_600_000): ImportEnvironment {
  return { localFingerprint, newId: () => `copy_${String(++ids).padStart(8, "0")}`, now: () => at };
}

export async function importInto(db: ReceiptsDatabase, bytes: Uint8Array, fingerprint: string, fileName = "bundle.zip"): Promise<ImportOutcome> {
  return importFile(db, bytes, fileName, environment(fingerprint));
}

export function refusedKinds(outcome: ImportOutcome): string[] {
  if (outcome.status !== "refused") throw new Error(`expected a refusal, got ${JSON.stringify(outcome)}`);
  return outcome.findings.map((f) => (f.kind === "refused" ? `refused:${f.refusal.reason}` : f.kind === "chain" ? `chain:${f.finding.kind}` : f.kind));
}
