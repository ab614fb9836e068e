// One thing a promise owes: kept when what keeps it came by the due time (the due instant itself
// included), broken once the due time has passed without it, pending before that. A broken obligation
// says how late: by how much the answer missed the due time, or, with nothing yet, how long ago it fell due
// ("49 h, still nothing").

export type VerdictStatus = "kept" | "broken" | "pending";

export interface Obligation {
  /** The event the clock started from: a contact attempt, or the promise itself. Absent for an order date. */
  startedBy?: string;
  start?: number;
  /** Absent when it cannot be known yet (no order date). */
  due?: number;
  status: VerdictStatus;
  /** The event that kept it, or that came too late. */
  keptBy?: string;
  keptAt?: number;
  late?: { ms: number; stillNothing: boolean };
  /** A standing promise counted from an attempt made before the promise was recorded. */
  beforePromise?: boolean;
}

export interface Keeping {
  eventId: string;
  at: number;
}

/** Settles `obligation` (its start and due time set) against what kept it, if anything, at `now`. */
export function settle(obligation: Obligation, keeping: Keeping | undefined, now: number): Obligation {
  // Built by assignment, not spreads: a standing promise in a long case has thousands of obligations.
  const due = obligation.due;
  if (keeping !== undefined) {
    obligation.keptBy = keeping.eventId;
    obligation.keptAt = keeping.at;
  }
  if (due === undefined) obligation.status = "pending";
  else if (keeping !== undefined && keeping.at <= due) obligation.status = "kept";
  else if (keeping !== undefined) {
    obligation.status = "broken";
    obligation.late = { ms: keeping.at - due, stillNothing: false };
  } else if (now > due) {
    obligation.status = "broken";
    obligation.late = { ms: now - due, stillNothing: true };
  } else obligation.status = "pending";
  return obligation;
}

/** A promise is broken when any obligation is, pending while any is open or none has started, kept otherwise. */
export function overall(obligations: readonly Obligation[]): VerdictStatus {
  if (obligations.some((o) => o.status === "broken")) return "broken";
  if (obligations.length === 0 || obligations.some((o) => o.status === "pending")) return "pending";
  return "kept";
}
