// "Watch this site": the content script runs only on hosts the person chose and granted.
import browser from "webextension-polyfill";
import watchedPageScript from "../content/watched-page.iife.ts?script";
import { matchPatternsForHost } from "../domain/brand";
import type { ReceiptsDatabase } from "../storage/database";
import { unwatchSite, watchSite, watchedSites } from "../storage/evidence-store";

const SCRIPT_PREFIX = "watch:";
const INTENT_KEY = "watchIntents";
/** A permission granted this long after "Watch this site" was clicked still means "watch". */
const INTENT_WINDOW_MS = 10 * 60 * 1000;

function scriptId(host: string): string {
  return `${SCRIPT_PREFIX}${host}`;
}

export async function hasHostPermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: matchPatternsForHost(host) });
}

async function registerFor(host: string): Promise<void> {
  await browser.scripting.registerContentScripts([
    {
      id: scriptId(host),
      matches: matchPatternsForHost(host),
      js: [watchedPageScript],
      runAt: "document_idle",
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

async function registeredHosts(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(SCRIPT_PREFIX)).map((s) => s.id.slice(SCRIPT_PREFIX.length));
}

// Watching and unwatching run one at a time, so that the popup's request and the permission
// event for the same click cannot register the same script twice.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Remembers that the person asked to watch `host`, for when the browser's permission arrives. */
export async function recordWatchIntent(host: string, now: number): Promise<void> {
  const stored = await browser.storage.session.get(INTENT_KEY);
  const intents = (stored[INTENT_KEY] as Record<string, number> | undefined) ?? {};
  intents[host] = now;
  await browser.storage.session.set({ [INTENT_KEY]: intents });
}

/** Hosts granted just now that the person had asked to watch. */
export async function intendedHosts(origins: readonly string[], now: number): Promise<string[]> {
  const stored = await browser.storage.session.get(INTENT_KEY);
  const intents = (stored[INTENT_KEY] as Record<string, number> | undefined) ?? {};
  return hostsOfPatterns(origins).filter((host) => {
    const at = intents[host];
    return at !== undefined && now - at <= INTENT_WINDOW_MS;
  });
}

/** The hosts named by match patterns of the form *://host/* (the only form Receipts asks for). */
export function hostsOfPatterns(origins: readonly string[]): string[] {
  return origins.flatMap((pattern) => {
    const match = /^\*:\/\/([^/*]+)\/\*$/.exec(pattern);
    return match?.[1] ? [match[1]] : [];
  });
}

/** Starts watching: records the choice, registers the content script and starts it in open tabs of the site. */
export function startWatching(db: ReceiptsDatabase, host: string, now: number): Promise<void> {
  return serially(() => startWatchingNow(db, host, now));
}

async function startWatchingNow(db: ReceiptsDatabase, host: string, now: number): Promise<void> {
  await watchSite(db, host, now);
  if (!(await registeredHosts()).includes(host)) await registerFor(host);
  const tabs = await browser.tabs.query({ url: matchPatternsForHost(host) });
  await Promise.all(
    tabs
      .filter((t) => t.id !== undefined)
      .map((t) =>
        browser.scripting.executeScript({ target: { tabId: t.id as number }, files: [watchedPageScript] }).catch(() => undefined),
      ),
  );
}

export function stopWatching(db: ReceiptsDatabase, host: string): Promise<void> {
  return serially(() => stopWatchingNow(db, host));
}

async function stopWatchingNow(db: ReceiptsDatabase, host: string): Promise<void> {
  if ((await registeredHosts()).includes(host)) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] });
  }
  await unwatchSite(db, host);
  // Give the permission back. A permission the manifest requires (test builds) cannot be removed.
  await browser.permissions.remove({ origins: matchPatternsForHost(host) }).catch(() => false);
}

/**
 * Brings registered scripts in line with the watched sites after a start or an update:
 * a site whose permission was withdrawn in the browser's settings is no longer watched.
 */
export async function reconcileWatchedSites(db: ReceiptsDatabase): Promise<void> {
  const wanted = await watchedSites(db);
  const registered = new Set(await registeredHosts());
  for (const site of wanted) {
    if (!(await hasHostPermission(site.host))) {
      await unwatchSite(db, site.host);
      continue;
    }
    if (!registered.has(site.host)) await registerFor(site.host);
    registered.delete(site.host);
  }
  if (registered.size > 0) {
    await browser.scripting.unregisterContentScripts({ ids: Array.from(registered, scriptId) });
  }
}
