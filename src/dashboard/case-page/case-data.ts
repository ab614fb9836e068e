// A case as the pages read it: its trail (with the cases it absorbed), and the reality engine's
// reading of it, all following the database live. Shared by the case page, the popup and the side panel.
import { useEffect, useMemo, useState } from "preact/hooks";
import type { EvidenceEvent } from "../../domain/evidence";
import type { CaseReality } from "../../domain/reality/reality-engine";
import { database } from "../../storage/database";
import { caseTrail } from "../../storage/evidence-store";
import { useLiveQuery } from "../../ui/use-live-query";

export type Trail = { seq: number; event: EvidenceEvent }[];

/** The current time, moving on every `everyMs`, so a pending deadline turns broken on screen. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function useTrail(caseId: string): Trail | undefined {
  return useLiveQuery(async () => {
    const trail = await caseTrail(database(), caseId);
    // A user-timing mark (DevTools, bench/cases): reading is done, what follows is computing and drawing.
    performance.mark("receipts:case-trail-read");
    return trail;
  }, [caseId]).value;
}

/**
 * The time a reading is made at: the last tick of useNow, or the current time when later. A reading redone
 * because what is stored changed counts what was just recorded (dated up to a tick after the last one).
 */
export function readingTime(tick: number): number {
  return Math.max(tick, Date.now());
}

/** How the engine is reached: imported with the page (the case page) or loaded after first paint (the popup). */
export type RealityReader = (trail: Trail, now: number, timeZone: string) => CaseReality;

/**
 * The reality engine's reading of the trail, at the time it is read. `now` (useNow) moves the reading on
 * while nothing is stored; when the trail changes, the reading is made at the current time, not at the last
 * tick: a letter logged as received "now" (to the minute) is dated after a tick up to 30 s old, and the
 * engine leaves out events after its `now`, so the page would say "nothing yet" beside the letter it lists.
 */
export function useReality(trail: Trail | undefined, now: number, read: RealityReader | undefined): CaseReality | undefined {
  return useMemo(
    () => (trail && read ? read(trail, readingTime(now), Intl.DateTimeFormat().resolvedOptions().timeZone) : undefined),
    [trail, now, read],
  );
}

/**
 * The reality engine, loaded once the page has painted: the popup's first paint does not wait for it
 * (the case's title and status need no engine; the wait against the promise follows a moment later).
 */
export function useLazyRealityReader(): RealityReader | undefined {
  const [reader, setReader] = useState<{ read: RealityReader }>();
  useEffect(() => {
    let gone = false;
    void import("../../domain/cases/case-reality").then((m) => !gone && setReader({ read: m.caseReality }));
    return () => {
      gone = true;
    };
  }, []);
  return reader?.read;
}
