// What shows that a promise was kept, by kind of promise:
// - a promise to answer or get back (reply time, callback, single contact, availability, other) is kept by
//   an answer: for a promise owed to each contact attempt, that attempt's first answer (first-answers.ts);
//   for a promise counted from when it was made, from the order or to a date, a response from the brand
//   after the clock started (an agent's later chat line is the person chasing, not the brand coming back);
// - a promise of an outcome (refund, compensation, resolution) cannot be seen in the events: a reply
//   saying "we are looking into it" is not the money. It is kept only by events the person marks as
//   showing it (a note, a bank statement attached…), and is otherwise broken once due.
// Events the person marks count for every kind, so they can always record a callback the events missed.
import type { PromiseKind } from "../promises/promise-reading";

export type KeptBy = "an-answer" | "marked-evidence";

const OUTCOMES: ReadonlySet<PromiseKind> = new Set(["refund", "compensation", "resolution-time"]);

export function whatKeeps(kind: PromiseKind): KeptBy {
  return OUTCOMES.has(kind) ? "marked-evidence" : "an-answer";
}
