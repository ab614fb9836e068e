// Figure: main-thread time a busy chat costs with Receipts recording it. A generic chat
// (test/fixtures/sites/yellow/chat-stream.html) receives 2,000 messages at 20 per second (100 s) in a
// Chromium with the test build whose site is watched (every message recorded: checked). The page's
// main thread is sampled by V8's profiler (DevTools Profiler, every 0.5 ms); a sample counts for
// Receipts when any frame of its stack is in one of the extension's scripts (detection, recorder,
// delivery, and the DOM calls they make). Target: that time ≤ 5 % of the stream's duration.
// For scale, the page's whole main-thread busy time (Performance.getMetrics TaskDuration) is given
// too, with and without the extension (a second Chromium, run after the first: they do not compete).
//   node bench/chat/stream.mjs            (needs dist/test/chrome; RECEIPTS_BENCH_QUICK=1: 200 messages)
import { startFixtureServer } from "../../test/fixtures/server.mjs";
import { launch, watchThroughPopup } from "../browser.mjs";

const QUICK = process.env.RECEIPTS_BENCH_QUICK === "1";
const MESSAGES = QUICK ? 200 : 2000;
const RATE = 20;

async function busyTime(page) {
  const session = await page.context().newCDPSession(page);
  await session.send("Performance.enable");
  return async () => {
    const { metrics } = await session.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN;
  };
}

/** Time of the samples whose stack holds a frame of an extension script (inclusive: DOM calls it makes count). */
function extensionTime(profile) {
  const parent = new Map();
  const own = new Map();
  for (const node of profile.nodes) {
    own.set(node.id, node.callFrame.url.startsWith("chrome-extension://"));
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const counts = new Map();
  const inExtension = (id) => {
    if (counts.has(id)) return counts.get(id);
    const value = own.get(id) || (parent.has(id) && inExtension(parent.get(id)));
    counts.set(id, value);
    return value;
  };
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (inExtension(id)) micros += profile.timeDeltas[i + 1] ?? 0;
  });
  return micros / 1000;
}

async function storedMessages(browser) {
  const worker = await browser.worker();
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("receipts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("events").objectStore("events").getAll();
          request.onsuccess = () => resolve(request.result.filter((r) => r.event.kind === "message" && r.event.payload.event === "message").length);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function streamOnce({ withExtension, server, log }) {
  const browser = await launch({ withExtension });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url("127.0.0.1", `/yellow/chat-stream.html?n=${MESSAGES}&rate=${RATE}`));
    if (withExtension) {
      await watchThroughPopup(browser, page);
      // The recorder has the first message: detection ran and the reader is in place.
      for (let tries = 0; (await storedMessages(browser)) < 1; tries++) {
        if (tries > 100) throw new Error("the chat was not recorded");
        await page.waitForTimeout(100);
      }
    }
    await page.waitForTimeout(1000);
    const read = await busyTime(page);
    const profiler = await page.context().newCDPSession(page);
    await profiler.send("Profiler.enable");
    await profiler.send("Profiler.setSamplingInterval", { interval: 500 });
    await profiler.send("Profiler.start");
    const before = await read();
    const elapsedMs = await page.evaluate(() => window.startStream());
    await page.waitForTimeout(1500); // the recorder's last reading
    const busy = (await read()) - before;
    const { profile } = await profiler.send("Profiler.stop");
    const extensionMs = extensionTime(profile);
    let recorded;
    if (withExtension) {
      for (let tries = 0; tries < 50 && (recorded = await storedMessages(browser)) < MESSAGES + 1; tries++) await page.waitForTimeout(200);
    }
    log(`  ${withExtension ? "recorded" : "no extension"}: ${(busy * 1000).toFixed(0)} ms busy, ${extensionMs.toFixed(0)} ms in the extension's scripts, over ${(elapsedMs / 1000).toFixed(1)} s${recorded !== undefined ? `, ${recorded} messages stored` : ""}`);
    return { busyMs: busy * 1000, extensionMs, elapsedMs, recorded };
  } finally {
    await browser.close();
  }
}

export default async function chatStream({ results, log }) {
  const server = await startFixtureServer();
  try {
    const recorded = await streamOnce({ withExtension: true, server, log });
    const bare = await streamOnce({ withExtension: false, server, log });
    const share = (recorded.extensionMs / recorded.elapsedMs) * 100;
    results.add({
      name: `Busy chat (${MESSAGES} messages at ${RATE}/s): main-thread time in Receipts' scripts`,
      value: Number(share.toFixed(2)),
      unit: "% of the stream's duration",
      target: { max: 5 },
      detail:
        `${recorded.extensionMs.toFixed(0)} ms sampled in the extension's scripts over ${(recorded.elapsedMs / 1000).toFixed(1)} s; ` +
        `page busy (TaskDuration) ${recorded.busyMs.toFixed(0)} ms recorded vs. ${bare.busyMs.toFixed(0)} ms without extension; ` +
        `${recorded.recorded} of ${MESSAGES + 1} messages stored`,
    });
    if (recorded.recorded !== MESSAGES + 1) throw new Error(`only ${recorded.recorded} of ${MESSAGES + 1} messages were recorded`);
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = [];
  await chatStream({ results: { add: (f) => figures.push(f) }, log: console.log });
  console.log(JSON.stringify(figures, null, 2));
}
