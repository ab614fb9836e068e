// What verifying a case's chain can find. Plain data, so the dashboard, the dossier verifier and
// tests can each word it their own way; every finding says where (stored index and event id).

/** An event as the verifier was given it: its position in the stored order and its id. */
export interface EventRef {
  index: number;
  eventId: string;
}

/** What a signed manifest records about a chain: its last event's hash and how many events it has. */
export interface ChainHead {
  hash: string | null;
  count: number;
}

/** An event out of place, and the event it comes after in the rebuilt chain (null: it comes first). */
export interface Misplacement {
  event: EventRef;
  belongsAfter: EventRef | null;
}

export type Finding =
  /** The event was never sealed (`hash` is null); it takes no part in the chain checks. */
  | { kind: "unsealed"; event: EventRef }
  /** The event's content no longer matches its hash (computedHash null: it is not even canonical JSON). */
  | { kind: "changed"; event: EventRef; storedHash: string | null; computedHash: string | null }
  /** The same event (same content) appears more than once; the copies are ignored otherwise. */
  | { kind: "duplicated"; event: EventRef; copies: EventRef[] }
  /** Two or more events claim the same predecessor (null predecessor and hash: both claim to be first). */
  | { kind: "forked"; predecessor: EventRef | null; predecessorHash: string | null; successors: EventRef[] }
  /** At least one event is missing right before `before`: it follows a hash that no event here has. */
  | { kind: "removed"; before: EventRef; after: EventRef | null; missingHash: string }
  /** A validly hashed event that is not part of the chain: a side branch, or stored where the chain skips it. */
  | { kind: "inserted"; event: EventRef; claimedPreviousHash: string | null }
  /** Every event is in the chain but the stored order differs; lists the fewest events to move. */
  | { kind: "reordered"; misplaced: Misplacement[] }
  /** The chain does not end where the manifest says, or has another number of events. */
  | { kind: "head-mismatch"; expected: ChainHead; actual: ChainHead };

export type FindingKind = Finding["kind"];

export interface ChainReport {
  ok: boolean;
  findings: Finding[];
  /** Values hidden from this copy of the events (whole values, and runs of text). */
  hiddenValues?: number;
  /** Events sealed in format v1 and exported with hidden values: their hash is taken as stated, not recomputed. */
  vouched?: EventRef[];
}
