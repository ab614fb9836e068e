// Starts the system Chromium for the bench, with or without the test build of the extension.
// Both kinds get the same flags, so the extension is the only difference between them.
/* global chrome -- evaluated in the service worker */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_QUIET_FLAGS, findBrowser } from "../scripts/browsers.mjs";

export const CHROME_TEST_BUILD = fileURLToPath(new URL("../dist/test/chrome", import.meta.url));

/**
 * @param {{ withExtension: boolean }} options
 * @returns {Promise<{ context: import("playwright-core").BrowserContext, extensionId: string,
 *   worker: () => Promise<import("playwright-core").Worker>, close: () => Promise<void> }>}
 */
export async function launch({ withExtension }) {
  const executablePath = findBrowser("chromium");
  if (!executablePath) throw new Error("Chromium not found: run `node scripts/browsers.mjs chromium`.");
  const profile = mkdtempSync(join(tmpdir(), "receipts-bench-"));
  const args = [...CHROMIUM_QUIET_FLAGS, "--no-sandbox", "--disable-gpu"];
  if (withExtension) args.push(`--disable-extensions-except=${CHROME_TEST_BUILD}`, `--load-extension=${CHROME_TEST_BUILD}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    ignoreDefaultArgs: ["--disable-extensions", "--disable-component-extensions-with-background-pages"],
    locale: "en-GB",
    timezoneId: "Europe/Paris",
    env: { ...process.env, TZ: "Europe/Paris" },
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!withExtension) return { context, extensionId: "", worker: () => Promise.reject(new Error("no extension")), close };

  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(first.url()).host;
  // An MV3 service worker may be stopped and started again; always speak to the live one.
  const worker = async () => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live ?? context.waitForEvent("serviceworker", { timeout: 15_000 });
  };
  return { context, extensionId, worker, close };
}

/** Watches the site `page` shows the way a person does: the popup's "Watch this site" button. */
export async function watchThroughPopup(browser, page) {
  const worker = await browser.worker();
  const tabId = await worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id;
  }, page.url());
  if (tabId === undefined) throw new Error(`no tab shows ${page.url()}`);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.getByRole("button", { name: "Watch this site" }).click();
  await popup.getByText(/Now watching/).first().waitFor({ timeout: 10_000 });
  await popup.close();
}
