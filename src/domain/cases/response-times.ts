// What the response-time chart shows: for each contact, how long the brand took to answer (or has left it
// unanswered so far) against the time it promised, and for a promise counted from when it was made
// (a callback), the same. Calls and visits answered while they happened have no response time.
import type { Channel } from "../evidence";
import type { VerdictStatus } from "../reality/obligation";
import type { CaseReality } from "../reality/reality-engine";

export interface ResponseTime {
  /** The contact attempt, or the promise whose clock started when it was made. */
  id: string;
  at: number;
  channel?: Channel;
  /** How long it took, or, unanswered, how long it has been. */
  tookMs: number;
  answered: boolean;
  /** The shortest time a promise gave for it, if one did. */
  promisedMs?: number;
  verdict?: VerdictStatus;
  /** The events the row rests on: the contact, its answer, the promise. */
  from: string[];
}

export function responseTimes(reality: CaseReality): ResponseTime[] {
  const promisedFor = new Map<string, { ms: number; status: VerdictStatus; promiseId: string }>();
  const rows: ResponseTime[] = [];
  for (const promise of reality.promises) {
    for (const o of promise.verdict?.obligations ?? []) {
      if (o.due === undefined || o.start === undefined || !o.startedBy) continue;
      const ms = o.due - o.start;
      if (o.startedBy === promise.promiseId) {
        const answered = o.keptAt !== undefined;
        rows.push({ id: promise.promiseId, at: o.start, tookMs: (o.keptAt ?? reality.now) - o.start, answered, promisedMs: ms, verdict: o.status, from: [promise.promiseId, ...(o.keptBy ? [o.keptBy] : [])] });
        continue;
      }
      const known = promisedFor.get(o.startedBy);
      if (!known || ms < known.ms) promisedFor.set(o.startedBy, { ms, status: o.status, promiseId: promise.promiseId });
    }
  }
  for (const attempt of reality.attempts) {
    if (attempt.status === "failed") continue;
    const promise = promisedFor.get(attempt.id);
    // Answered while it happened (a call, a visit): no response time to show.
    if (attempt.status === "answered" && attempt.firstResponseMs === undefined) continue;
    const answered = attempt.status === "answered";
    rows.push({
      id: attempt.id,
      at: attempt.at,
      channel: attempt.channel,
      tookMs: answered ? (attempt.firstResponseMs ?? 0) : reality.now - attempt.at,
      answered,
      ...(promise ? { promisedMs: promise.ms, verdict: promise.status } : {}),
      from: [...attempt.from, ...(promise ? [promise.promiseId] : [])],
    });
  }
  return rows.sort((a, b) => a.at - b.at);
}
