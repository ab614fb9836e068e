// How an imported case meets what is stored: by the hashes of its events, never by overwriting.
// A case is one chain, so either one chain is a prefix of the other (nothing new, or new events to
// append as they are) or they diverge after a common prefix (then the import is kept beside the
// stored case as a separate, read-only copy).
//
// Each event's hash covers its previousHash, back to the first event's null: an event with a given
// hash has exactly the same predecessors wherever it is stored. So a stored chain holds the whole
// imported chain when it holds its last event, and the imported chain continues a stored one when
// it holds that one's last event: two look-ups per stored chain, whatever the lengths.

/** A stored chain an import could belong to: the case of the same id, or an earlier copy of it. */
export interface StoredChain {
  caseId: string;
  /** The hash of its last event; null when it has none. */
  head: string | null;
  /** Whether it holds the imported chain's last event (same id, same hash). */
  holdsLast: boolean;
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

/**
 * `imported`: the imported events' hashes in chain order (the chain verified). `candidates`: the stored
 * case with the imported case's id first (if any), then its copies. Prefers "nothing new", then
 * appending to a chain the import continues, then a new copy.
 */
export function planMerge(imported: readonly string[], caseId: string, candidates: readonly StoredChain[]): MergePlan {
  if (candidates.length === 0) return { action: "new" };
  const position = new Map(imported.map((hash, i) => [hash, i]));
  let extend: MergePlan | undefined;
  for (const candidate of candidates) {
    if (imported.length === 0 || candidate.holdsLast) return { action: "nothing-new", caseId: candidate.caseId, alreadyStored: imported.length };
    const at = candidate.head === null ? -1 : position.get(candidate.head);
    if (!extend && at !== undefined) extend = { action: "extend", caseId: candidate.caseId, from: at + 1 };
  }
  return extend ?? { action: "copy", copyOf: caseId };
}
