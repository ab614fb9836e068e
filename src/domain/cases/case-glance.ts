// A case at a glance: the last contact, the brand's last answer, and how long the person has been waiting
// against the time promised ("49h of the 48h promised").
import type { Channel } from "../evidence";
import type { PromiseReading } from "../promises/promise-reading";
import type { VerdictStatus } from "../reality/obligation";
import type { CaseReality } from "../reality/reality-engine";

export interface Waiting {
  /** What the clock started from: a contact attempt, or a promise counted from when it was made. */
  since: number;
  waitedMs: number;
  /** The time promised for it, when a promise set one. */
  promisedMs?: number;
  status?: VerdictStatus;
  reading?: PromiseReading;
}

export interface CaseGlance {
  lastContact?: { id: string; at: number; channel: Channel };
  lastAnswer?: { id: string; at: number };
  waiting?: Waiting;
}

export function caseGlance(reality: CaseReality): CaseGlance {
  const { now } = reality;
  const attempts = reality.attempts.filter((a) => a.status !== "failed");
  const last = attempts.reduce<(typeof attempts)[number] | undefined>((a, b) => (!a || b.at >= a.at ? b : a), undefined);
  const answers = reality.attempts.flatMap((a) => (a.answer ? [a.answer] : []));
  const lastAnswer = answers.reduce<(typeof answers)[number] | undefined>((a, b) => (!a || b.at >= a.at ? b : a), undefined);

  // Every open wait: an unanswered contact, or a promise counted from when it was made with nothing yet.
  const waits: Waiting[] = [];
  for (const attempt of attempts) {
    if (attempt.status !== "unanswered") continue;
    let best: Waiting = { since: attempt.at, waitedMs: now - attempt.at };
    for (const promise of reality.promises) {
      for (const o of promise.verdict?.obligations ?? []) {
        if (o.startedBy !== attempt.id || o.due === undefined || o.start === undefined) continue;
        const promisedMs = o.due - o.start;
        if (best.promisedMs === undefined || promisedMs < best.promisedMs) best = { ...best, promisedMs, status: o.status, ...(promise.reading ? { reading: promise.reading } : {}) };
      }
    }
    waits.push(best);
  }
  for (const promise of reality.promises) {
    for (const o of promise.verdict?.obligations ?? []) {
      if (o.startedBy !== promise.promiseId || o.keptBy || o.due === undefined || o.start === undefined) continue;
      waits.push({ since: o.start, waitedMs: now - o.start, promisedMs: o.due - o.start, status: o.status, ...(promise.reading ? { reading: promise.reading } : {}) });
    }
  }
  // The wait that matters most: one past its promise, else one with a promise, else the longest.
  const rank = (w: Waiting) => (w.status === "broken" ? 0 : w.promisedMs !== undefined ? 1 : 2);
  const waiting = waits.sort((a, b) => rank(a) - rank(b) || b.waitedMs - a.waitedMs)[0];
  return {
    ...(last ? { lastContact: { id: last.id, at: last.at, channel: last.channel } } : {}),
    ...(lastAnswer ? { lastAnswer: { id: lastAnswer.eventId, at: lastAnswer.at } } : {}),
    ...(waiting ? { waiting } : {}),
  };
}
