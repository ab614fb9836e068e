// npm run bench: builds what it measures, runs every benchmark suite once, prints the figures
// as a table and writes bench/results.json. All figures come from this one run; a baseline is
// always measured in the same run as the figure it is compared with.
//   --no-build             measure dist/ as it is
//   RECEIPTS_BENCH_QUICK=1  a few samples only, to try the bench itself out (figures meaningless)
import { execFileSync, spawnSync } from "node:child_process";
import { cpus, loadavg, release, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { findBrowser } from "../scripts/browsers.mjs";
import { createResults } from "./results.mjs";
import foundation from "./foundation/index.mjs";
import reality from "./reality/index.mjs";
import dossier from "./dossier/index.mjs";
import promises from "./promises/index.mjs";
import parser from "./parser/index.mjs";
import chatStream from "./chat/stream.mjs";
import cases from "./cases/index.mjs";
import campaigns from "./campaigns/index.mjs";

/** Each suite is `async ({ results, log }) => void` and adds its figures with `results.add`. */
const SUITES = [
  { name: "foundation", run: foundation },
  { name: "reality", run: reality },
  { name: "dossier", run: dossier },
  { name: "promises", run: promises },
  { name: "parser", run: parser },
  { name: "chat", run: chatStream },
  { name: "cases", run: cases },
  { name: "campaigns", run: campaigns },
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const log = (line) => console.log(`[bench] ${line}`);

function build(mode, env = {}) {
  // Quiet unless it fails: the build's warnings are not the bench's business.
  const done = spawnSync(process.execPath, ["scripts/build.mjs", mode], { encoding: "utf8", env: { ...process.env, ...env } });
  if (done.status !== 0) {
    process.stderr.write(`${done.stdout}${done.stderr}`);
    throw new Error(`build ${mode} failed (exit ${done.status})`);
  }
}

function quiet(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

const started = Date.now();
// Other work on the machine moves every timing: the load before and after is kept with the figures.
const loadBefore = loadavg()[0];
if (!process.argv.includes("--no-build")) {
  log("building dist/chrome and the test build dist/test/chrome…");
  build("chrome");
  build("chrome", { RECEIPTS_TEST_BUILD: "1" });
}

const results = createResults();
// RECEIPTS_BENCH_ONLY=foundation,parser runs only the named suites (results.json then holds only their figures).
const only = (process.env.RECEIPTS_BENCH_ONLY ?? "").split(",").filter(Boolean);
for (const suite of SUITES.filter((s) => only.length === 0 || only.includes(s.name))) {
  log(`suite ${suite.name}`);
  await suite.run({ results, log: (line) => log(`${suite.name}: ${line}`) });
}

const chromium = findBrowser("chromium");
const run = {
  date: new Date(started).toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 100) / 10,
  quick: process.env.RECEIPTS_BENCH_QUICK === "1",
  commit: quiet("git", ["rev-parse", "HEAD"]),
  dirty: Boolean(quiet("git", ["status", "--porcelain", "--untracked-files=no"])),
  node: process.version,
  os: `${process.platform} ${release()}`,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverage1m: { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadavg()[0] * 100) / 100 },
  browser: chromium ? (quiet(chromium, ["--version"]) ?? chromium) : undefined,
};
const output = resolve(root, "bench/results.json");
results.write(output, run);

console.log(`\n${results.table()}\n`);
for (const f of results.figures) if (f.detail) console.log(`- ${f.name}: ${f.detail}`);
console.log(`\n${results.figures.filter((f) => f.holds).length}/${results.figures.length} targets hold; ${run.durationSeconds} s; written to bench/results.json`);
if (Math.max(run.loadAverage1m.before, run.loadAverage1m.after) > cpus().length) {
  console.log(`note: load average ${run.loadAverage1m.before} → ${run.loadAverage1m.after} on ${cpus().length} cores; timings are inflated and noisy.`);
}
if (results.figures.some((f) => !f.holds)) process.exitCode = 1;
