// How an imported case meets what is stored: by the hashes of its events, never by overwriting.
// Events are compared in chain order; a case is one chain, so either one chain is a prefix of the
// other (nothing new, or new events to append as they are) or they diverge after a common prefix
// (then the import is kept beside the stored case as a separate, read-only copy).

/** A stored chain an import could belong to: the case of the same id, or an earlier copy of it. */
export interface StoredChain {
  caseId: string;
  /** The events' hashes in storage order. */
  hashes: readonly (string | null)[];
}

export type MergePlan =
  /** No stored case has this id: store the case and its events as they are. */
  | { action: "new" }
  /** A stored chain already holds every imported event. */
  | { action: "nothing-new"; caseId: string; alreadyStored: number }
  /** A stored chain is the start of the imported one: append the events from `from` on, as sealed. */
  | { action: "extend"; caseId: string; from: number }
  /** Every stored chain of that id diverges from the imported one: keep it beside them, under a new id. */
  | { action: "copy"; copyOf: string; commonPrefix: number };

function commonPrefix(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] !== null && a[n] === b[n]) n++;
  return n;
}

/**
 * `candidates`: the stored case with the imported case's id first (if any), then its copies.
 * Prefers "nothing new", then appending to a chain the import continues, then a new copy.
 */
export function planMerge(imported: readonly string[], caseId: string, candidates: readonly StoredChain[]): MergePlan {
  if (candidates.length === 0) return { action: "new" };
  let extend: MergePlan | undefined;
  let longest = 0;
  for (const candidate of candidates) {
    const shared = commonPrefix(imported, candidate.hashes);
    longest = Math.max(longest, shared);
    if (shared === imported.length) return { action: "nothing-new", caseId: candidate.caseId, alreadyStored: imported.length };
    if (shared === candidate.hashes.length && !extend) extend = { action: "extend", caseId: candidate.caseId, from: shared };
  }
  return extend ?? { action: "copy", copyOf: caseId, commonPrefix: longest };
}
