// The screenshot of a promise: the visible part of its tab, as PNG (lossless), through the one queue
// every screenshot shares (screenshot-queue.ts). A capture only ever shows the tab it is for.
import browser, { type Tabs } from "webextension-polyfill";
import type { ArtifactMissing } from "../domain/evidence";
import { screenshotQueue } from "./screenshot-queue";

export type Screenshot = { ok: true; bytes: Uint8Array; mediaType: string } | { ok: false; reason: ArtifactMissing };

const queue = screenshotQueue();

/** After bringing a tab to the front, the browser needs a moment to paint it. */
const PAINT_MS = 300;

function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(",") + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function isShown(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.active === true;
}

export async function takeScreenshot(tab: Tabs.Tab): Promise<Screenshot> {
  const { id: tabId, windowId } = tab;
  if (tabId === undefined || windowId === undefined) return { ok: false, reason: "failed" };
  try {
    // captureVisibleTab shows whatever tab is in front in the window. The person acts on the tab in front
    // (menu, shortcut, popup); a popup opened in a window of its own may not be: bring the tab to the front.
    if (!(await isShown(tabId))) {
      await browser.tabs.update(tabId, { active: true });
      await new Promise((resolve) => setTimeout(resolve, PAINT_MS));
    }
    const dataUrl = await queue.take(async () => {
      if (!(await isShown(tabId))) throw new Error("not shown");
      const shot = await browser.tabs.captureVisibleTab(windowId, { format: "png" });
      // Switched away while capturing: the picture may be of another tab.
      if (!(await isShown(tabId))) throw new Error("not shown");
      return shot;
    });
    return { ok: true, bytes: bytesOfDataUrl(dataUrl), mediaType: "image/png" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message === "not shown") return { ok: false, reason: "not-visible" };
    return { ok: false, reason: /permission|activeTab|all_urls|not allowed/i.test(message) ? "not-allowed" : "failed" };
  }
}
