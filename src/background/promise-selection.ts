// What the person selected in a tab, read in the page the moment they act (content/promise-selection.ts).
// The top document's selection is the one recorded; a selection in an embedded frame is used only when
// the top document has none and Receipts may read that frame.
import browser from "webextension-polyfill";
import { readPageSelection, type PageSelection } from "../content/promise-selection";

/** The text around a quote kept as its context, in characters. */
export const CONTEXT_LIMIT = 2000;

export type SelectionRead = { ok: true; selection: PageSelection } | { ok: false };

export async function readSelection(tabId: number, frameId?: number): Promise<SelectionRead> {
  try {
    const frames = await browser.scripting.executeScript({
      target: frameId !== undefined ? { tabId, frameIds: [frameId] } : { tabId, allFrames: true },
      func: readPageSelection,
      args: [CONTEXT_LIMIT],
    });
    const read = frames.map((frame) => ({ frameId: frame.frameId, selection: frame.result as PageSelection | undefined }));
    const top = read.find((r) => r.frameId === 0 || r.frameId === frameId)?.selection;
    const chosen = top?.text.trim() ? top : (read.find((r) => r.selection?.text.trim())?.selection ?? top);
    return chosen ? { ok: true, selection: chosen } : { ok: false };
  } catch {
    // No access to the page (no activeTab grant, a browser page, a store page).
    return { ok: false };
  }
}
