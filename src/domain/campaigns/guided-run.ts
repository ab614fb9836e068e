// A guided run: for one brand of a campaign, the next step of the protocol and what it still needs, so
// that every brand is tested the same way. Pure: the campaign, the brand's case trail and `now` in, the
// step out. The rules:
// - the run begins at the campaign's start, or when the brand joined if it came later; only contacts
//   from then on count;
// - the message is the first contact attempt on the protocol's channel since then that did not fail
//   (a form whose page said it could not be sent is no message);
// - the response is the first answer to that message or a later one on the same channel, as the reality
//   engine finds answers (first-answers.ts), under the protocol's response rule: "person" leaves out
//   automatic acknowledgements, "any" counts them;
// - the follow-up falls due `followUpAfter` after the message with no response; any later attempt on the
//   channel is the follow-up (flagged early when sent before it was due);
// - the brand is silent once `wait` has passed since the message with no response;
// - with per-brand pinning, the brand's own promise must be pinned (a promise event in its case) before
//   the message; a message sent without it still runs, the missing promise stays listed.
// Durations count like promise deadlines (promises/deadline.ts: business days, daylight-saving changes),
// from the message, in the time zone it was sent in.
import type { EvidenceEvent, Moment } from "../evidence";
import { correctedEvents } from "../cases/corrections";
import { correctedReadings } from "../cases/case-reality";
import { dueTimes } from "../promises/deadline";
import type { SequencedEvent } from "../reality/case-timeline";
import { isAutomaticResponse } from "../reality/first-answers";
import { readCaseReality, type CaseReality } from "../reality/reality-engine";
import { currentProtocol, protocolOf, type Campaign, type CampaignBrand, type Protocol, type ProtocolDuration, type ResponseRule } from "./campaign";
import { brandStart } from "./campaign-edits";
import { firstContact } from "./first-contact";

export type GuidedStep =
  /** The campaign is being prepared. */
  | "not-started"
  /** The person deleted the brand's case. */
  | "case-deleted"
  /** Per-brand pinning: pin the brand's own promise from its site first. */
  | "pin-promise"
  /** Send the protocol's question through its channel. */
  | "send-message"
  /** Sent; nothing due yet. */
  | "waiting"
  /** No response after `followUpAfter`: follow up now. */
  | "follow-up"
  /** The brand responded. */
  | "answered"
  /** `wait` has passed with no response. */
  | "silent"
  /** The campaign ended before this brand's run did. */
  | "ended";

export interface Contact {
  eventId: string;
  at: number;
}

export interface GuidedRun {
  step: GuidedStep;
  /** The protocol this brand runs (its version, kept when the protocol changes later). */
  protocol: Protocol;
  /** When this brand's run began. */
  start?: number;
  promise: {
    /** Per-brand pinning asks for the brand's own promise; the campaign's is pinned at the start. */
    needed: boolean;
    /** The promise pinned in the case, if any (the first, as the case now reads). */
    pinned?: Contact;
  };
  message?: Contact;
  /** The latest attempt on the channel that failed to send, while no message went through. */
  failedAttempt?: Contact;
  response?: Contact & {
    /** From the message to the response (ms). */
    afterMs: number;
    /** It came after the wait was over. */
    afterWait: boolean;
  };
  followUp?: {
    /** When it falls due (absent until the message is sent). */
    due?: number;
    sent?: Contact & { early: boolean };
  };
  /** When the brand counts as silent (absent until the message is sent). */
  silentAt?: number;
  /** The next moment the step changes by itself: a follow-up falling due, the wait ending. */
  nextChange?: number;
}

/** The reality engine over a case as the person now reads it (corrections applied), under a response rule. */
function campaignReality(trail: readonly SequencedEvent[], now: number, rule: ResponseRule): CaseReality {
  const inOrder = [...trail].sort((a, b) => a.seq - b.seq);
  const plain = inOrder.map((s) => s.event);
  const seqOf = new Map(inOrder.map((s) => [s.event.id, s.seq]));
  const sequenced = correctedEvents(plain).effective.map((event) => ({ seq: seqOf.get(event.id) ?? 0, event }));
  return readCaseReality(sequenced, {
    now,
    readingOf: correctedReadings(plain),
    isAutomaticReply: rule === "any" ? () => false : isAutomaticResponse,
  });
}

