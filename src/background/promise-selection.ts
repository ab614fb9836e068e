// What the person selected in a tab, read in the page the moment they act (content/promise-selection.ts).
// The top document's selection is the one recorded; a selection in an embedded frame is used only when
// the top document has none and Receipts may read that frame.
import browser from "webextension-polyfill";
import { readPageSelection, type PageSelection } from "../content/promise-selection";

/** The text around a quote kept as its context, in characters. */
export const CONTEXT_LIMIT = 2000;

/**
 * Right after the person's shortcut or menu click, how long a refusal may only mean that the page has not
 * heard of the permission yet. Chromium grants activeTab in the browser before it sends the event, and
 * tells the page's process separately: on a busy computer the first script can reach the page before the
 * grant does, and is refused although the tab is open to Receipts (its address already shows).
 */
export const GRANT_SETTLE_MS = 1500;

export type SelectionRead = { ok: true; selection: PageSelection } | { ok: false };

export interface ReadOptions {
  /** Tries again for this long (ms, counted in waits) when the page refuses; 0: one try. */
  settleMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function readOnce(tabId: number, frameId: number | undefined): Promise<SelectionRead> {
  const frames = await browser.scripting.executeScript({
    target: frameId !== undefined ? { tabId, frameIds: [frameId] } : { tabId, allFrames: true },
    func: readPageSelection,
    args: [CONTEXT_LIMIT],
  });
  const read = frames.map((frame) => ({ frameId: frame.frameId, selection: frame.result as PageSelection | undefined }));
  const top = read.find((r) => r.frameId === 0 || r.frameId === frameId)?.selection;
  const chosen = top?.text.trim() ? top : (read.find((r) => r.selection?.text.trim())?.selection ?? top);
  return chosen ? { ok: true, selection: chosen } : { ok: false };
}

export async function readSelection(tabId: number, frameId?: number, options: ReadOptions = {}): Promise<SelectionRead> {
  const settleMs = options.settleMs ?? 0;
  const sleep = options.sleep ?? realSleep;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await readOnce(tabId, frameId);
    } catch {
      // No access to the page (no activeTab grant, or not yet in the page; a browser page, a store page).
      if (waited >= settleMs) return { ok: false };
      const wait = Math.min(50 * 2 ** attempt, 400, settleMs - waited);
      await sleep(wait);
      waited += wait;
    }
  }
}
