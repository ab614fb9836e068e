/// <reference types="chrome" />
// Helpers for the case end-to-end tests: local times for the by-hand forms, the notifications Receipts
// shows, and reading cases straight from storage.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TZDate } from "@date-fns/tz";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_QUIET_FLAGS, findBrowser } from "../../scripts/browsers.mjs";
import type { Case } from "../../src/domain/evidence";
import { CHROME_TEST_BUILD, type ExtensionBrowser } from "./support/chromium";

export const ZONE = "Europe/Paris";

/** "YYYY-MM-DDTHH:MM" for a datetime-local field, `msAgo` before now, in Paris. */
export function localInputAgo(msAgo: number): string {
  const d = new TZDate(Date.now() - msAgo, ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Ids of the notifications Receipts is showing. */
export async function notificationIds(browser: ExtensionBrowser): Promise<string[]> {
  return browser.inWorker(async () => Object.keys(await chrome.notifications.getAll()));
}

/** Every row of one of the extension's IndexedDB stores, read in the service worker. */
export async function storedRows<T>(browser: ExtensionBrowser, store: string): Promise<T[]> {
  return browser.worker.evaluate(
    (name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open("receipts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

export async function storedCases(browser: ExtensionBrowser): Promise<Case[]> {
  return storedRows<Case>(browser, "cases");
}

/**
 * The system Chromium with the test build, in a language and a colour scheme: `--lang` sets the browser's
 * UI language (what the extension's i18n speaks), `colorScheme` what prefers-color-scheme says.
 */
export async function launchIn(options: { language: "en" | "fr"; colorScheme?: "light" | "dark"; profile?: string; args?: string[] }): Promise<ExtensionBrowser> {
  const executablePath = findBrowser("chromium");
  if (!executablePath) throw new Error("Chromium not found: run `node scripts/browsers.mjs chromium`.");
  // A profile given by the caller outlives the browser: the same browser can be started again on it.
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), "receipts-cases-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_QUIET_FLAGS, "--no-sandbox", "--disable-gpu", `--disable-extensions-except=${CHROME_TEST_BUILD}`, `--load-extension=${CHROME_TEST_BUILD}`, `--lang=${options.language}`, ...(options.args ?? [])],
    ignoreDefaultArgs: ["--disable-extensions", "--disable-component-extensions-with-background-pages"],
    locale: options.language === "fr" ? "fr-FR" : "en-GB",
    colorScheme: options.colorScheme ?? "light",
    timezoneId: ZONE,
    env: { ...process.env, TZ: ZONE },
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}`;
  const tabOf = async (page: Page) => {
    const id = await worker.evaluate(async (url: string) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, page.url());
    if (id === null) throw new Error(`no tab shows ${page.url()}`);
    return id;
  };
  return {
    context,
    extensionId,
    worker,
    inWorker: (fn) => worker.evaluate(fn),
    async openPopup(page) {
      const popup = await context.newPage();
      await popup.goto(`${base}/src/popup/index.html?tab=${await tabOf(page)}`);
      return popup;
    },
    async openDashboard(hash = "") {
      const dashboard = await context.newPage();
      await dashboard.goto(`${base}/src/dashboard/index.html${hash}`);
      return dashboard;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The side panel as a page, beside the tab that shows `page`. */
export async function openSidePanel(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await browser.worker.evaluate(async (url: string) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, page.url());
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/src/sidepanel/index.html?tab=${tabId}`);
  return panel;
}

const AXE = readFileSync(fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url)), "utf8");

/** axe-core's violations on the page (or within `selector`), one line each: rule, impact, the elements. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the extension's CSP would refuse an inline <script>.
  await page.evaluate(AXE);
  return page.evaluate(async (within) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Node, options: object): Promise<Result> } }).axe;
    const scope = within === null ? document : document.querySelector(within);
    if (!scope) throw new Error(`nothing matches ${within}`);
    const result = await axe.run(scope, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, selector ?? null);
}

/** The ids of the notifications Receipts shows, read from an extension page (the worker may be asleep). */
export async function notificationsFrom(page: Page): Promise<string[]> {
  return page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}