/** When a protocol duration, counted from `from`, is over. */
function durationEnd(duration: ProtocolDuration, from: Moment): number | undefined {
  return dueTimes({ deadline: { type: "duration", amount: duration.amount, unit: duration.unit } }, from)[0];
}

function firstPromise(events: readonly EvidenceEvent[]): Contact | undefined {
  let first: Contact | undefined;
  for (const e of events) if (e.kind === "promise" && (first === undefined || e.occurred.at < first.at)) first = { eventId: e.id, at: e.occurred.at };
  return first;
}

export interface GuidedRunInput {
  campaign: Campaign;
  brand: CampaignBrand;
  /** The brand's case events with their storage sequence (storage's caseTrail); ignored once the case is deleted. */
  trail: readonly SequencedEvent[];
  now: number;
}

export function guidedRun({ campaign, brand, trail, now }: GuidedRunInput): GuidedRun {
  const protocol = protocolOf(campaign, brand) ?? currentProtocol(campaign);
  const needed = protocol.pinning === "per-brand";
  const start = brandStart(campaign, brand);
  if (brand.caseDeleted) return { step: "case-deleted", protocol, ...(start ? { start: start.at } : {}), promise: { needed } };
  if (!start) return { step: "not-started", protocol, promise: { needed } };

  const reality = campaignReality(trail, now, protocol.responseRule);
  const effective = correctedEvents(trail.map((s) => s.event)).effective.filter((e) => e.occurred.at <= now);
  const pinned = firstPromise(effective);
  const promise = { needed, ...(pinned ? { pinned } : {}) };
  const base = { protocol, start: start.at, promise };
  const ended = campaign.ended !== undefined;

  // The attempts in time order; those on the protocol's channel since the start make the run.
  const inTime = [...reality.attempts].sort((a, b) => a.at - b.at);
  const attempts = inTime.filter((a) => a.channel === protocol.channel && a.at >= start.at);
  const sent = attempts.filter((a) => a.status !== "failed");
  const contact = firstContact(inTime, { channel: protocol.channel, since: start.at, otherChannel: false, answersOnChannel: true });
  const message = contact && { eventId: contact.first.id, at: contact.first.at };
  if (!message) {
    const failed = attempts.filter((a) => a.status === "failed").at(-1);
    const failedAttempt = failed ? { failedAttempt: { eventId: failed.id, at: failed.at } } : {};
    if (ended) return { step: "ended", ...base, ...failedAttempt };
    return { step: needed && !pinned ? "pin-promise" : "send-message", ...base, ...failedAttempt };
  }

  const messageEvent = effective.find((e) => e.id === message.eventId);
  const from: Moment = { at: message.at, timeZone: messageEvent?.occurred.timeZone ?? start.timeZone };
  const silentAt = durationEnd(protocol.wait, from);
  const followUpDue = protocol.followUpAfter ? durationEnd(protocol.followUpAfter, from) : undefined;
  const second = sent[1];
  const followUp = protocol.followUpAfter
    ? {
        followUp: {
          ...(followUpDue !== undefined ? { due: followUpDue } : {}),
          ...(second ? { sent: { eventId: second.id, at: second.at, early: followUpDue !== undefined && second.at < followUpDue } } : {}),
        },
      }
    : {};
  const sentBase = { ...base, message: { eventId: message.eventId, at: message.at }, ...followUp, ...(silentAt !== undefined ? { silentAt } : {}) };

  const answer: Contact | undefined = contact.response && { eventId: contact.response.answer.eventId, at: contact.response.answer.at };
  if (answer) {
    const response = { ...answer, afterMs: answer.at - message.at, afterWait: silentAt !== undefined && answer.at > silentAt };
    return { step: "answered", ...sentBase, response };
  }
  if (silentAt !== undefined && now >= silentAt) return { step: "silent", ...sentBase };
  if (ended) return { step: "ended", ...sentBase };
  const followUpNow = followUpDue !== undefined && !second && now >= followUpDue;
  const upcoming = [followUpDue !== undefined && !second && now < followUpDue ? followUpDue : undefined, silentAt].filter((t): t is number => t !== undefined);
  const nextChange = upcoming.length ? { nextChange: Math.min(...upcoming) } : {};
  return { step: followUpNow ? "follow-up" : "waiting", ...sentBase, ...nextChange };
}
