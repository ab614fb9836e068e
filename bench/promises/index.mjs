// The promises figures (issue "Promises"): how long recording a promise takes on a large page, from the
// request to its durable write (quote, reading, screenshot, MHTML snapshot, hashes, the event), and what
// a page snapshot costs on a very large page: MHTML (Chromium) and the HTML copy Firefox falls back to.
/* global chrome -- evaluated in the service worker and in an extension page */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";
import { startFixtureServer } from "../../test/fixtures/server.mjs";
import { launch } from "../browser.mjs";
import { median, percentile } from "../stats.mjs";

const ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));
export const RECORD_TARGET_MS = 1500;
/** The recording gives the snapshot up beyond these (src/background/page-snapshot.ts). */
export const SNAPSHOT_LIMIT_MS = 2000;
export const SNAPSHOT_LIMIT_MB = 50;

/** Settings; RECEIPTS_BENCH_QUICK=1 makes a short run for trying the bench itself out. */
export function promisesSettings(quick = process.env.RECEIPTS_BENCH_QUICK === "1") {
  return quick ? { recordings: 3, warmup: 1, snapshots: 1 } : { recordings: 15, warmup: 2, snapshots: 3 };
}

/** The in-page HTML copy (content/promise-snapshot.ts), bundled for Node so its source can be evaluated in a page. */
async function loadSerializer() {
  const outDir = mkdtempSync(join(tmpdir(), "receipts-bench-promises-"));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: "warn",
      build: {
        ssr: resolve(ROOT, "src/content/promise-snapshot.ts"),
        outDir,
        emptyOutDir: true,
        minify: false,
        target: "node20",
        rollupOptions: { output: { format: "es", entryFileNames: "promise-snapshot.mjs" } },
      },
    });
    const { serializePage } = await import(pathToFileURL(join(outDir, "promise-snapshot.mjs")).href);
    return serializePage.toString();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function selectPromise(page) {
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById("promise"));
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
  });
}

/** activeTab for the page's tab, as a click on the toolbar button grants it (DevTools protocol). */
async function clickToolbarButton(browser, page) {
  const cdp = await browser.context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  await cdp.send("Extensions.triggerAction", { id: browser.extensionId, targetId: targetInfos.find((t) => t.url === page.url()).targetId });
  await cdp.detach();
}

/** An extension page in a window of its own, so the page recorded from stays in front in its window. */
async function extensionWindow(browser) {
  const worker = await browser.worker();
  const opened = browser.context.waitForEvent("page");
  await worker.evaluate((url) => chrome.windows.create({ url, type: "normal" }), `chrome-extension://${browser.extensionId}/src/dashboard/index.html`);
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

/** Recording times (ms) on the page: the request to the reply, sent once the event is on disk. */
async function recordingTimes(browser, sender, page, count, warmup) {
  const worker = await browser.worker();
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
  const times = [];
  const outcomes = [];
  for (let i = 0; i < warmup + count; i++) {
    const { ms, outcome } = await sender.evaluate(async (tab) => {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: "promise.record", tabId: tab, requestKey: crypto.randomUUID() });
      return { ms: performance.now() - started, outcome: reply.outcome };
    }, tabId);
    if (outcome?.status !== "recorded") throw new Error(`not recorded: ${JSON.stringify(outcome)}`);
    if (i >= warmup) {
      times.push(ms);
      outcomes.push(outcome);
    }
    // Past the screenshot queue's spacing, so one sample does not wait for the previous one.
    await new Promise((r) => setTimeout(r, 700));
  }
  return { times, outcomes };
}

