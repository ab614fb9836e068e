// The reality engine: from a case's events, what was promised, what happened, and the figures that say
// it. Pure and deterministic: the same events, `now` and options give the same result, whatever order
// the array is in (storage order comes from `seq`, see case-timeline.ts). Events that happened after
// `now` are left out, so a case can be read as it stood on any day. Event kinds it does not know are
// ignored, as are notes and attachments unless the person marks them as keeping a promise.
// Corrections of events ("correction") are applied by the caller first (domain/cases/case-reality.ts);
// corrections of how a promise reads ("promise-reading") are read here.
import type { Channel, Moment } from "../evidence";
import type { Anomaly } from "./anomalies";
import { attemptRealities, type AttemptReality } from "./attempt-realities";
import { caseFigures, type CaseFigures } from "./case-figures";
import { caseTimeline, DEFAULT_CLOCK_TOLERANCE_MS, type SequencedEvent } from "./case-timeline";
import { contactAttempts } from "./contact-attempts";
import { createDueClock } from "./due-clock";
import { findAnswers, isAutomaticResponse, type ResponseEvent } from "./first-answers";
import { interlocutorsOf, type HandOff, type Interlocutor } from "./interlocutors";
import { correctedReadings, type ReadingOf } from "./promise-readings";
import { channelsInWords, promiseStandings, type ChannelsOf, type PromiseStanding } from "./promise-verdicts";

export interface RealityOptions {
  /** The moment the case is read at (epoch ms). */
  now: number;
  /** For "days elapsed"; default: the time zone of the case's first event. */
  timeZone?: string;
  /** The order (or return, cancellation) date that refund-like promises count from, when the person gave it. */
  orderDate?: Moment;
  /** How each promise reads; default: the reading stored with it, or the person's last correction of it. */
  readingOf?: ReadingOf;
  /** Channels a standing reply-time promise is owed to; default: those its words name. */
  channelsOf?: ChannelsOf;
  /** Promise id → events the person marks as showing it kept (a note "refund received", a statement…). */
  keptEvidence?: ReadonlyMap<string, readonly string[]>;
  /** Whether a response is an automatic acknowledgement; default: automatic-replies.ts. */
  isAutomaticReply?: (response: ResponseEvent) => boolean;
  /** How far the computer's clock may go back before it is flagged; default one minute. */
  clockToleranceMs?: number;
}

export interface CaseReality {
  now: number;
  attempts: AttemptReality[];
  promises: PromiseStanding[];
  interlocutors: Interlocutor[];
  handOffs: HandOff[];
  figures: CaseFigures;
  anomalies: Anomaly[];
  /** Events after `now`, left out. */
  afterNow: string[];
}

export function readCaseReality(events: readonly SequencedEvent[], options: RealityOptions): CaseReality {
  const { now } = options;
  const timeline = caseTimeline(events, now, options.clockToleranceMs ?? DEFAULT_CLOCK_TOLERANCE_MS);
  const attempts = contactAttempts(timeline);
  const answers = findAnswers(timeline, attempts, options.isAutomaticReply ?? isAutomaticResponse);
  const dueClock = createDueClock();
  const promises = promiseStandings({
    timeline,
    attempts,
    answers,
    now,
    dueClock,
    readingOf: options.readingOf ?? correctedReadings(timeline.storageOrder),
    channelsOf: options.channelsOf ?? channelsInWords,
    ...(options.orderDate ? { orderDate: options.orderDate } : {}),
    ...(options.keptEvidence ? { keptEvidence: options.keptEvidence } : {}),
  });
  const people = interlocutorsOf(timeline, attempts, answers);
  const realities = attemptRealities(attempts, answers);
  const responses: Array<{ id: string; channel: Channel }> = [];
  for (const { event } of answers.responses) if (event.kind === "response") responses.push({ id: event.id, channel: event.payload.channel });
  const figures = caseFigures({
    timeline,
    now,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    attempts: realities,
    responses,
    automaticReplies: answers.automatic,
    interlocutors: people.list,
    handOffs: people.handOffs,
    promises,
  });
  return {
    now,
    attempts: realities,
    promises,
    interlocutors: people.list,
    handOffs: people.handOffs,
    figures,
    anomalies: [
      ...timeline.anomalies,
      ...attempts.anomalies,
      ...answers.anomalies,
      ...[...dueClock.unknownTimeZones].map((timeZone): Anomaly => ({ type: "unknown-time-zone", timeZone })),
    ],
    afterNow: timeline.afterNow,
  };
}
