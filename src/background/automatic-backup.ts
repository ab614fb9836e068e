// The weekly automatic backup, for people who opted in (and granted the optional `downloads`
// permission): an alarm checks once a day whether a backup is due (a week since the last verified
// one, and evidence it does not hold), makes it, reads it back, and saves it into the downloads
// folder. Where the file is made depends on the browser: Chrome's service worker has no
// URL.createObjectURL, so an offscreen document makes the backup and its blob: URL; Firefox's
// background is a page and does it itself. See docs/backup.md.
import browser, { type Alarms } from "webextension-polyfill";
import { automaticBackupDue } from "../domain/backup/backup-status";
import { makeVerifiedBackup, type MadeBackup } from "../backup/make-backup";
import { database } from "../storage/database";
import { automaticBackupWanted, lastVerifiedBackup, latestSeq, recordVerifiedBackup } from "../storage/backup-store";
import { signManifest } from "./dossier-signing";
import { collection, timeZone } from "./environment";
import { signingKey } from "./keys";
import { fromBase64 } from "../domain/dossier/bytes";
import type { VerifiedBackup } from "../domain/backup/backup-status";

export const BACKUP_ALARM = "receipts.backup.weekly";
const CHECK_EVERY_MINUTES = 24 * 60;
const OFFSCREEN_PATH = "src/backup/offscreen.html";
/** A download that never finishes is given up after this long (the next check tries again). */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
export const BACKUP_FOLDER = "Receipts backups";

/** The daily check on while the person wants weekly backups, off otherwise. */
export async function scheduleAutomaticBackup(): Promise<void> {
  if (!(await automaticBackupWanted(database()))) {
    await browser.alarms.clear(BACKUP_ALARM);
    return;
  }
  if (await browser.alarms.get(BACKUP_ALARM)) return;
  await browser.alarms.create(BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
}

export function onBackupAlarm(alarm: Alarms.Alarm): void {
  if (alarm.name === BACKUP_ALARM) void runAutomaticBackup().catch(() => undefined);
}

export type AutomaticBackupResult = "made" | "not-wanted" | "no-permission" | "not-due" | "failed";

let running: Promise<AutomaticBackupResult> | undefined;

/** One check; two alarms at once share it. */
export function runAutomaticBackup(): Promise<AutomaticBackupResult> {
  running ??= checkAndBackUp().finally(() => (running = undefined));
  return running;
}

async function checkAndBackUp(): Promise<AutomaticBackupResult> {
  const db = database();
  if (!(await automaticBackupWanted(db))) return "not-wanted";
  if (!(await browser.permissions.contains({ permissions: ["downloads"] }))) return "no-permission";
  if (!automaticBackupDue(await lastVerifiedBackup(db), await latestSeq(db), Date.now())) return "not-due";
  const made = typeof URL.createObjectURL === "function" ? await madeHere() : await madeOffscreen();
  if (!made) return "failed";
  try {
    if (!(await downloaded(made.url, `${BACKUP_FOLDER}/${made.record.fileName}`))) return "failed";
    await recordVerifiedBackup(db, made.record);
    return "made";
  } finally {
    made.release();
  }
}

interface Saved {
  url: string;
  record: VerifiedBackup;
  release: () => void;
}

/** Firefox: the background is a page, with URL.createObjectURL. */
async function madeHere(): Promise<Saved | undefined> {
  const db = database();
  const [{ signer }, made] = await Promise.all([signingKey(db), collection("by-hand", undefined)]);
  const backup: MadeBackup = await makeVerifiedBackup(db, {
    signer,
    by: { extensionVersion: made.extensionVersion, browser: made.browser, browserVersion: made.browserVersion },
    timeZone: timeZone(),
    sign: async (manifest) => {
      const outcome = await signManifest(db, new TextDecoder().decode(manifest));
      if (!outcome.ok) throw new Error(outcome.reason);
      return fromBase64(outcome.signature) as Uint8Array;
    },
    now: Date.now,
    automatic: true,
  });
  const url = URL.createObjectURL(new Blob([backup.bytes], { type: "application/zip" }));
  return { url, record: backup.record, release: () => URL.revokeObjectURL(url) };
}

/** Chrome: the offscreen document makes the backup and its blob: URL, and keeps it until released. */
async function madeOffscreen(): Promise<Saved | undefined> {
  const offscreen = (globalThis as { chrome?: typeof chrome }).chrome?.offscreen;
  if (!offscreen) return undefined;
  if (!(await offscreen.hasDocument())) {
    await offscreen.createDocument({ url: OFFSCREEN_PATH, reasons: [offscreen.Reason.BLOBS], justification: "Make the weekly backup file the person asked for, for the downloads API." });
  }
  const reply = (await browser.runtime.sendMessage({ type: "backup.make-offscreen" })) as { ok: boolean; url?: string; record?: VerifiedBackup } | undefined;
  if (!reply?.ok || !reply.url || !reply.record) {
    await offscreen.closeDocument().catch(() => undefined);
    return undefined;
  }
  return { url: reply.url, record: reply.record, release: () => void offscreen.closeDocument().catch(() => undefined) };
}

/** Starts the download and waits until the file is complete (true) or the download failed (false). */
async function downloaded(url: string, filename: string): Promise<boolean> {
  const id = await browser.downloads.download({ url, filename, saveAs: false, conflictAction: "uniquify" });
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => {
      browser.downloads.onChanged.removeListener(listener);
      clearTimeout(timer);
      resolve(ok);
    };
    const listener = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id !== id || !delta.state?.current) return;
      if (delta.state.current === "complete") done(true);
      else if (delta.state.current === "interrupted") done(false);
    };
    const timer = setTimeout(() => done(false), DOWNLOAD_TIMEOUT_MS);
    browser.downloads.onChanged.addListener(listener);
    // It may have finished before the listener was there.
    void browser.downloads.search({ id }).then(([item]) => {
      if (item?.state === "complete") done(true);
      else if (item?.state === "interrupted") done(false);
    });
  });
}
