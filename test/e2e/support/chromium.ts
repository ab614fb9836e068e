/// <reference types="chrome" />
// Starts the system Chromium with the built test extension, as a person's browser would run it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { CHROMIUM_QUIET_FLAGS, findBrowser } from "../../../scripts/browsers.mjs";

export const CHROME_TEST_BUILD = resolve("dist/test/chrome");

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup as a page, speaking about the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  openDashboard(hash?: string): Promise<Page>;
  /** Evaluates in the service worker (chrome.* available there). */
  inWorker<T>(fn: () => Promise<T> | T): Promise<T>;
  close(): Promise<void>;
}

export async function launchChromium(options: { extensionPath?: string; withExtension?: boolean } = {}): Promise<ExtensionBrowser> {
  const executablePath = findBrowser("chromium");
  if (!executablePath) throw new Error("Chromium not found: run `node scripts/browsers.mjs chromium`.");
  const extensionPath = options.extensionPath ?? CHROME_TEST_BUILD;
  const withExtension = options.withExtension ?? true;
  const profile = mkdtempSync(join(tmpdir(), "receipts-chromium-"));
  const args = [...CHROMIUM_QUIET_FLAGS, "--no-sandbox", "--disable-gpu"];
  if (withExtension) args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    ignoreDefaultArgs: ["--disable-extensions", "--disable-component-extensions-with-background-pages"],
    acceptDownloads: true,
    locale: "en-GB",
    timezoneId: "Europe/Paris",
    // The service worker takes its zone from the process, not from the page emulation.
    env: { ...process.env, TZ: "Europe/Paris" },
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!withExtension) {
    return {
      context,
      extensionId: "",
      worker: undefined as unknown as Worker,
      openPopup: () => Promise.reject(new Error("no extension")),
      openDashboard: () => Promise.reject(new Error("no extension")),
      inWorker: () => Promise.reject(new Error("no extension")),
      close,
    };
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const inWorker = <T,>(fn: () => Promise<T> | T): Promise<T> => worker.evaluate(fn);
  return {
    context,
    extensionId,
    worker,
    inWorker,
    async openPopup(page) {
      const url = page.url();
      const tabId = await worker.evaluate(async (target: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === target)?.id;
      }, url);
      if (tabId === undefined) throw new Error(`no tab shows ${url}`);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      return popup;
    },
    async openDashboard(hash = "") {
      const dashboard = await context.newPage();
      await dashboard.goto(`chrome-extension://${extensionId}/src/dashboard/index.html${hash}`);
      return dashboard;
    },
    close,
  };
}
