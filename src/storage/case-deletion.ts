// Deleting a case: the person's right over their own data, asked for from the case page only (a
// privileged message; a page can never reach it). Gone with it: its events, the cases it absorbed (their
// events are part of its trail), and the files (screenshots, snapshots) no remaining event refers to.
// Campaigns that listed the case keep the brand, marked with when its case was deleted.
import { markCaseDeleted } from "../domain/campaigns/campaign-edits";
import type { EvidenceEvent } from "../domain/evidence";
import type { ReceiptsDatabase } from "./database";
import { forgetActiveCase, type Clock } from "./evidence-store";

export interface CaseDeletion {
  /** The case and the cases it absorbed. */
  caseIds: string[];
  events: number;
  /** Files kept only for these events. */
  artifacts: number;
  /** Campaigns that list one of these cases. */
  campaigns: { id: string; name: string }[];
}

function artifactsOf(event: EvidenceEvent): string[] {
  return event.kind === "promise" ? (event.payload.artifacts ?? []).map((a) => a.sha256) : [];
}

async function casesWithAbsorbed(db: ReceiptsDatabase, caseId: string): Promise<string[] | undefined> {
  if (!(await db.cases.get(caseId))) return undefined;
  const ids: string[] = [];
  const pending = [caseId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (ids.includes(id)) continue;
    const theCase = await db.cases.get(id);
    if (!theCase) continue;
    ids.push(id);
    pending.push(...(theCase.absorbed ?? []));
  }
  return ids;
}

async function plan(db: ReceiptsDatabase, caseId: string): Promise<(CaseDeletion & { eventIds: string[]; artifactHashes: string[] }) | undefined> {
  const caseIds = await casesWithAbsorbed(db, caseId);
  if (!caseIds) return undefined;
  const doomed = new Set(caseIds);
  const rows = (await Promise.all(caseIds.map((id) => db.events.where("caseId").equals(id).toArray()))).flat();
  const candidates = new Set(rows.flatMap((r) => artifactsOf(r.event)));
  // A file another case still refers to stays: the same bytes are stored once for every event.
  if (candidates.size > 0) {
    await db.events.each((row) => {
      if (doomed.has(row.caseId)) return;
      for (const hash of artifactsOf(row.event)) candidates.delete(hash);
    });
  }
  const artifactHashes = (await db.artifacts.bulkGet([...candidates])).filter((a) => a !== undefined).map((a) => a.sha256);
  const campaigns = (await db.campaigns.toArray()).filter((c) => c.brands.some((b) => doomed.has(b.caseId))).map((c) => ({ id: c.id, name: c.name }));
  return { caseIds, events: rows.length, artifacts: artifactHashes.length, campaigns, eventIds: rows.map((r) => r.id), artifactHashes };
}

/** What deleting the case would remove, for the confirmation; undefined if there is no such case. */
export async function caseDeletionPreview(db: ReceiptsDatabase, caseId: string): Promise<CaseDeletion | undefined> {
  return db.transaction("r", db.cases, db.events, db.artifacts, db.campaigns, async () => {
    const planned = await plan(db, caseId);
    if (!planned) return undefined;
    const { eventIds: _e, artifactHashes: _a, ...preview } = planned;
    return preview;
  });
}

/** Deletes the case as previewed, in one transaction; undefined if there was no such case. */
export async function deleteCase(db: ReceiptsDatabase, caseId: string, clock: Clock): Promise<CaseDeletion | undefined> {
  return db.transaction("rw", [db.cases, db.events, db.artifacts, db.campaigns, db.settings], async () => {
    const planned = await plan(db, caseId);
    if (!planned) return undefined;
    const { eventIds, artifactHashes, ...done } = planned;
    await db.events.bulkDelete(eventIds);
    await db.artifacts.bulkDelete(artifactHashes);
    await db.cases.bulkDelete(done.caseIds);
    for (const id of done.caseIds) await forgetActiveCase(db, id);
    const now = clock.now();
    for (const { id } of done.campaigns) {
      const campaign = await db.campaigns.get(id);
      if (!campaign) continue;
      let next = campaign;
      for (const deleted of done.caseIds) next = markCaseDeleted(next, deleted, now);
      await db.campaigns.put(next);
    }
    return done;
  });
}
