// What the background's entry point needs of the browser, for the tests that go through the router
// (router.test.ts, campaign-requests.test.ts, case-note.test.ts), and what it did with it: the session
// area, the badge texts and the notifications created. In a test file:
//   vi.mock("webextension-polyfill", async () => (await import("./router-fixture")).browserModule);
//   const { browserCalls, session } = await import("./router-fixture");
// then import the router. Node 20 has no navigator: the background reads the browser's name from it.
import { vi } from "vitest";
import type { Runtime } from "webextension-polyfill";

export const session = new Map<string, unknown>();
export const browserCalls = { badge: [] as string[], notifications: [] as string[] };

export const browserModule = {
  default: {
    runtime: {
      id: "receipts-test-id",
      getURL: (path: string) => `chrome-extension://receipts-test-id/${path.replace(/^\//, "")}`,
      getManifest: () => ({ version: "0.1.0" }),
    },
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => session.set(k, v)),
        remove: async (key: string) => session.delete(key),
      },
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => browserCalls.badge.push(text),
      setBadgeBackgroundColor: async () => undefined,
    },
    alarms: { get: async () => undefined, create: async () => undefined, clear: async () => true },
    notifications: { create: async (id: string) => browserCalls.notifications.push(id) },
    i18n: { getMessage: (key: string, subs?: string[]) => [key, ...(subs ?? [])].join(" "), getUILanguage: () => "en" },
    permissions: { contains: async () => true, remove: async () => true },
    scripting: { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, unregisterContentScripts: async () => undefined, executeScript: async () => [] },
    tabs: { query: async () => [] },
  },
};

vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36" });

/** Forgets what the previous test left in the session and what it told. */
export function resetBrowser(): void {
  session.clear();
  browserCalls.badge.length = 0;
  browserCalls.notifications.length = 0;
}

/** A sender that is one of Receipts' own pages. */
export function extensionPageSender(page = "src/dashboard/index.html"): Runtime.MessageSender {
  return { id: "receipts-test-id", url: `chrome-extension://receipts-test-id/${page}` };
}

/** A sender that is Receipts' content script in the top frame of a tab at `url`. */
export function contentScriptSender(url: string, tabId = 7): Runtime.MessageSender {
  const tab = { id: tabId, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
  return { id: "receipts-test-id", url, tab, frameId: 0 };
}
