/// <reference types="chrome" />
// Helpers for the promise end-to-end tests in Chromium: select words in a page, act as the person
// would (toolbar button, shortcut), and read what was stored, artifacts included, from the worker.
import type { Page } from "playwright-core";
import type { EventOfKind, EvidenceEvent } from "../../src/domain/evidence";
import type { ExtensionBrowser } from "./support/chromium";
import { storedEvents } from "./support/evidence";

export type PromiseEvent = EventOfKind<"promise">;

/** Selects the text of the element (its whole contents) the way a person's drag would. */
export async function selectText(page: Page, selector: string, toSelector?: string): Promise<string> {
  return page.evaluate(
    ([from, to]) => {
      const start = document.querySelector(from);
      const end = to ? document.querySelector(to) : start;
      if (!start || !end) throw new Error(`nothing matches ${from} / ${to}`);
      const range = document.createRange();
      range.setStart(start, 0);
      range.setEnd(end, end.childNodes.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    [selector, toSelector ?? ""] as const,
  );
}

export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const id = await browser.worker.evaluate(async (url: string) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, page.url());
  if (id === null) throw new Error(`no tab shows ${page.url()}`);
  return id;
}

/**
 * What a click on the toolbar button grants: activeTab for the page's tab. Chromium's DevTools protocol
 * triggers the extension's action on a tab (Extensions.triggerAction); the popup it opens is not used,
 * the test opens the popup as a page instead.
 */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  const chromium = browser.context.browser();
  if (!chromium) throw new Error("no browser-level connection");
  const cdp = await chromium.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send("Extensions.triggerAction", { id: browser.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/** Presses a shortcut in the page as the keyboard would: the browser, not the page, handles extension commands. */
export async function pressShortcut(page: Page, key: string, modifiers: { alt?: boolean; shift?: boolean; ctrl?: boolean }): Promise<void> {
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  const flags = (modifiers.alt ? 1 : 0) | (modifiers.ctrl ? 2 : 0) | (modifiers.shift ? 8 : 0);
  const code = key.toUpperCase().charCodeAt(0);
  try {
    for (const type of ["rawKeyDown", "keyUp"] as const) {
      await cdp.send("Input.dispatchKeyEvent", { type, modifiers: flags, key: key.toUpperCase(), code: `Key${key.toUpperCase()}`, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code });
    }
  } finally {
    await cdp.detach();
  }
}

export async function storedPromises(browser: ExtensionBrowser): Promise<PromiseEvent[]> {
  return (await storedEvents(browser)).filter((e): e is PromiseEvent => e.kind === "promise");
}

export async function eventsOfKind<K extends EvidenceEvent["kind"]>(browser: ExtensionBrowser, kind: K): Promise<EventOfKind<K>[]> {
  return (await storedEvents(browser)).filter((e): e is EventOfKind<K> => e.kind === kind);
}

export interface ArtifactFacts {
  key: string;
  /** Recomputed here from the stored bytes. */
  sha256: string;
  size: number;
  type: string;
  /** The first bytes, as hex, and the first characters, as text. */
  headHex: string;
  headText: string;
  /** The whole content as text, for text artifacts under 2 MB. */
  text?: string;
}

/** Reads an artifact's stored bytes in the worker and hashes them there. */
export async function storedArtifact(browser: ExtensionBrowser, sha256: string): Promise<ArtifactFacts | null> {
  return browser.worker.evaluate(
    (key: string) =>
      new Promise<ArtifactFacts | null>((resolve, reject) => {
        const open = indexedDB.open("receipts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction("artifacts").objectStore("artifacts").get(key);
          request.onerror = () => reject(request.error);
          request.onsuccess = async () => {
            db.close();
            const row = request.result as { sha256: string; bytes: Blob; mediaType: string } | undefined;
            if (!row) return resolve(null);
            const bytes = new Uint8Array(await row.bytes.arrayBuffer());
            const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
            const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
            const isText = /^text\/|multipart\//.test(row.mediaType) && bytes.length < 2_000_000;
            resolve({
              key: row.sha256,
              sha256: hex(digest),
              size: bytes.length,
              type: row.mediaType,
              headHex: hex(bytes.slice(0, 8)),
              headText: new TextDecoder().decode(bytes.slice(0, 400)),
              ...(isText ? { text: new TextDecoder().decode(bytes) } : {}),
            });
          };
        };
      }),
    sha256,
  );
}

export const PNG_SIGNATURE = "89504e470d0a1a0a";

/** Sends a privileged message from an extension page, as the popup or the dashboard would. */
export async function askFrom(page: Page, message: unknown): Promise<{ ok: boolean; [key: string]: unknown }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}
