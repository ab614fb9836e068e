// Every message enters here: parsed with its schema, its sender checked, then handled.
import browser from "webextension-polyfill";
import type { Runtime } from "webextension-polyfill";
import { ContentMessage, PrivilegedMessage, failure, type Reply } from "../messaging/messages";
import { classifySender } from "../messaging/sender-policy";
import { hostOf } from "../domain/brand";
import type { Case, Collection } from "../domain/evidence";
import { buildCaseExport, caseExportFileName } from "../domain/case-export";
import { randomUuid } from "../domain/random-id";
import { database } from "../storage/database";
import { caseEvents, ensureCaseForHost, findCase, isWatched, readSetting, storeCapture, writeSetting, type Clock } from "../storage/evidence-store";
import { collection, timeZone } from "./environment";
import { expectOutcome } from "./form-outcomes";
import { clearStorageFailure, reportStorageFailure } from "./storage-failures";
import { hasHostPermission, recordWatchIntent, startWatching, stopWatching } from "./watched-sites";

export const clock: Clock = {
  now: () => ({ at: Date.now(), timeZone: timeZone() }),
  newId: randomUuid,
};

const COLLECTOR_KEY = "collector";

/** How automatic captures were collected, with the collector's name if the person set one. */
export async function automaticCollection(): Promise<Collection> {
  return collection("automatic", await readSetting<string>(database(), COLLECTOR_KEY));
}

/** A capture that cannot be kept is told to the person, and the content script keeps it for a retry. */
async function handleContent(message: ContentMessage, sender: Runtime.MessageSender): Promise<Reply> {
  try {
    return await handleContentUnsafe(message, sender);
  } catch (error) {
    await reportStorageFailure(error);
    return failure("storage-failed", error instanceof Error ? error.message : String(error));
  }
}

async function handleContentUnsafe(message: ContentMessage, sender: Runtime.MessageSender): Promise<Reply> {
  const pageUrl = sender.tab?.url ?? sender.url ?? "";
  const host = hostOf(pageUrl);
  const db = database();
  if (!host || !(await isWatched(db, pageUrl))) return failure("not-watched", "This site is not watched.");
  switch (message.type) {
    case "capture.record": {
      const frameUrl = sender.url ?? pageUrl;
      const write = storeCapture(
        db,
        {
          // Namespaced by origin: a page can only ever collide with its own captures, and then nothing is overwritten.
          captureKey: `${new URL(frameUrl).origin}|${message.captureKey}`,
          host,
          source: { url: frameUrl, title: message.title, frameOrigin: new URL(frameUrl).origin, ...(sender.tab?.id !== undefined ? { tabId: sender.tab.id } : {}) },
          collection: await automaticCollection(),
          evidence: message.evidence,
        },
        clock,
      );
      const tabId = sender.tab?.id;
      if (tabId !== undefined && message.evidence.kind === "contact-attempt" && message.evidence.payload.channel === "web-form") {
        expectOutcome(
          tabId,
          write.then(
            (stored) => (stored.duplicate ? undefined : { tabId, attemptId: stored.eventId, host, at: Date.now() }),
            () => undefined,
          ),
        );
      }
      const stored = await write;
      return { ok: true, eventId: stored.eventId, duplicate: stored.duplicate };
    }
    case "page.seen":
      return { ok: true };
  }
}

async function handlePrivileged(message: PrivilegedMessage): Promise<Reply> {
  const db = database();
  switch (message.type) {
    case "site.watch-intent":
      await recordWatchIntent(message.host, Date.now());
      return { ok: true };
    case "site.watch": {
      if (!(await hasHostPermission(message.host))) return failure("permission-missing", "The browser did not grant access to this site.");
      const theCase = await watchWithCase(message.host);
      return { ok: true, caseId: theCase.id };
    }
    case "site.unwatch":
      await stopWatching(db, message.host);
      return { ok: true };
    case "case.export": {
      const theCase = await findCase(db, message.caseId);
      if (!theCase) return failure("not-found", "No such case.");
      const events = await caseEvents(db, theCase.id);
      const made = await collection("by-hand", undefined);
      const now = clock.now();
      const exported = buildCaseExport(theCase, events, {
        ...now,
        by: { extensionVersion: made.extensionVersion, browser: made.browser, browserVersion: made.browserVersion },
      });
      return { ok: true, export: exported, fileName: caseExportFileName(theCase, now.at) };
    }
    case "settings.update":
      await writeSetting(db, COLLECTOR_KEY, message.collector.trim() || undefined);
      return { ok: true };
    case "storage-error.dismiss":
      await clearStorageFailure();
      return { ok: true };
  }
}

/** Watches a site and makes sure it has an open case to collect into. */
export async function watchWithCase(host: string): Promise<Case> {
  const db = database();
  await startWatching(db, host, Date.now());
  return ensureCaseForHost(db, host, clock);
}

/** The single entry point for runtime messages. Anything not understood is refused, never guessed at. */
export async function route(raw: unknown, sender: Runtime.MessageSender): Promise<Reply> {
  const extensionOrigin = browser.runtime.getURL("").replace(/\/$/, "");
  const kind = classifySender(sender, browser.runtime.id, extensionOrigin);
  if (!kind) return failure("forbidden", "Unknown sender.");
  try {
    if (kind === "extension-page") {
      const parsed = PrivilegedMessage.safeParse(raw);
      if (parsed.success) return await handlePrivileged(parsed.data);
      // Extension pages do not send content messages; refuse rather than widen their reach.
      return failure("invalid-message", "Malformed or unknown message.");
    }
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success) {
      return PrivilegedMessage.safeParse(raw).success
        ? failure("forbidden", "Only Receipts' own pages may ask for this.")
        : failure("invalid-message", "Malformed or unknown message.");
    }
    return await handleContent(parsed.data, sender);
  } catch (error) {
    return failure("internal", error instanceof Error ? error.message : String(error));
  }
}
