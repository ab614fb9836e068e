// The cases figures (issue "Cases and the reality engine", targets): the dashboard's case page showing a
// case of 10,000 events, and the popup's first paint with 100 cases stored, in the system Chromium on the
// test build. Times are performance.now() in the page: a MutationObserver, installed before the page's own
// scripts, notes when each part appears, and the next animation frame is taken as painted. The case page
// is timed from its events being read (a user-timing mark), the popup from navigation start.
/* global chrome -- evaluated in the service worker */
import { fileURLToPath } from "node:url";
import { importForNode } from "../node-bundle.mjs";
import { startFixtureServer } from "../../test/fixtures/server.mjs";
import { launch } from "../browser.mjs";
import { median, percentile } from "../stats.mjs";

const ENTRY = fileURLToPath(new URL("./seed-data.ts", import.meta.url));
const POPUP_HOST = "127.0.0.1";
export const CASE_PAGE_TARGET_MS = 300;
export const POPUP_TARGET_MS = 100;

export function casesSettings(quick = process.env.RECEIPTS_BENCH_QUICK === "1") {
  return quick ? { rounds: 3, warmup: 1 } : { rounds: 20, warmup: 3 };
}

/** Bundles the seeding module (TypeScript: the evidence model and the chain sealing) for Node. */
export function loadSeeder() {
  return importForNode(ENTRY, "seed-data");
}

/** Runs in every page before its scripts: notes when each watched selector first appears, once painted. */
export function watchParts() {
  const parts = { table: ".promise-table, .case-section .empty", timeline: ".timeline-event", glance: ".case-glance .glance-title", waiting: ".glance-waiting" };
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

/** Writes the cases and their events in one transaction, from the service worker. */
export async function store(worker, data) {
  await worker.evaluate(
    ({ cases, rows }) =>
      new Promise((done, fail) => {
        const open = indexedDB.open("receipts");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(["cases", "events"], "readwrite");
          for (const c of cases) tx.objectStore("cases").put(c);
          for (const r of rows) tx.objectStore("events").put(r);
          tx.oncomplete = () => done(db.close());
          tx.onerror = () => fail(tx.error);
        };
      }),
    data,
  );
}

async function timeParts(page, url, parts) {
  // From a blank page: going to the same address again would only change its hash, not load it.
  await page.goto("about:blank");
  await page.goto(url);
  await page.waitForFunction((names) => names.every((n) => typeof window.__parts?.[n] === "number"), parts, { timeout: 30_000 });
  return page.evaluate(
    (names) => ({
      ...Object.fromEntries(names.map((n) => [n, window.__parts[n]])),
      // The case page marks when its events are read (dashboard/case-page/case-data.ts).
      read: performance.getEntriesByName("receipts:case-trail-read")[0]?.startTime ?? NaN,
      domContentLoaded: performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd ?? NaN,
    }),
    parts,
  );
}

async function rounds(settings, measure) {
  const samples = [];
  for (let i = 0; i < settings.warmup + settings.rounds; i += 1) {
    const sample = await measure();
    if (i >= settings.warmup) samples.push(sample);
  }
  return samples;
}

const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;

export default async function cases({ results, log, settings = casesSettings() }) {
  log("bundling and sealing 100 cases (one of 10,000 events)…");
  const { benchData } = await loadSeeder();
  const data = await benchData(POPUP_HOST);
  const fixtures = await startFixtureServer();
  const browser = await launch({ withExtension: true });
  try {
    const worker = await browser.worker();
    const base = `chrome-extension://${browser.extensionId}`;
    // The dashboard opens the database at its latest version before anything is written into it.
    const first = await browser.context.newPage();
    await first.goto(`${base}/src/dashboard/index.html`);
    await first.locator(".cases-list").waitFor();
    await first.close();
    await store(worker, data);
    await browser.context.addInitScript(watchParts);

    log(`case page of ${data.rows.filter((r) => r.caseId === data.bigCaseId).length} events: ${settings.rounds} opens…`);
    const page = await browser.context.newPage();
    const casePage = await rounds(settings, () => timeParts(page, `${base}/src/dashboard/index.html#case=${data.bigCaseId}`, ["table", "timeline"]));
    const painted = casePage.map((s) => Math.max(s.table, s.timeline));
    const rendered = casePage.map((s, i) => painted[i] - s.read);
    const shownRows = await page.locator(".timeline-event").count();
    await page.close();
    results.add({
      name: "Case page first render, 10,000 events (median)",
      value: median(rendered),
      unit: "ms",
      target: { max: CASE_PAGE_TARGET_MS },
      detail:
        `dashboard#case= of a sealed 10,000-event case among 100 cases; from its events read out of IndexedDB (mark receipts:case-trail-read) to the promise table and the first timeline rows painted: ` +
        `the reality engine, the timeline's order and days, and drawing; ${settings.rounds} opens after ${settings.warmup} warm-up: ${spread(rendered)}; ${shownRows} of 10,000 timeline rows in the DOM. ` +
        `The whole open, navigation start to painted: median ${median(painted).toFixed(1)} ms (${spread(painted)}), of which DOMContentLoaded ${median(casePage.map((s) => s.domContentLoaded)).toFixed(1)} ms and reading the events ${median(casePage.map((s) => s.read - s.domContentLoaded)).toFixed(1)} ms after it`,
    });

    log(`popup with ${data.cases.length} cases stored: ${settings.rounds} opens…`);
    const site = await browser.context.newPage();
    await site.goto(fixtures.url(POPUP_HOST, "/yellow/contact.html"));
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, site.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    const popupSamples = await rounds(settings, async () => {
      const parts = await timeParts(popup, `${base}/src/popup/index.html?tab=${tabId}`, ["glance", "waiting"]);
      const paint = await popup.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN);
      return { ...parts, paint };
    });
    await popup.close();
    const firstPaint = popupSamples.map((s) => s.paint);
    const glance = popupSamples.map((s) => s.glance);
    results.add({
      name: "Popup first paint, 100 cases stored (median)",
      value: median(firstPaint),
      unit: "ms",
      target: { max: POPUP_TARGET_MS },
      detail:
        `first-contentful-paint of src/popup/index.html?tab= for a page of a brand with an open case; ${settings.rounds} opens after ${settings.warmup} warm-up: ${spread(firstPaint)}. ` +
        `The case at a glance (title and status) painted at median ${median(glance).toFixed(1)} ms (${spread(glance)}), its wait against the promise at ${median(popupSamples.map((s) => s.waiting)).toFixed(1)} ms`,
    });
  } finally {
    await browser.close();
    await fixtures.close();
  }
}
