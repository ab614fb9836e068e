// The background: the only context that writes evidence.
import "../domain/zod-config";
import browser, { type Runtime } from "webextension-polyfill";
import { database } from "../storage/database";
import { forgetTab, frameHostsGranted, frameHostsRemoved } from "./chat-frames";
import { signingKey } from "./keys";
import { checkDeadlinesSoon, onDeadlineAlarm } from "./deadline-alarms";
import { onBackupAlarm, scheduleAutomaticBackup } from "./automatic-backup";
import { dropStaleStagedImports } from "../storage/import-store";
import { onDeadlineNoticeClicked } from "./deadline-notices";
import { onFollowUpNoticeClicked } from "./campaign-follow-ups";
import { listenForPromiseActions } from "./promise-actions";
import { automaticCollection, clock, route, watchWithCase } from "./router";
import { reportStorageFailure } from "./storage-failures";
import { hostsOfPatterns, intendedHosts, reconcileWatchedSites, stopWatching } from "./watched-sites";

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender).then((reply) => {
    // Anything stored may be a promise, an answer or a reopened case: deadlines are checked again soon.
    if (reply.ok) void checkDeadlinesSoon().catch(() => undefined);
    return reply;
  }),
);

// Deadlines and campaign follow-ups: alarms wake the worker when one falls due; a click on its
// notification opens the case (or the campaign).
browser.alarms.onAlarm.addListener(onDeadlineAlarm);
// The weekly automatic backup, for those who asked for it (Firefox forgets alarms across restarts: set again at start-up).
browser.alarms.onAlarm.addListener(onBackupAlarm);
browser.notifications.onClicked.addListener(onDeadlineNoticeClicked);
browser.notifications.onClicked.addListener(onFollowUpNoticeClicked);

// Promises: "Record as promise" in the page's menu, and the keyboard shortcut.
listenForPromiseActions({ clock, collection: automaticCollection });

// The permission can arrive after the popup is gone (Firefox closes it for the prompt):
// a grant for a site the person asked to watch starts watching it.
browser.permissions.onAdded.addListener(({ origins }) => {
  void intendedHosts(origins ?? [], Date.now())
    .then((hosts) => Promise.all(hosts.map((host) => watchWithCase(host))))
    .catch(reportStorageFailure);
});

// Access withdrawn in the browser's settings: stop watching there at once.
browser.permissions.onRemoved.addListener(({ origins }) => {
  void Promise.all(hostsOfPatterns(origins ?? []).map((host) => stopWatching(database(), host))).catch(reportStorageFailure);
});

// Live chats: a vendor host granted from the popup (or after it closed) is followed in the tabs that
// asked for it; a withdrawn one is no longer entered; a closed tab's requests are dropped.
browser.permissions.onAdded.addListener(({ origins }) => void frameHostsGranted(origins ?? []).catch(() => undefined));
browser.permissions.onRemoved.addListener(({ origins }) => void frameHostsRemoved(origins ?? []).catch(() => undefined));
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));

async function prepare(): Promise<void> {
  // Chrome's service worker has no navigator.storage.persist; `unlimitedStorage` covers it there.
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (storage && typeof storage.persist === "function") await storage.persist().catch(() => false);
  await reconcileWatchedSites(database()).catch(reportStorageFailure);
  await scheduleAutomaticBackup().catch(() => undefined);
  // A file staged for import by a page that closed before the background took it.
  await dropStaleStagedImports(database(), Date.now() - 3_600_000).catch(() => undefined);
}

// The dossier signing key exists from the start, so its fingerprint can be sent on day one.
browser.runtime.onInstalled.addListener(() => void signingKey(database()).catch(reportStorageFailure));
browser.runtime.onInstalled.addListener(() => void prepare());
browser.runtime.onStartup.addListener(() => void prepare());
browser.runtime.onInstalled.addListener(() => void checkDeadlinesSoon().catch(() => undefined));
browser.runtime.onStartup.addListener(() => void checkDeadlinesSoon().catch(() => undefined));
