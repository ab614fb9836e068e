// The figures of a case, each with the ids of the events it was computed from, so that every number
// the person shows can be opened onto its evidence.
// - attempts, answered, unanswered, failed: contact attempts by status (attempt-realities.ts);
// - median time to first response: over the attempts answered at a distance (not calls or visits);
// - interlocutors, hand-offs (interlocutors.ts); explained again: each interlocutor after the first,
//   shown by where each of them first appears;
// - days elapsed: calendar days, in the case's time zone, from the first event to now;
// - promises kept, broken, pending: promises with a deadline, by verdict; without deadline: listed apart;
// - automatic replies: responses taken for acknowledgements, which answered nothing.
import { tz } from "@date-fns/tz";
import { differenceInCalendarDays } from "date-fns";
import type { Channel } from "../evidence";
import type { AttemptReality, AttemptStatus } from "./attempt-realities";
import type { Timeline } from "./case-timeline";
import type { HandOff, Interlocutor } from "./interlocutors";
import { median } from "./median";
import { isKnownZone } from "../date-formats";
import type { PromiseStanding } from "./promise-verdicts";

export interface Figure {
  value: number;
  /** Ids of the events the figure was computed from. */
  from: string[];
}

export interface AttemptFigures {
  attempts: Figure;
  answered: Figure;
  unanswered: Figure;
  failed: Figure;
  /** Absent when no attempt was answered at a distance. */
  medianFirstResponseMs?: Figure;
}

export interface ChannelFigures extends AttemptFigures {
  /** Responses written by a person that came on this channel. */
  responses: Figure;
}

export interface CaseFigures extends AttemptFigures {
  interlocutors: Figure;
  handOffs: Figure;
  explainedAgain: Figure;
  /** Absent for a case with no event yet. */
  daysElapsed?: Figure;
  promisesKept: Figure;
  promisesBroken: Figure;
  promisesPending: Figure;
  promisesWithoutDeadline: Figure;
  automaticReplies: Figure;
  byChannel: Partial<Record<Channel, ChannelFigures>>;
}

const figure = (from: string[]): Figure => ({ value: from.length, from });

/** Calendar days from one instant to another in a time zone; undefined for a zone the runtime does not know. */
function daysBetween(from: number, to: number, timeZone: string): number | undefined {
  if (!isKnownZone(timeZone)) return undefined;
  return differenceInCalendarDays(to, from, { in: tz(timeZone) });
}

function attemptFigures(attempts: readonly AttemptReality[]): AttemptFigures {
  const ids = (status: AttemptStatus) => attempts.filter((a) => a.status === status).map((a) => a.id);
  const timed = attempts.filter((a) => a.firstResponseMs !== undefined);
  const middle = median(timed.map((a) => a.firstResponseMs as number));
  return {
    attempts: figure(attempts.map((a) => a.id)),
    answered: figure(ids("answered")),
    unanswered: figure(ids("unanswered")),
    failed: figure(ids("failed")),
    ...(middle === undefined ? {} : { medianFirstResponseMs: { value: middle, from: timed.flatMap((a) => [a.id, a.answer?.eventId ?? a.id]) } }),
  };
}

export interface FigureInputs {
  timeline: Timeline;
  now: number;
  timeZone?: string;
  attempts: readonly AttemptReality[];
  responses: ReadonlyArray<{ id: string; channel: Channel }>;
  automaticReplies: readonly string[];
  interlocutors: readonly Interlocutor[];
  handOffs: readonly HandOff[];
  promises: readonly PromiseStanding[];
}

export function caseFigures(inputs: FigureInputs): CaseFigures {
  const { timeline, now, attempts, promises } = inputs;
  const byChannel: Partial<Record<Channel, ChannelFigures>> = {};
  const channels = new Set<Channel>([...attempts.map((a) => a.channel), ...inputs.responses.map((r) => r.channel)]);
  for (const channel of channels) {
    byChannel[channel] = {
      ...attemptFigures(attempts.filter((a) => a.channel === channel)),
      responses: figure(inputs.responses.filter((r) => r.channel === channel).map((r) => r.id)),
    };
  }
  const verdicts = (status: string) => promises.filter((p) => p.verdict?.status === status).flatMap((p) => p.verdict?.from ?? []);
  const promisesWith = (status: string) => ({ value: promises.filter((p) => p.verdict?.status === status).length, from: [...new Set(verdicts(status))] });
  const first = timeline.entries[0];
  const elapsed = first === undefined ? undefined : daysBetween(first.at, now, inputs.timeZone ?? first.event.occurred.timeZone);
  const later = inputs.interlocutors.slice().sort((a, b) => a.at - b.at).slice(1);
  return {
    ...attemptFigures(attempts),
    interlocutors: { value: inputs.interlocutors.length, from: inputs.interlocutors.map((i) => i.firstSeen) },
    handOffs: figure(inputs.handOffs.map((h) => h.eventId)),
    explainedAgain: figure(later.map((i) => i.firstSeen)),
    ...(first === undefined || elapsed === undefined ? {} : { daysElapsed: { value: elapsed, from: [first.event.id] } }),
    promisesKept: promisesWith("kept"),
    promisesBroken: promisesWith("broken"),
    promisesPending: promisesWith("pending"),
    promisesWithoutDeadline: figure(promises.filter((p) => p.verdict === undefined).map((p) => p.promiseId)),
    automaticReplies: figure([...inputs.automaticReplies]),
    byChannel,
  };
}
