// The tab the popup speaks about: the active tab, or the one named in `?tab=` when the popup
// is opened as a page of its own (a detached window, or an automated test).
import browser from "webextension-polyfill";

export interface TargetTab {
  id: number;
  url: string;
  title: string;
}

export async function targetTab(): Promise<TargetTab | undefined> {
  const named = new URLSearchParams(location.search).get("tab");
  const tab = named ? await browser.tabs.get(Number(named)).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return undefined;
  return { id: tab.id, url: tab.url ?? "", title: tab.title ?? "" };
}
