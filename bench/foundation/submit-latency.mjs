// Figure: from the person's trusted click on Send to the moment the contact attempt is
// committed in IndexedDB. The click time comes from the page (the click event's timeStamp),
// the commit time from the service worker (the transaction's `complete`, see worker-probes).
// Each iteration first times a bare IndexedDB write in the same worker: the baseline is what
// durability alone costs on this machine, so the ratio shows what the extension adds to it.
import { bareWrite, clockOffset, commitAt, commitCount, installCommitProbe } from "../worker-probes.mjs";
import { percentile } from "../stats.mjs";

const COMMIT_TIMEOUT_MS = 5_000;

/** A record the size and shape of a stored contact attempt, for the baseline write. */
function eventSizedRecord(i) {
  const text = "A subcontractor flooded my mother's wall while installing the fibre. ".repeat(3);
  return {
    caseId: "00000000-0000-4000-8000-000000000000",
    seq: i,
    captureKey: `http://127.0.0.1|bench-${i}`,
    siteHost: "127.0.0.1",
    event: {
      v: 1,
      kind: "contact-attempt",
      recorded: { at: Date.now(), timeZone: "Europe/Paris" },
      occurred: { at: Date.now(), timeZone: "Europe/Paris" },
      source: { url: "http://127.0.0.1/repeat-form.html", title: "Write to us — Bench Telecom", frameOrigin: "http://127.0.0.1", tabId: 1 },
      collection: { method: "automatic", extensionVersion: "0.1.0", browser: "Chromium", browserVersion: "0" },
      payload: {
        channel: "web-form",
        target: "http://127.0.0.1/sink",
        method: "post",
        fields: [
          { label: "Your name", name: "name", value: "Marc Dupont" },
          { label: "E-mail address", name: "email", value: "marc@example.org" },
          { label: "Your message", name: "message", value: text },
        ],
      },
      hash: null,
      previousHash: null,
    },
  };
}

/**
 * Sends the form on `page` (already loaded, on a watched site) `warmup + submissions` times.
 * `worker()` returns the live service worker. Returns latencies and baselines in ms.
 */
export async function measureSubmitLatency({ page, worker, submissions, warmup }) {
  const latencies = [];
  const baselines = [];
  const pageOffset = await page.evaluate(clockOffset);
  let workerOffset;
  let restarts = 0;
  const skews = [];

  for (let i = 0; i < warmup + submissions; i += 1) {
    const w = await worker();
    let before = await w.evaluate(commitCount);
    if (before === undefined) {
      // First run, or the worker was stopped and started again: probe and clock anew.
      if (workerOffset !== undefined) restarts += 1;
      await w.evaluate(installCommitProbe);
      workerOffset = await w.evaluate(clockOffset);
      skews.push(pageOffset - workerOffset);
      before = 0;
    }
    const baseline = await w.evaluate(bareWrite, eventSizedRecord(i));

    await page.getByLabel("Your name").fill("Marc Dupont");
    await page.getByLabel("E-mail address").fill("marc@example.org");
    await page.getByLabel("Your message").fill(`Submission ${i}: the technician never came, again.`);
    const clicksBefore = await page.evaluate(() => window.benchClicks.length);
    await page.getByRole("button", { name: "Send" }).click();
    const committedAt = await w.evaluate(commitAt, [before, COMMIT_TIMEOUT_MS]);
    const clickedAt = await page.evaluate((n) => window.benchClicks[n], clicksBefore);
    if (clickedAt === undefined) throw new Error("the page saw no trusted click on Send");
    // Both clocks brought back to Date.now()'s scale before subtracting.
    const latency = committedAt - workerOffset - (clickedAt - pageOffset);
    if (i >= warmup) {
      latencies.push(latency);
      baselines.push(baseline);
    }
  }
  return {
    latencies,
    baselines,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    baselineP50: percentile(baselines, 50),
    baselineP95: percentile(baselines, 95),
    maxSkewMs: Math.max(...skews.map(Math.abs)),
    workerRestarts: restarts,
  };
}
