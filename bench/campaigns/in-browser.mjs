// The campaign's figures in Chromium, on the test build: the campaign of 50 brands and 20,000 events
// written into the extension's IndexedDB, the dashboard opened at it (#campaign=), and timed in the page
// as the cases suite times the case page: a MutationObserver, installed before the page's scripts, notes
// when the comparison table's rows appear, and the next animation frame counts as painted. Then the
// page's three export buttons (CSV, report, bundle of every dossier), each timed from its click to its
// download.
import { readFileSync } from "node:fs";
import { launch } from "../browser.mjs";

/** Runs in every page before its scripts: when each part first appears, once painted. */
function watchCampaignParts() {
  const parts = { table: ".comparison-table tbody tr", brands: ".campaign-brands-table tbody tr" };
  const seen = {};
  window.__parts = seen;
  const check = () => {
    for (const [name, selector] of Object.entries(parts)) {
      if (seen[name] === undefined && document.querySelector(selector)) {
        seen[name] = null;
        requestAnimationFrame(() => (seen[name] = performance.now()));
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

const EXPORTS = [
  ["csv", "Comparison as CSV (data desk)"],
  ["report", "HTML report (to publish)"],
  ["bundle", "All dossiers, signed (ZIP)"],
];

/**
 * @param {{ built: any, storage: any, settings: { comparisonRounds: number, comparisonWarmup: number, exportRounds: number }, log: (line: string) => void }} options
 */
export async function measureInBrowser({ built, storage, settings, log }) {
  const browser = await launch({ withExtension: true });
  try {
    const base = `chrome-extension://${browser.extensionId}`;
    const url = `${base}/src/dashboard/index.html#campaign=${encodeURIComponent(storage.campaign.id)}`;
    // The dashboard opens the database at its latest version before anything is written into it.
    const first = await browser.context.newPage();
    await first.goto(`${base}/src/dashboard/index.html`);
    await first.locator(".cases-list").waitFor();
    await first.close();
    await (await browser.worker()).evaluate(built.writeCampaignStorage, storage);
    await browser.context.addInitScript(watchCampaignParts);

    log(`campaign page, ${storage.rows.length} events: ${settings.comparisonWarmup} + ${settings.comparisonRounds} opens…`);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const opens = [];
    for (let i = 0; i < settings.comparisonWarmup + settings.comparisonRounds; i++) {
      // From a blank page: going to the same address again would only change its hash, not load it.
      await page.goto("about:blank");
      await page.goto(url);
      await page.waitForFunction(() => typeof window.__parts?.table === "number" && typeof window.__parts?.brands === "number", undefined, { timeout: 60_000 });
      const sample = await page.evaluate(() => ({
        table: window.__parts.table,
        brands: window.__parts.brands,
        read: performance.getEntriesByName("receipts:campaign-evidence-read")[0]?.startTime ?? NaN,
        domContentLoaded: performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd ?? NaN,
      }));
      if (i >= settings.comparisonWarmup) opens.push(sample);
    }
    const rows = await page.locator(".comparison-table tbody tr").count();
    const links = await page.locator(".comparison-table tbody a").count();

    // The exports, from the page as it stands (its table painted), each button in turn.
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: "longtask" });
    });
    log(`exports from the campaign page: 1 + ${settings.exportRounds} rounds of CSV, report and bundle…`);
    const exports = [];
    let longestTask = 0;
    let bundle;
    for (let round = -1; round < settings.exportRounds; round++) {
      await page.evaluate(() => (window.__longTasks = []));
      const times = {};
      for (const [format, label] of EXPORTS) {
        const started = Date.now();
        const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByRole("button", { name: label }).click()]);
        const path = await download.path();
        times[format] = Date.now() - started;
        if (format === "bundle") bundle = new Uint8Array(readFileSync(path));
        // The buttons are disabled while an export runs: wait for the page to be ready for the next one.
        await page.getByRole("button", { name: label }).and(page.locator(":enabled")).waitFor({ timeout: 60_000 });
      }
      if (round < 0) continue; // warm-up
      exports.push(times);
      longestTask = Math.max(longestTask, ...(await page.evaluate(() => window.__longTasks)), 0);
    }
    await page.close();
    const verdict = (await built.verifyBundle(bundle)).verdict;
    return { opens, rows, links, exports, longestTask, bundleBytes: bundle.length, verdict };
  } finally {
    await browser.close();
  }
}
