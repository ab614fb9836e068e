// The tab the side panel stands beside: the active tab of its window, followed as the person switches
// tabs or the tab moves to another page. `?tab=` names one instead (the panel opened as a page in a test).
import { useEffect, useState } from "preact/hooks";
import browser from "webextension-polyfill";

export interface PanelTab {
  id: number;
  url: string;
}

async function activeTab(): Promise<PanelTab | undefined> {
  const named = new URLSearchParams(location.search).get("tab");
  const tab = named ? await browser.tabs.get(Number(named)).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? "" } : undefined;
}

export function useCurrentTab(): PanelTab | null | undefined {
  const [tab, setTab] = useState<PanelTab | null | undefined>(undefined);
  useEffect(() => {
    const refresh = () => void activeTab().then((found) => setTab(found ?? null));
    refresh();
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url !== undefined || change.status === "complete") refresh();
    };
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}
