// After a form is sent, the page it leads to in the same tab is its outcome: a confirmation,
// often with a ticket number, or an error. Pending submissions survive a sleeping service worker.
import browser from "webextension-polyfill";
import { readOutcome } from "../domain/confirmation";
import { hostOf } from "../domain/brand";

const PENDING_KEY = "pendingSubmissions";
/** How long after sending a form the next page still counts as its outcome. */
const OUTCOME_WINDOW_MS = 2 * 60 * 1000;
const TEXT_LIMIT = 20_000;

export interface PendingSubmission {
  tabId: number;
  attemptId: string;
  host: string;
  at: number;
}

export interface OutcomePage {
  url: string;
  title: string;
  text: string;
}

type PendingMap = Record<string, PendingSubmission>;

// Submissions still being written: the next page may finish loading before the write does.
const inFlight = new Map<number, Promise<PendingSubmission | undefined>>();

async function readPending(): Promise<PendingMap> {
  const stored = await browser.storage.session.get(PENDING_KEY);
  return (stored[PENDING_KEY] as PendingMap | undefined) ?? {};
}

export function expectOutcome(tabId: number, write: Promise<PendingSubmission | undefined>): void {
  const settled = write.then(async (pending) => {
    if (pending) {
      const map = await readPending();
      map[String(tabId)] = pending;
      await browser.storage.session.set({ [PENDING_KEY]: map });
    }
    return pending;
  });
  inFlight.set(tabId, settled);
  void settled.finally(() => {
    if (inFlight.get(tabId) === settled) inFlight.delete(tabId);
  });
}

/** The page itself showed the outcome (or never will): the next page in the tab is not it. */
export async function forgetOutcome(tabId: number, attemptId: string): Promise<void> {
  await inFlight.get(tabId);
  const map = await readPending();
  if (map[String(tabId)]?.attemptId !== attemptId) return;
  delete map[String(tabId)];
  await browser.storage.session.set({ [PENDING_KEY]: map });
}

async function takePending(tabId: number): Promise<PendingSubmission | undefined> {
  await inFlight.get(tabId);
  const map = await readPending();
  const pending = map[String(tabId)];
  if (!pending) return undefined;
  delete map[String(tabId)];
  await browser.storage.session.set({ [PENDING_KEY]: map });
  return Date.now() - pending.at <= OUTCOME_WINDOW_MS ? pending : undefined;
}

async function readPage(tabId: number): Promise<OutcomePage | undefined> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    // This function runs in the tab, not in the service worker.
    /* eslint-disable no-restricted-globals */
    func: (limit: number) => ({
      url: location.href,
      title: document.title,
      text: (document.body?.innerText ?? "").slice(0, limit),
    }),
    /* eslint-enable no-restricted-globals */
    args: [TEXT_LIMIT],
  });
  return result?.result as OutcomePage | undefined;
}

/** Called when a tab finishes loading; returns the outcome to record, if a form was just sent from it. */
export async function outcomeForLoadedTab(
  tabId: number,
): Promise<{ pending: PendingSubmission; page: OutcomePage; status: "confirmed" | "error" | "unconfirmed"; reference?: string } | undefined> {
  if (!inFlight.has(tabId)) {
    const map = await readPending();
    if (!map[String(tabId)]) return undefined;
  }
  const pending = await takePending(tabId);
  if (!pending) return undefined;
  const page = await readPage(tabId).catch(() => undefined);
  if (!page || !hostOf(page.url)) return undefined;
  const reading = readOutcome(`${page.title}\n${page.text}`);
  return { pending, page, ...reading };
}
