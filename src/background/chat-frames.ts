// Chats drawn in a vendor's frame (LiveChat on its own host, Intercom in a frame it writes itself) are
// read from inside that frame: the watched-page script is registered for the frame's host, in all frames,
// and detection there loads the vendor's reader. A host Receipts may not read yet is asked for once,
// from the popup; a refusal is remembered.
import browser from "webextension-polyfill";
import watchedPageScript from "../content/watched-page.iife.ts?script";
import { matchPatternsForHost } from "../domain/brand";
import { hasHostPermission, hostsOfPatterns } from "./watched-sites";

const SCRIPT_PREFIX = "chat-frame:";
/** storage.session: vendor hosts per tab, waiting for the person's permission. */
const ASKS_KEY = "chatFrameAsks";
/** storage.local: vendor hosts the person refused; never asked about again. */
const REFUSED_KEY = "chatFrameRefusals";
/** A page names the hosts it embeds: it cannot make the popup ask about more than a few. */
const MAX_ASKS_PER_TAB = 3;

type Asks = Record<string, string[]>;

let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readAsks(): Promise<Asks> {
  return ((await browser.storage.session.get(ASKS_KEY))[ASKS_KEY] as Asks | undefined) ?? {};
}

async function refusedHosts(): Promise<string[]> {
  return ((await browser.storage.local.get(REFUSED_KEY))[REFUSED_KEY] as string[] | undefined) ?? [];
}

async function registerFrameScript(host: string): Promise<void> {
  const id = `${SCRIPT_PREFIX}${host}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: matchPatternsForHost(host),
      js: [watchedPageScript],
      allFrames: true,
      // Frames a page writes itself (about:blank, srcdoc) have no URL of their own: match them by their origin.
      matchOriginAsFallback: true,
      runAt: "document_idle",
      persistAcrossSessions: true,
    },
  ]);
}

/** Reads chats in the frames from `host`: in frames loaded from now on, and in those open in the tab. */
export async function followChatFrames(host: string, tabId?: number): Promise<void> {
  await serially(() => registerFrameScript(host));
  if (tabId === undefined) return;
  // Frames already open; the script starts once per document, so frames that run it already are untouched.
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [watchedPageScript] }).catch(() => undefined);
}

/** Follows the vendor frames Receipts may read; remembers the others for the popup. Returns those. */
export async function followFrameHosts(tabId: number, hosts: readonly string[]): Promise<string[]> {
  const refused = await refusedHosts();
  const waiting: string[] = [];
  for (const host of hosts) {
    if (refused.includes(host)) continue;
    if (await hasHostPermission(host)) await followChatFrames(host, tabId);
    else waiting.push(host);
  }
  if (waiting.length > 0) {
    await serially(async () => {
      const asks = await readAsks();
      const mine = new Set(asks[tabId] ?? []);
      for (const host of waiting) if (mine.size < MAX_ASKS_PER_TAB) mine.add(host);
      await browser.storage.session.set({ [ASKS_KEY]: { ...asks, [tabId]: Array.from(mine) } });
    });
  }
  return waiting;
}

/** Vendor hosts the popup may offer to record in this tab. */
export async function frameRequests(tabId: number): Promise<string[]> {
  const [asks, refused] = await Promise.all([readAsks(), refusedHosts()]);
  const hosts = (asks[tabId] ?? []).filter((host) => !refused.includes(host));
  const granted = await Promise.all(hosts.map((host) => hasHostPermission(host)));
  return hosts.filter((_, i) => !granted[i]);
}

async function forgetAsk(host: string, tabId?: number): Promise<void> {
  await serially(async () => {
    const asks = await readAsks();
    for (const key of Object.keys(asks)) {
      if (tabId !== undefined && key !== String(tabId)) continue;
      asks[key] = (asks[key] ?? []).filter((h) => h !== host);
    }
    await browser.storage.session.set({ [ASKS_KEY]: asks });
  });
}

/** The person granted `host` (from the popup, or the browser reports it after the popup closed). */
export async function frameHostAllowed(host: string, tabId?: number): Promise<boolean> {
  if (!(await hasHostPermission(host))) return false;
  const asks = await readAsks();
  const tabs = tabId !== undefined ? [tabId] : Object.keys(asks).filter((key) => asks[key]?.includes(host)).map(Number);
  if (tabs.length === 0) await followChatFrames(host);
  for (const tab of tabs) await followChatFrames(host, tab);
  await forgetAsk(host);
  return true;
}

export async function frameHostRefused(host: string): Promise<void> {
  const refused = await refusedHosts();
  if (!refused.includes(host)) await browser.storage.local.set({ [REFUSED_KEY]: [...refused, host] });
  await forgetAsk(host);
}

/** Permissions granted in the browser: follow the frames of hosts a tab was waiting for. */
export async function frameHostsGranted(origins: readonly string[]): Promise<void> {
  const asks = await readAsks();
  const waitingFor = new Set(Object.values(asks).flat());
  for (const host of hostsOfPatterns(origins)) if (waitingFor.has(host)) await frameHostAllowed(host);
}

/** Permission withdrawn: stop running in that host's frames. */
export async function frameHostsRemoved(origins: readonly string[]): Promise<void> {
  const ids = hostsOfPatterns(origins).map((host) => `${SCRIPT_PREFIX}${host}`);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
}

export async function forgetTab(tabId: number): Promise<void> {
  await serially(async () => {
    const asks = await readAsks();
    if (!(String(tabId) in asks)) return;
    delete asks[tabId];
    await browser.storage.session.set({ [ASKS_KEY]: asks });
  });
}
