// "Find promises on this page": the popup's button injects content/promise-finder.iife.ts into the tab
// (activeTab, granted by the person opening the popup), which marks the sentences that read as promises.
// The sentences found are kept here, per tab, for ten minutes: a "Record as promise" click in the page
// (promise.found-record) is accepted only from that tab, on the same address, for one of those sentences.
// A content script can otherwise never record a promise: a hostile page could send the message itself,
// but only to record one of the sentences the person asked Receipts to find on it.
import browser from "webextension-polyfill";
import type { Runtime } from "webextension-polyfill";
import finderScript from "../content/promise-finder.iife.ts?script";
import { failure, type ContentMessage, type Reply } from "../messaging/messages";
import { MENU_ID, onMenuClicked } from "./promise-actions";
import type { RecordDeps } from "./promise-recording";

const FINDS_KEY = "promiseFinds";
export const FIND_WINDOW_MS = 10 * 60 * 1000;
/** Sentences kept per tab, at most, and their length. */
const MAX_FOUND = 200;
const MAX_TEXT = 5_000;

/** The marks' colours: a sheet inserted by the browser, which the page's document.styleSheets does not list. */
const HIGHLIGHT_CSS = "::highlight(receipts-found-promise) { background-color: #fff3a3; color: inherit; text-decoration: underline 2px #b58900; }";

interface Find {
  at: number;
  url: string;
  texts: string[];
}
type Finds = Record<string, Find>;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

async function readFinds(): Promise<Finds> {
  const stored = await browser.storage.session.get(FINDS_KEY);
  const finds = (stored[FINDS_KEY] as Finds | undefined) ?? {};
  const now = Date.now();
  for (const [tabId, find] of Object.entries(finds)) if (now - find.at > FIND_WINDOW_MS) delete finds[tabId];
  return finds;
}

async function writeFind(tabId: number, find: Find | undefined): Promise<void> {
  const finds = await readFinds();
  if (find) finds[tabId] = find;
  else delete finds[tabId];
  await browser.storage.session.set({ [FINDS_KEY]: finds });
}

function foundIn(result: unknown): string[] {
  if (!Array.isArray(result)) return [];
  return result.filter((text): text is string => typeof text === "string" && text.trim() !== "").slice(0, MAX_FOUND).map((text) => text.slice(0, MAX_TEXT));
}

/** Runs the finder in the tab's top document; the count of sentences marked. */
export async function findPromisesInTab(tabId: number): Promise<Reply> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url) return failure("permission-missing", "Receipts may not read this tab.");
    await browser.scripting.executeScript({ target: { tabId }, files: [finderScript] });
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => (globalThis as { [key: symbol]: { found?: unknown } | undefined })[Symbol.for("receipts.promiseFinder")]?.found ?? [],
    });
    const texts = foundIn(frame?.result);
    if (texts.length > 0) await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => undefined);
    await writeFind(tabId, { at: Date.now(), url: tab.url, texts });
    return { ok: true, count: texts.length };
  } catch (error) {
    return failure("permission-missing", error instanceof Error ? error.message : String(error));
  }
}

/** Takes the marks and buttons away; the sentences found are forgotten. */
export async function clearFoundInTab(tabId: number): Promise<Reply> {
  await writeFind(tabId, undefined);
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        const state = Symbol.for("receipts.promiseFinder");
        const scope = globalThis as { [key: symbol]: { clear?: () => void } | undefined };
        scope[state]?.clear?.();
        scope[state] = undefined;
      },
    });
    await browser.scripting.removeCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => undefined);
    return { ok: true };
  } catch (error) {
    return failure("permission-missing", error instanceof Error ? error.message : String(error));
  }
}

type FoundRecord = Extract<ContentMessage, { type: "promise.found-record" }>;

/**
 * A click on a "Record as promise" button the finder put in the page. The content script selected the
 * sentence; it is then recorded exactly as the page's context menu would record it (with its notification).
 */
export async function recordFound(message: FoundRecord, sender: Runtime.MessageSender, deps: RecordDeps): Promise<Reply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return failure("forbidden", "Only the page where Receipts looked for promises may ask for this.");
  const find = (await readFinds())[tabId];
  if (!find || sender.tab?.url !== find.url) return failure("forbidden", "Receipts did not look for promises on this page lately.");
  if (!find.texts.some((text) => squash(text) === squash(message.text))) return failure("forbidden", "Receipts did not find this sentence on this page.");
  const outcome = await onMenuClicked({ menuItemId: MENU_ID, selectionText: message.text, frameId: 0 }, { id: tabId }, deps);
  return { ok: true, status: outcome?.status ?? "no-access" };
}
