// Bench suite "dossier": export of a large case as a signed bundle, and its verification.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildNodeModule } from "../../tools/verify/build.mjs";
import { median } from "../stats.mjs";
import { measureInBrowser } from "./in-browser.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export default async function dossier({ results, log }) {
  const quick = process.env.RECEIPTS_BENCH_QUICK === "1";
  const module = join(root, "node_modules/.cache/receipts-bench/dossier-measure.mjs");
  mkdirSync(dirname(module), { recursive: true });
  writeFileSync(module, await buildNodeModule("bench/dossier/measure.ts"));
  const built = await import(`${pathToFileURL(module).href}?t=${Date.now()}`);
  const rounds = quick ? 1 : 5;
  log(`building a case of 10,000 events and 200 screenshots, 1 + ${rounds} export(s) and verification(s)…`);
  const f = await built.measure(rounds);
  const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
  const detail = `${f.events} events, ${f.screenshots} screenshots (${mb(f.inputBytes)}), bundle ${mb(f.bundleBytes)}, median of ${rounds} after a warm-up round; in Node ${process.version} with the code the dashboard runs`;
  results.add({ name: "Dossier bundle export, 10,000 events + 200 screenshots", value: median(f.exportMs), unit: "ms", target: { max: 3000 }, detail: `${detail}; longest step without yielding ${f.longestPauseMs.toFixed(0)} ms` });
  results.add({ name: "Dossier bundle verification, same bundle", value: median(f.verifyMs), unit: "ms", target: { max: 1000 }, detail: `${detail}; verdict ${f.verdict}` });
  results.add({ name: "Dossier export: longest step without yielding", value: f.longestPauseMs, unit: "ms", target: { max: 250 }, detail: "how long the page building the bundle can be frozen: rendering, hashing and zipping in steps with a pause between" });
  results.add({ name: "Dossier bundle verifies intact", value: f.verdict === "intact", unit: "bool", target: { equals: true } });

  log(`import of that bundle into a fresh database, then again: 1 + ${rounds} rounds…`);
  const imp = await built.measureImport(rounds);
  const importDetail = `${mb(imp.bundleBytes)} bundle; importFile as the background runs it: the safe ZIP reader and verifyBundle, the schema, ${imp.added} events and the screenshots written in one transaction (fake-indexeddb in Node ${process.version}); median of ${rounds} after a warm-up. No target in the issue: ours is export's plus verification's`;
  results.add({ name: "Dossier bundle import into an empty profile, same bundle", value: median(imp.importMs), unit: "ms", target: { max: 4000 }, detail: importDetail });
  results.add({ name: "Dossier bundle imported a second time (nothing new)", value: median(imp.againMs), unit: "ms", target: { max: 4000 }, detail: `the same bundle verified again and found stored: ${imp.alreadyStored} events already stored, nothing written` });
  // The same case sealed in format v2 (salted commitments, docs/dossier-format.md "Hidden values"),
  // exported whole, then with a word hidden in each of its 9,792 chat lines.
  log(`the same case sealed in format v2: 1 + ${rounds} exports whole, then 1 + ${rounds} with hidden values…`);
  const whole = await built.measure(rounds, { sealing: 2 });
  const hidden = await built.measure(rounds, { sealing: 2, redact: true });
  const v2Detail = `${detail}; events sealed in format v2 (a seed per event, a salted commitment per value and per word)`;
  results.add({ name: "Dossier bundle export, same case sealed in format v2", value: median(whole.exportMs), unit: "ms", target: { max: 3000 }, detail: v2Detail });
  results.add({ name: "Dossier bundle verification, same case sealed in format v2", value: median(whole.verifyMs), unit: "ms", target: { max: 1000 }, detail: `${v2Detail}; every commitment recomputed from the events' seeds; verdict ${whole.verdict}` });
  results.add({ name: "Dossier bundle export with hidden values (v2)", value: median(hidden.exportMs), unit: "ms", target: { max: 3000 }, detail: `${v2Detail}; ${hidden.hiddenValues} values hidden (a word in every chat line), the redacted copy, redactions.json and the annex made within the timed export; longest step without yielding ${hidden.longestPauseMs.toFixed(0)} ms` });
  results.add({ name: "Dossier bundle verification with hidden values (v2)", value: median(hidden.verifyMs), unit: "ms", target: { max: 1000 }, detail: `${v2Detail}; ${hidden.hiddenValues} hidden values, each event's hash recomputed from its opening; verdict ${hidden.verdict}` });
  results.add({ name: "Dossier bundle with hidden values verifies intact", value: hidden.verdict === "intact" && hidden.hiddenValues > 9000, unit: "bool", target: { equals: true } });

  const b = await measureInBrowser({ measure: built, rounds: quick ? 1 : 3, log });
  const browserDetail = `same case, sealed in format v2 as Receipts stores events now, written into the test build's IndexedDB; Chromium, median of ${quick ? 1 : 3} after a warm-up; bundle ${mb(b.bundleBytes)}`;
  results.add({ name: "Dossier bundle export from the dashboard (Chromium), same case", value: b.exportMs, unit: "ms", target: { max: 3000 }, detail: `${browserDetail}; click to download, reading the events and files from IndexedDB and signing in the background included; verdict ${b.verdict}` });
  results.add({ name: "Dashboard's longest task during those exports", value: b.longestTask, unit: "ms", target: { max: 250 }, detail: "PerformanceObserver longtask entries in the dashboard page (0: none over 50 ms)" });
  results.add({ name: "verify.html (Chromium, from the file system) checks that bundle", value: b.verifyMs, unit: "ms", target: { max: 1000 }, detail: `${browserDetail}; from choosing the file to the verdict (${b.pageVerdict})` });
  const importWords = `staged in IndexedDB by the dashboard, checked and merged by the service worker, written into the real IndexedDB; from choosing the file to the outcome on screen; a fresh profile (new browser) per round, median of ${quick ? 1 : 3}`;
  results.add({ name: "Dossier bundle import from the dashboard (Chromium), into a fresh profile", value: b.importMs, unit: "ms", target: { max: 4000 }, detail: `${importWords}; no target in the issue: ours is export's plus verification's` });
  results.add({ name: "Dossier bundle imported again from the dashboard (nothing new)", value: b.againMs, unit: "ms", target: { max: 4000 }, detail: `same profile, same file: "${b.importWords.slice(0, 120)}"` });
}
