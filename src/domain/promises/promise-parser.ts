// Reads a pinned sentence as a service commitment: which kind, by when, counted from what.
// Rule based on purpose: every reading can be explained by the words it came from (see `matched`).
// Order of work for each piece of text (quotes, then sentences, questions left out):
// blank what commits no one (conditions, instructions to the reader), rule out non-promises, find the
// deadlines (availability, dates, times of day, durations) and the kind cues, then pair a kind with a
// deadline said in the same clause, or failing that in the same sentence.
import { findAvailability, type AvailabilityFound } from "./availability";
import { clockStartFor } from "./clock-start";
import { findBeforeTimes } from "./clock-times";
import { hasSpeaker, isFuture, isGuaranteed, isHedged, isSoon } from "./commitment";
import { findDurations } from "./durations";
import { findFixedDates } from "./fixed-dates";
import { findKindCues, priorityOf, type KindCue } from "./kinds";
import { detectLanguage } from "./language";
import { normalize, quoteSource, type NormalText } from "./normalize";
import { committingPart, notPromiseReason } from "./not-promises";
import type { Deadline, PromiseKind, PromiseLanguage, PromiseReading } from "./promise-reading";
import { clauses, pieces, type Piece } from "./sentences";
import { gap, type Span } from "./text-spans";

/** Longer texts are cut: a pinned promise is a sentence or a paragraph, not a page. */
const MAX_LENGTH = 5_000;

interface Candidate extends Span {
  deadline?: Deadline;
  saidDay: boolean;
}

interface Choice {
  kind: PromiseKind;
  cue?: Span;
  deadlineSpan?: Span;
  deadline?: Deadline;
  saidDay: boolean;
  sameClause: boolean;
}

/** Kinds that, said "24/7" or with opening hours and no deadline, are really a claim about availability. */
const AVAILABILITY_LIKE: PromiseKind[] = ["reply-time", "callback", "resolution-time", "channel-availability"];

function best(cues: KindCue[]): KindCue {
  return [...cues].sort((a, b) => priorityOf(a.kind) - priorityOf(b.kind) || a.start - b.start)[0] as KindCue;
}

function nearest(candidates: Candidate[], to: Span): Candidate {
  return [...candidates].sort((a, b) => gap(a, to) - gap(b, to) || a.start - b.start)[0] as Candidate;
}

function fromCandidate(kind: PromiseKind, cue: Span | undefined, candidate: Candidate, sameClause: boolean): Choice {
  return { kind, cue, deadlineSpan: candidate, deadline: candidate.deadline, saidDay: candidate.saidDay, sameClause };
}

function choose(main: string, cues: KindCue[], candidates: Candidate[], availability: AvailabilityFound): Choice | undefined {
  const specific = cues.filter((cue) => cue.kind !== "channel-availability");
  const availabilityCue = cues.find((cue) => cue.kind === "channel-availability");
  for (const clause of clauses(main)) {
    const inClause = (span: Span) => span.start >= clause.start && span.start < clause.end;
    const clauseCues = specific.filter(inClause);
    const clauseDeadlines = candidates.filter(inClause);
    if (clauseCues.length > 0 && clauseDeadlines.length > 0) {
      const cue = best(clauseCues);
      return fromCandidate(cue.kind, cue, nearest(clauseDeadlines, cue), true);
    }
  }
  const cue = specific.length > 0 ? best(specific) : undefined;
  if (cue && candidates.length > 0) return fromCandidate(cue.kind, cue, nearest(candidates, cue), false);
  const availabilityLike = cue === undefined || AVAILABILITY_LIKE.includes(cue.kind);
  const spoken = cue ?? availabilityCue;
  if (availabilityLike && spoken) {
    const always = availability.always[0];
    if (always) {
      return { kind: "channel-availability", cue: spoken, deadlineSpan: always, deadline: { type: "always" }, saidDay: false, sameClause: true };
    }
    const hours = availability.hours[0];
    if (hours) return { kind: "channel-availability", cue: spoken, deadlineSpan: hours, saidDay: false, sameClause: true };
  }
  if (cue) {
    // Without any deadline, only words that commit make it a promise ("we'll refund you", "satisfait ou remboursé").
    const commits = cue.kind === "single-contact" || isGuaranteed(main) || isFuture(main) || isSoon(main) || hasSpeaker(main);
    return commits ? { kind: cue.kind, cue, saidDay: false, sameClause: false } : undefined;
  }
  // No kind words: a dated commitment is still a promise ("your new card will be sent within 7 days"),
  // but only said in the future or guaranteed: a present-tense "returns are free within 30 days" is a policy.
  const dated = candidates.find((candidate) => candidate.deadline !== undefined);
  if (dated && (isFuture(main) || isGuaranteed(main))) return fromCandidate("other", undefined, dated, false);
  return undefined;
}

function confidenceOf(choice: Choice, main: string): number {
  let confidence = 0.6;
  if (choice.deadline) confidence += 0.2;
  if (isGuaranteed(main) || isFuture(main)) confidence += 0.1;
  if (isHedged(main)) confidence -= 0.25;
  if (choice.deadlineSpan && !choice.sameClause) confidence -= 0.1;
  if (choice.kind === "other") confidence -= 0.2;
  return Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100;
}

function readPiece(normal: NormalText, piece: Piece, language: PromiseLanguage): PromiseReading | undefined {
  const main = committingPart(piece.text);
  if (main.trim() === "" || notPromiseReason(main) !== undefined) return undefined;
  const availability = findAvailability(main);
  const dates = findFixedDates(availability.rest);
  const times = findBeforeTimes(dates.rest);
  const durations = findDurations(times.rest);
  const candidates: Candidate[] = [
    ...dates.found.map((found) => ({ ...found, saidDay: false })),
    ...times.found,
    ...durations.found.map((found) => ({ ...found, saidDay: false })),
  ].sort((a, b) => a.start - b.start);
  const choice = choose(main, findKindCues(main), candidates, availability);
  if (!choice) return undefined;
  const matched: PromiseReading["matched"] = {};
  const quote = (span: Span) => quoteSource(normal, piece.offset + span.start, piece.offset + span.end);
  if (choice.cue) matched.kind = quote(choice.cue);
  if (choice.deadlineSpan) matched.deadline = quote(choice.deadlineSpan);
  return {
    kind: choice.kind,
    ...(choice.deadline ? { deadline: choice.deadline } : {}),
    clockStart: clockStartFor(choice.kind, choice.deadline, normal.text, choice.saidDay),
    language,
    confidence: confidenceOf(choice, main),
    matched,
  };
}

/** What the text promises, or undefined when it is not a service commitment. */
export function readPromise(text: string, language?: PromiseLanguage): PromiseReading | undefined {
  const normal = normalize(text.slice(0, MAX_LENGTH));
  const detected = language ?? detectLanguage(normal.text);
  for (const piece of pieces(normal)) {
    const reading = readPiece(normal, piece, detected);
    if (reading) return reading;
  }
  return undefined;
}
