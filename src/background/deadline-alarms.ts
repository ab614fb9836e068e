// Deadlines that speak: when a promise's deadline passes with nothing from the brand, a notification
// says so, once per deadline. Driven by alarms, not timers: an alarm wakes a sleeping service worker,
// and the next one is set again at start-up (Firefox does not keep alarms across restarts).
import browser, { type Alarms } from "webextension-polyfill";
import { isFinished } from "../domain/cases/case-state";
import { caseReality } from "../domain/cases/case-reality";
import { caseDeadlines, type MissedDeadline } from "../domain/cases/deadline-reminders";
import type { Case } from "../domain/evidence";
import { database } from "../storage/database";
import { caseTrail, lastSeqOfCase, listCases, markReminded } from "../storage/evidence-store";
import { notifyMissedDeadlines } from "./deadline-notices";
import { checkFollowUps, notifyFollowUps } from "./campaign-follow-ups";

/** Soon after something was stored: a promise, an answer, a reopened case. */
export const CHECK_ALARM = "receipts.deadlines.check";
/** At the earliest deadline still ahead. */
export const NEXT_ALARM = "receipts.deadlines.next";
const SOON_MS = 1000;

/** Asks for a check in a moment; while one is already asked for, nothing more (a busy chat asks often). */
export async function checkDeadlinesSoon(): Promise<void> {
  if (await browser.alarms.get(CHECK_ALARM)) return;
  await browser.alarms.create(CHECK_ALARM, { when: Date.now() + SOON_MS });
}

/**
 * What the last check found per case, while this worker lives: a case whose events did not change and
 * whose next deadline is still ahead is not read again (a busy chat asks for a check every second).
 */
const lastChecked = new Map<string, { key: string; nextDue: number | undefined }>();

/** Reads every open case, tells the person about deadlines newly missed and campaign follow-ups newly due, and sets the next alarm. */
export async function checkDeadlines(now = Date.now()): Promise<MissedDeadline[]> {
  const db = database();
  const told: { theCase: Case; missed: MissedDeadline[] }[] = [];
  let nextDue: number | undefined;
  for (const theCase of await listCases(db)) {
    if (isFinished(theCase)) continue;
    const key = [theCase.id, ...(theCase.absorbed ?? [])].map(async (id) => `${id}:${await lastSeqOfCase(db, id)}`);
    const state = (await Promise.all(key)).join("|");
    const known = lastChecked.get(theCase.id);
    if (known?.key === state && (known.nextDue === undefined || now < known.nextDue)) {
      if (known.nextDue !== undefined) nextDue = Math.min(nextDue ?? Infinity, known.nextDue);
      continue;
    }
    const deadlines = caseDeadlines(caseReality(await caseTrail(db, theCase.id), now));
    lastChecked.set(theCase.id, { key: state, nextDue: deadlines.nextDue });
    if (deadlines.nextDue !== undefined) nextDue = Math.min(nextDue ?? Infinity, deadlines.nextDue);
    const fresh: MissedDeadline[] = [];
    // Marked before telling: two checks at once cannot both tell.
    for (const missed of deadlines.missed) if (await markReminded(db, missed.key, now)) fresh.push(missed);
    if (fresh.length > 0) told.push({ theCase, missed: fresh });
  }
  await notifyMissedDeadlines(told);
  // Campaign follow-ups falling due ride on the same alarms.
  const followUps = await checkFollowUps(now);
  await notifyFollowUps(followUps.due);
  if (followUps.nextDue !== undefined) nextDue = Math.min(nextDue ?? Infinity, followUps.nextDue);
  await browser.alarms.clear(NEXT_ALARM);
  // A second past the due time, so the deadline has passed when the check runs.
  if (nextDue !== undefined) await browser.alarms.create(NEXT_ALARM, { when: Math.max(nextDue + 1000, Date.now() + SOON_MS) });
  return told.flatMap((t) => t.missed);
}

export function onDeadlineAlarm(alarm: Alarms.Alarm): void {
  if (alarm.name === CHECK_ALARM || alarm.name === NEXT_ALARM) void checkDeadlines().catch(() => undefined);
}
