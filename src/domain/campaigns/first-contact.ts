// Where a campaign's test of a brand starts, and where it gets its answer: the first contact attempt that
// reached the brand on the protocol's channel, and the brand's first answer to it or to a later attempt
// (answers as the reality engine finds them: never to an attempt that failed to send, never before the
// attempt). The comparison (comparison.ts) and the guided run (guided-run.ts) both read them here; they
// look at different attempts, said by `scope`:
// - the comparison reads the whole case, falls back on another channel when none reached the brand on
//   the protocol's, and counts an answer on any channel;
// - the guided run reads only from the brand's start, on the protocol's channel alone.
import type { Channel } from "../evidence";
import type { AttemptReality } from "../reality/attempt-realities";
import type { Answer } from "../reality/first-answers";

export interface ContactScope {
  channel: Channel;
  /** Only attempts from then on count (epoch ms). */
  since?: number;
  /** With no attempt on `channel` that reached the brand, the first that reached it on another. */
  otherChannel: boolean;
  /** Only answers to attempts on `channel` count. */
  answersOnChannel: boolean;
}

export interface FirstContact {
  first: AttemptReality;
  /** The earliest answer to `first` or to a later attempt, and the attempt it answers. */
  response?: { answer: Answer; attempt: AttemptReality };
}

/** `attempts` in the order to read them (the first of equal answers wins). */
export function firstContact(attempts: readonly AttemptReality[], scope: ContactScope): FirstContact | undefined {
  const since = scope.since ?? -Infinity;
  const reached = attempts.filter((a) => a.status !== "failed" && a.at >= since);
  const first = reached.find((a) => a.channel === scope.channel) ?? (scope.otherChannel ? reached[0] : undefined);
  if (!first) return undefined;
  let response: FirstContact["response"];
  for (const attempt of attempts) {
    const answer = attempt.answer;
    if (!answer || attempt.at < first.at || (scope.answersOnChannel && attempt.channel !== scope.channel) || (response && response.answer.at <= answer.at)) continue;
    response = { answer, attempt };
  }
  return { first, ...(response ? { response } : {}) };
}
