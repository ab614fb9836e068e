// A case's timeline: its events in order, grouped by day, with what the filters need (channel, kind,
// interlocutor) and the flags a reader must see (clock went back, corrected, withdrawn, answered before
// it was asked). Flattened into rows so the view can show only the rows on screen.
import type { Channel, EventKind, EvidenceEvent } from "../evidence";
import { caseTimeline, type SequencedEvent } from "../reality/case-timeline";
import { correctedEvents, type Correction } from "./corrections";
import { attemptChannels, channelOf, interlocutorOf } from "./event-facets";

export interface TimelineEntry {
  /** The event as it now reads (corrections applied). */
  event: EvidenceEvent;
  /** The event as it was stored. */
  original: EvidenceEvent;
  sequence: number;
  clockWentBack: boolean;
  corrections: Correction[];
  withdrawn: boolean;
  channel: Channel | undefined;
  interlocutor: string | undefined;
  /** A response dated before the contact it answers. */
  answeredBeforeAsked: boolean;
  /** The day it happened (YYYY-MM-DD) in the time zone the timeline is read in. */
  day: string;
}

export type TimelineRow = { type: "day"; day: string; at: number; count: number } | { type: "event"; entry: TimelineEntry };

/** Empty sets mean "all". "none" matches events without a channel (notes, case changes). */
export interface TimelineFilter {
  channels: ReadonlySet<Channel | "none">;
  kinds: ReadonlySet<EventKind>;
  interlocutors: ReadonlySet<string>;
}

export const NO_FILTER: TimelineFilter = { channels: new Set(), kinds: new Set(), interlocutors: new Set() };

const QUARTER_HOUR = 15 * 60_000;

function dayFormatter(timeZone: string): (at: number) => string {
  // en-CA writes dates as YYYY-MM-DD, which sorts and keys well.
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  // Every zone's offset is a whole number of quarter hours, so a day never changes inside one: each
  // quarter hour is formatted once, not each of a long case's events.
  const known = new Map<number, string>();
  return (at) => {
    const quarter = Math.floor(at / QUARTER_HOUR);
    let day = known.get(quarter);
    if (day === undefined) {
      day = format.format(at);
      known.set(quarter, day);
    }
    return day;
  };
}

/**
 * `events` with their storage sequence; `timeZone` is the reader's. The order and the clock flags are the
 * reality engine's (reality/case-timeline.ts): captures keep their storage order when the computer's clock
 * went back, what was entered by hand sits at the time the person gave.
 */
export function timelineEntries(events: readonly SequencedEvent[], timeZone: string): TimelineEntry[] {
  const inOrder = [...events].sort((a, b) => a.seq - b.seq);
  const { effective, correctionsOf, withdrawn } = correctedEvents(inOrder.map((s) => s.event));
  const effectiveById = new Map(effective.map((e) => [e.id, e]));
  const originalById = new Map(inOrder.map((s) => [s.event.id, s.event]));
  const channels = attemptChannels(effective);
  // Withdrawn events keep their place: they stay visible, marked.
  const shown = inOrder.map(({ seq, event }) => ({ seq, event: effectiveById.get(event.id) ?? event }));
  const timeline = caseTimeline(shown, Infinity);
  const clockWentBack = new Set<string>();
  const beforeAttempt = new Set<string>();
  for (const anomaly of timeline.anomalies) {
    if (anomaly.type === "clock-went-back") clockWentBack.add(anomaly.eventId);
    if (anomaly.type === "response-before-attempt") beforeAttempt.add(anomaly.eventId);
  }
  // The engine finds responses dated before their attempt when it reads the attempts; the timeline checks it here.
  const occurredOf = new Map(effective.map((e) => [e.id, e.occurred.at]));
  const day = dayFormatter(timeZone);
  return timeline.entries.map(({ event, seq, at }) => {
    const attemptAt = event.kind === "response" && event.payload.inReplyTo ? occurredOf.get(event.payload.inReplyTo) : undefined;
    return {
      event,
      original: originalById.get(event.id) ?? event,
      sequence: seq,
      clockWentBack: clockWentBack.has(event.id),
      corrections: correctionsOf.get(event.id) ?? [],
      withdrawn: withdrawn.has(event.id),
      channel: channelOf(event, channels),
      interlocutor: interlocutorOf(event),
      answeredBeforeAsked: beforeAttempt.has(event.id) || (attemptAt !== undefined && event.occurred.at < attemptAt),
      day: day(at),
    };
  });
}

export function matches(entry: TimelineEntry, filter: TimelineFilter): boolean {
  if (filter.kinds.size > 0 && !filter.kinds.has(entry.event.kind)) return false;
  if (filter.channels.size > 0 && !filter.channels.has(entry.channel ?? "none")) return false;
  if (filter.interlocutors.size > 0 && (!entry.interlocutor || !filter.interlocutors.has(entry.interlocutor))) return false;
  return true;
}

/** Day headings and events, filtered; a day with nothing left is not shown. */
export function timelineRows(entries: readonly TimelineEntry[], filter: TimelineFilter = NO_FILTER): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let heading: Extract<TimelineRow, { type: "day" }> | undefined;
  for (const entry of entries) {
    if (!matches(entry, filter)) continue;
    if (!heading || heading.day !== entry.day) {
      heading = { type: "day", day: entry.day, at: entry.event.occurred.at, count: 0 };
      rows.push(heading);
    }
    heading.count += 1;
    rows.push({ type: "event", entry });
  }
  return rows;
}

/** What the filters can offer for these entries, each sorted. */
export function filterOptions(entries: readonly TimelineEntry[]): { channels: (Channel | "none")[]; kinds: EventKind[]; interlocutors: string[] } {
  const channels = new Set<Channel | "none">();
  const kinds = new Set<EventKind>();
  const interlocutors = new Set<string>();
  for (const e of entries) {
    channels.add(e.channel ?? "none");
    kinds.add(e.event.kind);
    if (e.interlocutor) interlocutors.add(e.interlocutor);
  }
  return { channels: [...channels].sort(), kinds: [...kinds].sort(), interlocutors: [...interlocutors].sort((a, b) => a.localeCompare(b)) };
}
