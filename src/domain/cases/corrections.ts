// Corrections: a later event that supersedes an earlier one. The earlier event stays in the record,
// marked corrected; every view and figure uses the corrected facts (or leaves out a withdrawn event).
import { EvidenceEvent as EvidenceEventSchema, type EventOfKind, type EvidenceEvent } from "../evidence";

export type Correction = EventOfKind<"correction">;

export interface CorrectedEvents {
  /** The events as they now read: corrected facts in place, withdrawn events left out, corrections themselves left out. */
  effective: EvidenceEvent[];
  /** For each corrected event, its corrections in the order they were made. */
  correctionsOf: Map<string, Correction[]>;
  /** Events withdrawn by a correction ("this was not part of the case"). */
  withdrawn: Set<string>;
}

/** What can be corrected: the facts of a contact or a note, not the case's own history or another correction. */
export function isCorrectable(event: EvidenceEvent): boolean {
  return event.kind !== "case-change" && event.kind !== "correction" && event.kind !== "promise-reading";
}

/**
 * The event with a correction's facts applied, or undefined if the result would not be a valid event of
 * the same kind (a correction is checked against the kind of the event it corrects).
 */
export function applyCorrection(event: EvidenceEvent, correction: Correction["payload"]): EvidenceEvent | undefined {
  const candidate = {
    ...event,
    ...(correction.occurred ? { occurred: correction.occurred } : {}),
    payload: { ...event.payload, ...(correction.payload ?? {}) },
  };
  const parsed = EvidenceEventSchema.safeParse(candidate);
  return parsed.success && parsed.data.kind === event.kind ? parsed.data : undefined;
}

export function withdraws(correction: Correction["payload"]): boolean {
  return correction.occurred === undefined && correction.payload === undefined;
}

/** Applies every correction, in storage order (the later correction of the same event wins where they differ). */
export function correctedEvents(events: readonly EvidenceEvent[]): CorrectedEvents {
  const byId = new Map(events.map((e) => [e.id, e]));
  const correctionsOf = new Map<string, Correction[]>();
  for (const event of events) {
    if (event.kind !== "correction") continue;
    const target = byId.get(event.payload.supersedes);
    // A correction must be of an event of the same case that can be corrected; anything else is ignored.
    if (!target || target.caseId !== event.caseId || !isCorrectable(target)) continue;
    correctionsOf.set(target.id, [...(correctionsOf.get(target.id) ?? []), event]);
  }
  const withdrawn = new Set<string>();
  const effective: EvidenceEvent[] = [];
  for (const event of events) {
    if (event.kind === "correction") continue;
    const corrections = correctionsOf.get(event.id);
    if (!corrections) {
      effective.push(event);
      continue;
    }
    const last = corrections[corrections.length - 1]!;
    if (withdraws(last.payload)) {
      withdrawn.add(event.id);
      continue;
    }
    let current: EvidenceEvent = event;
    for (const c of corrections) current = applyCorrection(current, c.payload) ?? current;
    effective.push(current);
  }
  return { effective, correctionsOf, withdrawn };
}
