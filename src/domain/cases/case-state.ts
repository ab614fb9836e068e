// A case's current state, folded from its "case-change" events. The cases table keeps this state as a
// cache; the events are the record, so the cache can always be rebuilt and checked against them.
import type { Case, CaseChangePayload, CaseFields, EventOfKind, EvidenceEvent } from "../evidence";

export type CaseChange = EventOfKind<"case-change">;

/** Statuses in which a case no longer collects captures: a new capture starts a new case. */
export const FINISHED_STATUSES: ReadonlySet<Case["status"]> = new Set(["resolved", "closed"]);

export function isFinished(theCase: Pick<Case, "status" | "mergedInto">): boolean {
  return FINISHED_STATUSES.has(theCase.status) || theCase.mergedInto !== undefined;
}

function fieldsOf(theCase: Case): Required<CaseFields> {
  return { title: theCase.title, brand: theCase.brand, status: theCase.status, tags: theCase.tags ?? [] };
}

/** The case after one change: the change's `to` values, and what follow-ups and merges record. */
export function applyChange(theCase: Case, change: CaseChangePayload): Case {
  const next: Case = { ...theCase, ...change.to };
  if (change.to.tags && change.to.tags.length === 0) delete next.tags;
  switch (change.change) {
    case "opened":
      if (change.otherCaseId) next.follows = change.otherCaseId;
      break;
    case "follow-up-kept":
      next.followUpAnswered = true;
      break;
    case "merged-into":
      if (change.otherCaseId) next.mergedInto = change.otherCaseId;
      if (next.follows) next.followUpAnswered = true;
      break;
    case "absorbed":
      if (change.otherCaseId && !(next.absorbed ?? []).includes(change.otherCaseId)) next.absorbed = [...(next.absorbed ?? []), change.otherCaseId];
      break;
    default:
      break;
  }
  return next;
}

/**
 * The case as its history says it is now. `stored` is the row as found (possibly a stale cache, or a case
 * stored before changes were recorded): a field no change ever touched keeps its stored value; a field a change
 * touched starts from the first change's `from` value, so a stale cache cannot leak into the result.
 */
export function foldCase(stored: Case, events: readonly EvidenceEvent[]): Case {
  const changes = events.filter((e): e is CaseChange => e.kind === "case-change" && e.caseId === stored.id);
  const initial: Case = { ...stored };
  delete initial.follows;
  delete initial.followUpAnswered;
  delete initial.mergedInto;
  delete initial.absorbed;
  const seen = new Set<keyof CaseFields>();
  for (const { payload } of changes) {
    for (const key of Object.keys(payload.to) as (keyof CaseFields)[]) {
      if (seen.has(key)) continue;
      seen.add(key);
      const before = payload.change === "opened" ? payload.to[key] : payload.from[key];
      if (before !== undefined) Object.assign(initial, { [key]: before });
    }
  }
  if (initial.tags?.length === 0) delete initial.tags;
  return changes.reduce((state, change) => applyChange(state, change.payload), initial);
}

export type CaseEdit = Partial<Pick<Case, "title" | "brand" | "status" | "tags">>;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The change events an edit makes, one per field that really changes (renaming to the same title is no
 * change). Each carries the value before and after.
 */
export function changesFor(theCase: Case, edit: CaseEdit): CaseChangePayload[] {
  const current = fieldsOf(theCase);
  const out: CaseChangePayload[] = [];
  const kinds = { title: "renamed", brand: "brand", status: "status", tags: "tags" } as const;
  for (const key of ["title", "brand", "status", "tags"] as const) {
    const wanted = key === "title" ? edit.title?.trim() : edit[key];
    if (wanted === undefined || sameValue(wanted, current[key])) continue;
    out.push({ change: kinds[key], from: { [key]: current[key] }, to: { [key]: wanted } });
  }
  return out;
}

/** Tags as the person typed them ("refund, fibre ,  Refund"): trimmed, without repeats (case-insensitive). */
export function normaliseTags(typed: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of typed.split(",")) {
    const tag = raw.trim().replace(/\s+/g, " ").slice(0, 100);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, 50);
}