export default async function promises({ results, log, settings = promisesSettings() }) {
  const fixtures = await startFixtureServer();
  const browser = await launch({ withExtension: true });
  try {
    const sender = await extensionWindow(browser);

    const small = await browser.context.newPage();
    await small.goto(fixtures.url("127.0.0.1", "/yellow/promise-en.html"));
    const large = await browser.context.newPage();
    await large.goto(fixtures.url("127.0.0.1", "/yellow/promise-large.html?n=20000&text=40"));
    const elements = await large.evaluate(() => document.getElementsByTagName("*").length);

    const measure = async (page) => {
      await page.bringToFront();
      await clickToolbarButton(browser, page);
      await selectPromise(page);
      return recordingTimes(browser, sender, page, settings.recordings, settings.warmup);
    };
    log(`recording on a ${elements}-element page and on a small one`);
    const onSmall = await measure(small);
    const onLarge = await measure(large);
    const missing = onLarge.outcomes.filter((o) => o.snapshotMissing || o.screenshotMissing).length;
    results.add({
      name: `Record a promise on a ${Math.round(elements / 1000)},000-element page (p95, request to durable write)`,
      value: Math.round(percentile(onLarge.times, 95)),
      unit: "ms",
      baseline: { name: "median on a small page (promise-en.html)", value: Math.round(median(onSmall.times)), unit: "ms" },
      target: { max: RECORD_TARGET_MS },
      detail: `${settings.recordings} recordings after ${settings.warmup} warm-ups, 0.7 s apart; median ${Math.round(median(onLarge.times))} ms; quote, reading, PNG screenshot, MHTML snapshot, SHA-256 of both, sealed event; ${missing} of them without a screenshot or snapshot`,
    });

    log("snapshots of a 200,000-element page");
    const huge = await browser.context.newPage();
    await huge.goto(fixtures.url("127.0.0.1", "/yellow/promise-large.html?n=200000&text=40"), { timeout: 120_000 });
    const worker = await browser.worker();
    const mhtml = [];
    for (let i = 0; i < settings.snapshots; i++) {
      mhtml.push(
        await worker.evaluate(async (url) => {
          const [tab] = await chrome.tabs.query({ url });
          const started = performance.now();
          const blob = await chrome.pageCapture.saveAsMHTML({ tabId: tab.id });
          await blob.arrayBuffer();
          return { ms: performance.now() - started, bytes: blob.size };
        }, huge.url()),
      );
    }
    const serializer = await loadSerializer();
    const html = [];
    for (let i = 0; i < settings.snapshots; i++) {
      html.push(
        await huge.evaluate(`(() => { const started = performance.now(); const made = (${serializer})({ maxChars: 1e9, maxMs: 1e9 }); return { ms: performance.now() - started, chars: made.ok ? made.html.length : 0 }; })()`),
      );
    }
    const mb = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;
    results.add({
      name: "MHTML snapshot of a 200,000-element page (median)",
      value: Math.round(median(mhtml.map((m) => m.ms))),
      unit: "ms",
      target: { max: SNAPSHOT_LIMIT_MS },
      detail: `chrome.pageCapture.saveAsMHTML and reading its bytes, ${settings.snapshots} runs; beyond ${SNAPSHOT_LIMIT_MS} ms a recording keeps the promise without it and says so`,
    });
    results.add({
      name: "MHTML snapshot size, 200,000-element page",
      value: mb(median(mhtml.map((m) => m.bytes))),
      unit: "MiB",
      target: { max: SNAPSHOT_LIMIT_MB },
      detail: `beyond ${SNAPSHOT_LIMIT_MB} MB a recording keeps the promise without it and says so`,
    });
    results.add({
      name: "HTML copy (Firefox's snapshot) of a 200,000-element page (median)",
      value: Math.round(median(html.map((h) => h.ms))),
      unit: "ms",
      target: { max: SNAPSHOT_LIMIT_MS },
      detail: `content/promise-snapshot.ts evaluated in the page in Chromium (Firefox runs the same function), ${settings.snapshots} runs; ${mb(median(html.map((h) => h.chars)))} M characters`,
    });
  } finally {
    await browser.close();
    await fixtures.close();
  }
}
