// "Watch this site": the content script runs only on hosts the person chose and granted.
import browser from "webextension-polyfill";
import watchedPageScript from "../content/watched-page.iife.ts?script";
import { matchPatternsForHost } from "../domain/brand";
import type { ReceiptsDatabase } from "../storage/database";
import { unwatchSite, watchSite, watchedSites } from "../storage/evidence-store";

const SCRIPT_PREFIX = "watch:";

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
      runAt: "document_start",
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

async function registeredHosts(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => s.id.startsWith(SCRIPT_PREFIX)).map((s) => s.id.slice(SCRIPT_PREFIX.length));
}

/** Starts watching: records the choice, registers the content script and starts it in open tabs of the site. */
export async function startWatching(db: ReceiptsDatabase, host: string, now: number): Promise<void> {
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

export async function stopWatching(db: ReceiptsDatabase, host: string): Promise<void> {
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
