// Keep the case open beside the page: Chromium's side panel, Firefox's sidebar. Both must be opened in
// the person's click, so this is called straight from the button's handler.
import browser from "webextension-polyfill";

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

export async function openBesidePage(tabId: number): Promise<boolean> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  try {
    if (firefoxSidebar) await firefoxSidebar.open();
    else if (chromeSidePanel) await chromeSidePanel.open({ tabId });
    else return false;
    return true;
  } catch {
    return false;
  }
}
