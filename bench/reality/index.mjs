// The reality engine's figure (issue "Cases and the reality engine", item 2): how long reading a
// 10,000-event case takes, from its events to verdicts and figures. The engine is TypeScript: it is
// bundled for Node first (vite, as the extension is built), then timed in this process.
// Baseline, measured in the same rounds: JSON.stringify of the same events, a plain pass over every
// field of every event, so the figure also reads as "so many serialisations of the case".
import { fileURLToPath } from "node:url";
import { importForNode } from "../node-bundle.mjs";
import { median, percentile } from "../stats.mjs";

const ENTRY = fileURLToPath(new URL("./reality-bench.ts", import.meta.url));
export const EVENTS = 10_000;
export const TARGET_MS = 50;

/** Settings; RECEIPTS_BENCH_QUICK=1 makes a short run for trying the bench itself out. */
export function realitySettings(quick = process.env.RECEIPTS_BENCH_QUICK === "1") {
  return quick ? { rounds: 5, warmup: 2 } : { rounds: 40, warmup: 8 };
}

/** Bundles the engine and the synthetic case into one ES module and imports it. */
function loadEngine() {
  return importForNode(ENTRY, "reality-bench");
}

const time = (fn) => {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
};

export default async function reality({ results, log, settings = realitySettings() }) {
  log("bundling the engine…");
  const { readCaseReality, syntheticCase, dueTimes } = await loadEngine();
  const synthetic = syntheticCase(EVENTS);
  const options = { now: synthetic.now, orderDate: synthetic.orderDate };
  const engine = () => readCaseReality(synthetic.events, options);
  const baseline = () => JSON.stringify(synthetic.events);

  // A benchmark of an engine that found nothing would measure nothing: check the case is read.
  const reading = engine();
  const obligations = reading.promises.reduce((sum, p) => sum + (p.verdict?.obligations.length ?? 0), 0);
  const { figures } = reading;
  if (reading.attempts.length === 0 || obligations === 0 || figures.handOffs.value === 0) {
    throw new Error(`the synthetic case reads as empty: ${reading.attempts.length} attempts, ${obligations} obligations`);
  }

  log(`${settings.warmup} warm-up and ${settings.rounds} measured rounds…`);
  const engineMs = [];
  const baselineMs = [];
  for (let round = 0; round < settings.warmup + settings.rounds; round++) {
    // Take turns, so that neither always runs on a cache the other warmed.
    const order = round % 2 === 0 ? [engine, baseline] : [baseline, engine];
    for (const fn of order) {
      const { ms } = time(fn);
      if (round < settings.warmup) continue;
      (fn === engine ? engineMs : baselineMs).push(ms);
    }
  }

  // For the detail: what one call to promises/deadline.ts costs, the engine's main fixed cost per due time.
  const dueCalls = [];
  for (let i = 0; i < 300; i++) {
    const { ms } = time(() => dueTimes({ deadline: { type: "before-time", dayOffset: 1, hour: 18, minute: 0 } }, { at: synthetic.now - i * 3_600_000, timeZone: "Europe/Paris" }));
    if (i >= 50) dueCalls.push(ms);
  }

  const kinds = Object.entries(synthetic.counts).map(([kind, n]) => `${n} ${kind}`).join(", ");
  results.add({
    name: `Reality engine, ${EVENTS.toLocaleString("en")}-event case (median)`,
    value: median(engineMs),
    unit: "ms",
    baseline: { name: "JSON.stringify of the same events", value: median(baselineMs), unit: "ms" },
    target: { max: TARGET_MS },
    detail:
      `${settings.rounds} runs after ${settings.warmup} warm-up, interleaved with the baseline; engine p95 ${percentile(engineMs, 95).toFixed(1)} ms, ` +
      `range ${Math.min(...engineMs).toFixed(1)}–${Math.max(...engineMs).toFixed(1)} ms. Case: ${kinds}; ` +
      `read as ${reading.attempts.length} attempts (${figures.unanswered.value} unanswered), ${reading.promises.length} promises ` +
      `(${figures.promisesKept.value} kept, ${figures.promisesBroken.value} broken, ${figures.promisesPending.value} pending, ${obligations} obligations), ` +
      `${figures.interlocutors.value} interlocutors, ${figures.handOffs.value} hand-offs. One dueTimes call (deadline.ts) ≈ ${(median(dueCalls) * 1000).toFixed(0)} µs`,
  });
}
