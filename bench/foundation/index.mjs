// The foundation's figures (issue "Foundation", item 10): watched page load against no
// extension, that an unwatched page gets nothing, submit-to-disk latency, content script size.
import { startFixtureServer } from "../../test/fixtures/server.mjs";
import { launch, watchThroughPopup } from "../browser.mjs";
import { startBenchServer } from "../server.mjs";
import { dropBaseline } from "../worker-probes.mjs";
import { CONTENT_SCRIPT, CONTENT_SCRIPT_BUDGET, contentScriptSize } from "./content-size.mjs";
import { checkNotWatched } from "./not-watched.mjs";
import { comparePageLoads, pairedRatio } from "./page-load.mjs";
import { measureSubmitLatency } from "./submit-latency.mjs";

const WATCHED_HOST = "127.0.0.1";
const UNWATCHED_HOST = "localhost";
const PAGE = "/yellow/contact.html";

const ms = (v) => `${v.toFixed(1)} ms`;

/** Settings; RECEIPTS_BENCH_QUICK=1 makes a short run for trying the bench itself out. */
export function foundationSettings(quick = process.env.RECEIPTS_BENCH_QUICK === "1") {
  return quick ? { loads: 6, loadWarmup: 1, submissions: 5, submitWarmup: 1 } : { loads: 60, loadWarmup: 3, submissions: 40, submitWarmup: 5 };
}

export default async function foundation({ results, log, settings = foundationSettings() }) {
  const size = contentScriptSize();
  results.add({
    name: "Content script size (gzip -9)",
    value: size.gzipped,
    unit: "B",
    baseline: { name: "budget", value: CONTENT_SCRIPT_BUDGET, unit: "B" },
    target: { max: CONTENT_SCRIPT_BUDGET },
    detail: `${CONTENT_SCRIPT}: ${size.raw} B raw, ${size.gzipped} B gzipped`,
  });

  const fixtures = await startFixtureServer();
  const bench = await startBenchServer();
  const withExtension = await launch({ withExtension: true });
  // Same extension, nothing watched: tells the cost of the content script from that of the
  // extension merely being there.
  const idleExtension = await launch({ withExtension: true });
  const bare = await launch({ withExtension: false });
  try {
    const pageUrl = fixtures.url(WATCHED_HOST, PAGE);
    const watchedPage = await withExtension.context.newPage();
    await watchedPage.goto(pageUrl);
    await watchThroughPopup(withExtension, watchedPage);
    const pages = { watched: watchedPage, unwatched: await idleExtension.context.newPage(), bare: await bare.context.newPage() };

    log(`page loads: ${settings.loads} rounds of watched / extension, not watched / no extension…`);
    const { samples, medians } = await comparePageLoads({ pages, url: pageUrl, rounds: settings.loads, warmup: settings.loadWarmup });
    const spread = (name) => `${ms(Math.min(...samples[name]))}–${ms(Math.max(...samples[name]))}`;
    results.add({
      name: "Watched page load vs. no extension (median loadEventEnd)",
      value: medians.watched,
      unit: "ms",
      baseline: { name: "no extension", value: medians.bare, unit: "ms" },
      target: { on: "ratio", max: 1.03 },
      detail: `${PAGE}, ${settings.loads} loads each in rotating order; watched ${spread("watched")}, no extension ${spread("bare")}; median of per-round ratios ${pairedRatio(samples.watched, samples.bare).toFixed(3)}`,
    });
    results.add({
      name: "Unwatched page load with extension vs. none (median loadEventEnd)",
      value: medians.unwatched,
      unit: "ms",
      baseline: { name: "no extension", value: medians.bare, unit: "ms" },
      target: { on: "ratio", max: 1.03 },
      detail: `same loads, a second browser with the extension installed and no site watched; ${spread("unwatched")}; median of per-round ratios ${pairedRatio(samples.unwatched, samples.bare).toFixed(3)}`,
    });
    await idleExtension.close();
    await bare.close();
    await watchedPage.close();

    log(`form submissions: ${settings.submissions}…`);
    const formPage = await withExtension.context.newPage();
    await formPage.goto(bench.url(WATCHED_HOST, "/repeat-form.html"));
    const latency = await measureSubmitLatency({ page: formPage, worker: withExtension.worker, submissions: settings.submissions, warmup: settings.submitWarmup });
    await formPage.close();
    const latencyDetail = `${latency.latencies.length} submissions after ${settings.submitWarmup} warm-up; trusted click (page) to IDB complete (service worker), clock skew between them ${latency.maxSkewMs.toFixed(2)} ms taken out; worker restarts ${latency.workerRestarts}; baseline: bare strict-durability IndexedDB write of an event-sized record in the same worker`;
    results.add({
      name: "Submit to durable write, p50",
      value: latency.p50,
      unit: "ms",
      baseline: { name: "bare IDB write p50", value: latency.baselineP50, unit: "ms" },
      target: { max: 100 },
      detail: latencyDetail,
    });
    results.add({
      name: "Submit to durable write, p95",
      value: latency.p95,
      unit: "ms",
      baseline: { name: "bare IDB write p95", value: latency.baselineP95, unit: "ms" },
      target: { max: 100 },
      detail: latencyDetail,
    });

    log("unwatched page…");
    const unwatched = await checkNotWatched({
      browser: withExtension,
      watchedHost: WATCHED_HOST,
      unwatchedHost: UNWATCHED_HOST,
      watchedUrl: fixtures.url(WATCHED_HOST, PAGE),
      unwatchedFormUrl: bench.url(UNWATCHED_HOST, "/repeat-form.html"),
      posts: bench.posts,
    });
    results.add({
      name: "Unwatched page gets nothing injected",
      value: unwatched.holds,
      unit: "bool",
      target: { equals: true },
      detail: unwatched.detail,
    });
    await (await withExtension.worker()).evaluate(dropBaseline).catch(() => undefined);
  } finally {
    for (const browser of [withExtension, idleExtension, bare]) await browser.close().catch(() => undefined);
    await bench.close();
    await fixtures.close();
  }
}
