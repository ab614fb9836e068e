// How an imported case meets what is stored: by the hashes of its events, never by overwriting.
// Events are compared in chain order; a case is one chain, so either one chain is a prefix of the
// other (nothing new, or new events to append as they are) or they diverge after a common prefix
// (then the import is kept beside the stored case as a separate, read-only copy).
//
// Each event's hash covers its previousHash, so two chains with the same hash at position k are
// the same chain up to k: one comparison per candidate decides, whatever the chains' lengths.

/** A stored chain an import could belong to: the case of the same id, or an earlier copy of it. */
export interface StoredChain {
  caseId: string;
  /** Number of events stored in it. */
  length: number;
  /** The hash of its event at `index` in storage order (only the positions the plan needs are asked). */
  hashAt(index: number): string | null | undefined;
}

export type MergePlan =
  /** No stored case has this id: store the case and its events as they are. */
  | { action: "new" }
  /** A stored chain already holds every imported event. */
  | { action: "nothing-new"; caseId: string; alreadyStored: number }
  /** A stored chain is the start of the imported one: append the events from `from` on, as sealed. */
  | { action: "extend"; caseId: string; from: number }
  /** Every stored chain of that id diverges from the imported one: keep it beside them, under a new id. */
  | { action: "copy"; copyOf: string };

/** The positions `planMerge` looks at in a chain of `length` events, for an import of `importedLength`. */
export function positionsToCompare(length: number, importedLength: number): number[] {
  return length >= importedLength ? (importedLength > 0 ? [importedLength - 1] : []) : length > 0 ? [length - 1] : [];
}

/**
 * `candidates`: the stored case with the imported case's id first (if any), then its copies.
 * Prefers "nothing new", then appending to a chain the import continues, then a new copy.
 */
export function planMerge(imported: readonly string[], caseId: string, candidates: readonly StoredChain[]): MergePlan {
  if (candidates.length === 0) return { action: "new" };
  const n = imported.length;
  let extend: MergePlan | undefined;
  for (const candidate of candidates) {
    const m = candidate.length;
    if (m >= n && (n === 0 || candidate.hashAt(n - 1) === imported[n - 1])) return { action: "nothing-new", caseId: candidate.caseId, alreadyStored: n };
    if (!extend && m < n && (m === 0 || candidate.hashAt(m - 1) === imported[m - 1])) extend = { action: "extend", caseId: candidate.caseId, from: m };
  }
  return extend ?? { action: "copy", copyOf: caseId };
}
