// The two ways to record a promise without opening the popup: "Record as promise" in the page's context
// menu (shown on a selection) and the keyboard shortcut. Both grant activeTab for the tab, so they work on
// pages Receipts does not watch. The person is told the outcome in a notification.
import browser, { type Menus, type Tabs } from "webextension-polyfill";
import { randomUuid } from "../domain/random-id";
import type { PageSelection } from "../content/promise-selection";
import { outcomeLines } from "../ui/promise-outcome";
import { recordPromise, type RecordDeps, type RecordOutcome } from "./promise-recording";
import { GRANT_SETTLE_MS, readSelection } from "./promise-selection";
import { reportStorageFailure } from "./storage-failures";
import { caseHash, dashboardUrl } from "../ui/dashboard-link";

export const MENU_ID = "record-promise";
export const COMMAND = "record-promise";

/** What a context-menu click gives the listener (Menus.OnClickData, the parts used here). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Notification ids name the case, so a click on one opens it: "promise|<case id>|<random>". */
const NOTICE = "promise|";

async function notify(outcome: RecordOutcome): Promise<void> {
  const recorded = outcome.status === "recorded";
  await browser.notifications
    .create(`${NOTICE}${recorded ? outcome.caseId : ""}|${randomUuid()}`, {
      type: "basic",
      iconUrl: browser.runtime.getURL("icons/icon-128.png"),
      title: browser.i18n.getMessage(recorded ? "promiseNotifyRecorded" : "promiseNotifyNotRecorded"),
      message: outcomeLines(outcome, true).join("\n"),
    })
    .catch(() => undefined);
}

/**
 * The menu hands over the text it saw selected when it opened: the truest "moment of the action". The
 * page's own selection keeps the exact line breaks and gives the text around it; it is used when it still
 * says the same words. If the page changed them since, the menu's words are recorded.
 */
function menuSelection(click: MenuClick, inPage: PageSelection | undefined): PageSelection | undefined {
  const menuText = click.selectionText ?? "";
  if (inPage && (menuText === "" || squash(inPage.text) === squash(menuText))) return inPage;
  if (menuText === "") return inPage;
  return { text: menuText, context: "", framesLeftOut: inPage?.framesLeftOut ?? 0, language: inPage?.language ?? "", url: inPage?.url ?? "", title: inPage?.title ?? "" };
}

export async function onMenuClicked(click: MenuClick, tab: Pick<Tabs.Tab, "id"> | undefined, deps: RecordDeps): Promise<RecordOutcome | undefined> {
  if (click.menuItemId !== MENU_ID || tab?.id === undefined) return undefined;
  // Read at once; the grant the click gave may take a moment to reach the page (GRANT_SETTLE_MS).
  const read = await readSelection(tab.id, click.frameId, { settleMs: GRANT_SETTLE_MS });
  const selection = menuSelection(click, read.ok ? read.selection : undefined);
  const outcome = await recordPromise({ tabId: tab.id, requestKey: randomUuid(), ...(selection ? { selection } : {}) }, deps);
  await notify(outcome);
  return outcome;
}

export async function onShortcut(command: string, tab: Pick<Tabs.Tab, "id"> | undefined, deps: RecordDeps): Promise<RecordOutcome | undefined> {
  if (command !== COMMAND) return undefined;
  // Firefox before 126 does not pass the tab: the shortcut acts on the tab in front.
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return undefined;
  // The selection at the moment of the shortcut; the grant it gave may take a moment to reach the page
  // (GRANT_SETTLE_MS). Still refused after that: recordPromise reads once more and says why not.
  const read = await readSelection(tabId, undefined, { settleMs: GRANT_SETTLE_MS });
  const outcome = await recordPromise({ tabId, requestKey: randomUuid(), ...(read.ok ? { selection: read.selection } : {}) }, deps);
  await notify(outcome);
  return outcome;
}

async function createMenu(): Promise<void> {
  // Created again on every install or update: remove the old entry first, or the id would clash.
  await browser.contextMenus.remove(MENU_ID).catch(() => undefined);
  browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage("promiseMenuTitle"), contexts: ["selection"] });
}

async function onNoticeClicked(id: string): Promise<void> {
  if (!id.startsWith(NOTICE)) return;
  const caseId = id.split("|")[1];
  await browser.notifications.clear(id);
  if (caseId) await browser.tabs.create({ url: dashboardUrl(caseHash(caseId)) });
}

/** Called once, synchronously, when the background starts: listeners must be there for the event that woke it. */
export function listenForPromiseActions(deps: RecordDeps): void {
  browser.runtime.onInstalled.addListener(() => void createMenu().catch(() => undefined));
  // A failed write is told like any other (badge, notification, banner).
  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => void onMenuClicked(info, tab, deps).catch(reportStorageFailure));
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => void onShortcut(command, tab, deps).catch(reportStorageFailure));
  browser.notifications.onClicked.addListener((id: string) => void onNoticeClicked(id).catch(() => undefined));
}
