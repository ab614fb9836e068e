// Starts the system Firefox ESR with the built test extension installed as a temporary add-on,
// driven by puppeteer-core over WebDriver BiDi.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import type ExtensionApi from "webextension-polyfill";
import { findBrowser } from "../../../scripts/browsers.mjs";
import { FIREFOX_ID } from "../../../scripts/manifest-for.ts";

export const FIREFOX_TEST_BUILD = resolve("dist/test/firefox");

/**
 * Firefox gives each installation a random internal UUID, which is the host of its moz-extension://
 * pages. This pref fixes it, so the test knows the origin of the popup and the dashboard.
 */
export const FIREFOX_EXTENSION_UUID = "5eceb175-0000-4000-8000-7265636e7473";
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/**
 * Prefs added to puppeteer's own defaults (which already switch off updates, safe browsing,
 * telemetry uploads and the like): the remaining services that phone home at start-up.
 */
const QUIET_PREFS: Record<string, unknown> = {
  "app.normandy.enabled": false,
  "app.shield.optoutstudies.enabled": false,
  "messaging-system.rsexperimentloader.enabled": false,
  "browser.region.network.url": "",
  "browser.region.update.enabled": false,
  "browser.newtabpage.activity-stream.feeds.section.topstories": false,
  "browser.newtabpage.activity-stream.feeds.telemetry": false,
  "browser.newtabpage.activity-stream.telemetry": false,
  "browser.ping-centre.telemetry": false,
  "extensions.blocklist.enabled": false,
  "extensions.getAddons.discovery.api_url": "",
  "extensions.systemAddon.update.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "network.trr.mode": 5,
  "security.remote_settings.crlite_filters.enabled": false,
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.server": "",
  "toolkit.telemetry.unified": false,
};

/** What an extension page's global scope offers, for functions evaluated there. */
export type ExtensionGlobal = typeof globalThis & { browser: ExtensionApi.Browser };

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** moz-extension://<uuid>, without a trailing slash. */
  extensionOrigin: string;
  /** Where downloads land, without asking; removed on close. */
  downloadDir: string;
  newPage(): Promise<Page>;
  /** Opens the popup as a page, speaking about the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  openDashboard(hash?: string): Promise<Page>;
  /** Opens any page of the extension, e.g. "src/dashboard/index.html#case=…". */
  openExtensionPage(path: string): Promise<Page>;
  /** Evaluates in an extension page kept open for the purpose (browser.* available there). */
  inExtension<T, A extends unknown[]>(fn: (...args: A) => Promise<T> | T, ...args: A): Promise<T>;
  close(): Promise<void>;
}

/**
 * Polls until `read` gives a value `accept` takes, and returns it (vitest's expect.poll, with the value back);
 * a read that throws counts as no new value. Gives up after `timeoutMs`, saying what it read last.
 */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => last);
    if (last !== undefined && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Navigates `page` to an extension page. Firefox's BiDi loses track of a navigation that moves a
 * tab into the extension process (it never reports the load), so the navigation is started and
 * the page itself is asked when it has arrived and loaded.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 30_000 }).catch(() => undefined);
  await eventually(
    () => page.evaluate(() => ({ href: location.href, ready: document.readyState })),
    (state) => state.href === url && state.ready === "complete",
  );
}

export async function launchFirefox(options: { extensionPath?: string } = {}): Promise<FirefoxExtensionBrowser> {
  const executablePath = findBrowser("firefox");
  if (!executablePath) throw new Error("Firefox not found: run `node scripts/browsers.mjs firefox`.");
  const extensionPath = options.extensionPath ?? FIREFOX_TEST_BUILD;
  if (!existsSync(`${extensionPath}/manifest.json`)) throw new Error(`No build at ${extensionPath}: run \`RECEIPTS_TEST_BUILD=1 node scripts/build.mjs firefox\`.`);
  // Otherwise downloads (the dashboard's exports) would land in ~/Downloads.
  const downloadDir = mkdtempSync(join(tmpdir(), "receipts-firefox-downloads-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath,
    headless: true,
    // puppeteer creates and removes a fresh temporary profile with these prefs.
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      "extensions.webextensions.uuids": JSON.stringify({ [FIREFOX_ID]: FIREFOX_EXTENSION_UUID }),
      // An MV3 add-on's host_permissions are granted at install when this is true (Firefox's default since
      // 127, temporary installs included): the test build's loopback hosts then need no prompt. Pinned
      // here so a changed default shows up as a clear failure rather than a stuck permission request.
      "extensions.originControls.grantByDefault": true,
      "intl.accept_languages": "en-GB, en",
      "browser.download.folderList": 2,
      "browser.download.dir": downloadDir,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.download.start_downloads_in_tmp_dir": false,
    },
    // Without it, BiDi refuses to navigate a tab to a moz-extension:// URL ("not allowed in this context").
    args: ["--remote-allow-system-access"],
    env: { ...process.env, TZ: "Europe/Paris" },
  }).catch((error: unknown) => {
    rmSync(downloadDir, { recursive: true, force: true });
    throw error;
  });
  try {
    const installed = await browser.installExtension(extensionPath);
    if (installed !== FIREFOX_ID) throw new Error(`installed ${installed}, expected ${FIREFOX_ID}`);
    const helper = await browser.newPage();
    // The dashboard serves as the privileged page the test evaluates in (the background has no BiDi realm).
    await gotoExtensionPage(helper, `${FIREFOX_EXTENSION_ORIGIN}/src/dashboard/index.html`);

    const openExtensionPage = async (path: string): Promise<Page> => {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `${FIREFOX_EXTENSION_ORIGIN}/${path}`);
      return page;
    };
    const inExtension = <T, A extends unknown[]>(fn: (...args: A) => Promise<T> | T, ...args: A): Promise<T> =>
      helper.evaluate(fn as (...a: unknown[]) => Promise<T>, ...args) as Promise<T>;

    return {
      browser,
      extensionOrigin: FIREFOX_EXTENSION_ORIGIN,
      newPage: () => browser.newPage(),
      openExtensionPage,
      inExtension,
      async openPopup(page) {
        const url = page.url();
        const tabId = await inExtension(async (target: string) => {
          const tabs = await (globalThis as ExtensionGlobal).browser.tabs.query({});
          return tabs.find((t) => t.url === target)?.id ?? null;
        }, url);
        if (tabId === null) throw new Error(`no tab shows ${url}`);
        return openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      },
      openDashboard: (hash = "") => openExtensionPage(`src/dashboard/index.html${hash}`),
      downloadDir,
      async close() {
        await browser.close();
        rmSync(downloadDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(downloadDir, { recursive: true, force: true });
    throw error;
  }
}
