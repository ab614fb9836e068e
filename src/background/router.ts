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
import { caseEvents, ensureCaseForHost, findByCaptureKey, findCase, isWatched, readSetting, storeByHand, storeCapture, writeSetting, type CaptureToStore, type Clock } from "../storage/evidence-store";
import { chatDetected } from "./chat-adapters";
import { scopeChatToTab } from "./chat-captures";
import { frameHostAllowed, frameHostRefused, frameRequests } from "./chat-frames";
import { pickChat } from "./chat-picker";
import { handlePromiseRequest } from "./promise-requests";
import { clearFoundInTab, findPromisesInTab, recordFound } from "./promise-finder";
import { recordByHand } from "./by-hand";
import { handleCaseRequest } from "./case-requests";
import { handleCampaignRequest } from "./campaign-requests";
import { dossierSign, dossierSigner, dossierTsa } from "./dossier-messages";
import { handleBackupRequest } from "./backup-requests";
import { collection, timeZone } from "./environment";
import { expectOutcome, forgetOutcome, outcomeForLoadedTab } from "./form-outcomes";
import { closeLinkPrompt, openLinkPrompts, promptAboutLink } from "./link-prompts";
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

/** How contacts entered by hand (and every other change the person makes) were collected, with the collector's name. */
async function byHandCollection(): Promise<Collection> {
  return collection("by-hand", await readSetting<string>(database(), COLLECTOR_KEY));
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
  // Not tied to watched sites: the finder runs where the person asked it to (promise-finder.ts checks).
  if (message.type === "promise.found-record") return recordFound(message, sender, { clock, collection: automaticCollection });
  const pageUrl = sender.tab?.url ?? sender.url ?? "";
  const host = hostOf(pageUrl);
  const db = database();
  if (!host || !(await isWatched(db, pageUrl))) return failure("not-watched", "This site is not watched.");
  if (message.type === "chat.detected") return chatDetected(message, sender);
  // A frame the page wrote itself (about:blank, srcdoc: Intercom's Messenger) has no address of its own.
  const frameUrl = sender.url && !sender.url.startsWith("about:") ? sender.url : pageUrl;
  const origin = new URL(frameUrl).origin;
  const tabId = sender.tab?.id;
  // Namespaced by origin: a page can only ever collide with its own captures, and then nothing is overwritten.
  const keyed = (key: string) => `${origin}|${key}`;
  const capturedHere = async (): Promise<Pick<CaptureToStore, "host" | "source" | "collection">> => ({
    host,
    source: { url: frameUrl, title: message.title, frameOrigin: origin, ...(tabId !== undefined ? { tabId } : {}) },
    collection: await automaticCollection(),
  });
  switch (message.type) {
    case "capture.record": {
      const scoped = scopeChatToTab(message, tabId);
      const write = storeCapture(db, { captureKey: keyed(scoped.captureKey), ...(await capturedHere()), evidence: scoped.evidence }, clock);
      const evidence = message.evidence;
      // A classic form leads to the next page in the tab: that page is its outcome.
      if (tabId !== undefined && evidence.kind === "contact-attempt" && evidence.payload.channel === "web-form" && evidence.payload.method !== "SCRIPT") {
        expectOutcome(
          tabId,
          write.then(
            (stored) => (stored.duplicate ? undefined : { tabId, attemptId: stored.eventId, host, at: Date.now() }),
            () => undefined,
          ),
        );
      }
      const stored = await write;
      if (!stored.duplicate && evidence.kind === "contact-attempt" && (evidence.payload.channel === "email" || evidence.payload.channel === "phone")) {
        await promptAboutLink({ eventId: stored.eventId, caseId: stored.caseId, channel: evidence.payload.channel, target: evidence.payload.target ?? "", at: Date.now() });
      }
      return { ok: true, eventId: stored.eventId, duplicate: stored.duplicate };
    }
    case "page.loaded":
      if (tabId !== undefined) await recordOutcomeOfLoadedPage(tabId);
      return { ok: true };
    case "capture.outcome": {
      const attempt = await findByCaptureKey(db, keyed(message.attemptCaptureKey));
      // The attempt may still be on its way (or being retried): the content script tries again.
      if (!attempt) return failure("not-found", "The contact attempt is not stored yet.");
      if (tabId !== undefined) await forgetOutcome(tabId, attempt.id);
      const { status, text, reference } = message;
      const stored = await storeCapture(
        db,
        {
          captureKey: keyed(message.captureKey),
          ...(await capturedHere()),
          evidence: { kind: "contact-outcome", payload: { attemptId: attempt.id, status, pageUrl: frameUrl, pageTitle: message.title, ...(text ? { text } : {}), ...(reference ? { reference } : {}) } },
        },
        clock,
      );
      return { ok: true, eventId: stored.eventId, duplicate: stored.duplicate };
    }
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
    case "link-prompt.answer": {
      const prompt = (await openLinkPrompts()).find((p) => p.eventId === message.eventId);
      if (!prompt) return failure("not-found", "This question was already answered or dismissed.");
      const note = await storeByHand(
        db,
        { caseId: prompt.caseId, evidence: { kind: "note", payload: { text: message.text, about: prompt.eventId } }, collection: await byHandCollection() },
        clock,
      );
      await closeLinkPrompt(message.eventId);
      return { ok: true, eventId: note.id };
    }
    case "link-prompt.dismiss":
      await closeLinkPrompt(message.eventId);
      return { ok: true };
    case "storage-error.dismiss":
      await clearStorageFailure();
      return { ok: true };
    // Live chats
    case "chat.frame-requests":
      return { ok: true, hosts: await frameRequests(message.tabId) };
    case "chat.frame-allow":
      return (await frameHostAllowed(message.host, message.tabId)) ? { ok: true } : failure("permission-missing", "The browser did not grant access to this host.");
    case "chat.frame-refuse":
      await frameHostRefused(message.host);
      return { ok: true };
    case "chat.pick":
      return pickChat(message.tabId);
    // Contacts entered by hand
    case "by-hand.record":
      return recordByHand(message, await byHandCollection(), clock);
    // Cases
    case "case.create":
    case "case.change":
    case "case.follow-up":
    case "case.correct":
    case "case.note":
    case "case.attach":
    case "case.activate":
    case "case.delete":
      return handleCaseRequest(message, await byHandCollection(), clock);
    // Campaigns
    case "campaign.create":
    case "campaign.edit-protocol":
    case "campaign.add-brand":
    case "campaign.remove-brand":
    case "campaign.start":
    case "campaign.end":
      return handleCampaignRequest(message, await byHandCollection(), clock);
    // Dossier
    case "dossier.signer":
      return dossierSigner(db);
    case "dossier.sign":
      return dossierSign(db, message.manifest);
    case "dossier.tsa":
      return dossierTsa(db, message.url);
    // Import and backup
    case "backup.import":
    case "backup.record":
    case "backup.automatic":
      return handleBackupRequest(message, clock);
    // Promises
    case "promise.selection":
    case "promise.record":
    case "promise.menu-click":
    case "promise.correct":
    case "promise.from-event":
      return handlePromiseRequest(message, { clock, automatic: automaticCollection, byHand: byHandCollection });
    case "promise-finder.find":
      return findPromisesInTab(message.tabId);
    case "promise-finder.clear":
      return clearFoundInTab(message.tabId);
  }
}

/** The page a form led to, read and stored as the outcome of that form. */
async function recordOutcomeOfLoadedPage(tabId: number): Promise<void> {
  const outcome = await outcomeForLoadedTab(tabId);
  if (!outcome) return;
  const { pending, page, status, reference } = outcome;
  await storeCapture(
    database(),
    {
      captureKey: `outcome|${pending.attemptId}`,
      host: pending.host,
      source: { url: page.url, title: page.title, frameOrigin: new URL(page.url).origin, tabId },
      collection: await automaticCollection(),
      evidence: {
        kind: "contact-outcome",
        payload: { attemptId: pending.attemptId, status, pageUrl: page.url, pageTitle: page.title, text: page.text, ...(reference ? { reference } : {}) },
      },
    },
    clock,
  );
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
