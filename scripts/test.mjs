// npm test: everything CI checks, in the order that fails fastest.
// typecheck → lint → unit tests → builds (+ web-ext lint) → end-to-end tests in Chromium and Firefox.
// Ends with one line "test: N passed, M failed" counting every unit and end-to-end test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBrowsers } from "./browsers.mjs";

const bin = (name) => join("node_modules", ".bin", name);
const started = Date.now();
const totals = { passed: 0, failed: 0 };

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    finish(false);
  }
}

function vitest(title, configArgs) {
  const dir = mkdtempSync(join(tmpdir(), "receipts-vitest-"));
  const report = join(dir, "report.json");
  console.log(`\n▶ ${title}`);
  const result = spawnSync(bin("vitest"), ["run", ...configArgs, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
    stdio: "inherit",
    env: process.env,
  });
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests + (json.numTotalTests === 0 ? 1 : 0);
    if (json.numTotalTests === 0) console.error(`✖ ${title}: no test ran.`);
  } catch {
    totals.failed += 1;
    console.error(`✖ ${title}: no report was written.`);
  }
  rmSync(dir, { recursive: true, force: true });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    finish(false);
  }
}

function finish(ok) {
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\n${ok ? "✔ all checks passed" : "✖ checks failed"} in ${minutes} min`);
  console.log(`test: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

try {
  const found = ensureBrowsers(["chromium", "firefox"]);
  console.log(`browsers: ${Object.values(found).join(", ")}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  finish(false);
}
step("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]);
step("lint (eslint)", bin("eslint"), ["."]);
step("JSON Schema matches the evidence model (npm run schema)", process.execPath, ["tools/verify/write-schema.mjs", "--check"]);
vitest("unit tests", []);
step("build (dist/chrome, dist/firefox)", process.execPath, ["scripts/build.mjs"]);
step("lint the Firefox build (web-ext lint)", process.execPath, ["scripts/lint-firefox.mjs"]);
step("test build (dist/test/chrome, dist/test/firefox)", process.execPath, ["scripts/build.mjs"], { RECEIPTS_TEST_BUILD: "1" });
vitest("end-to-end tests (Chromium, Firefox)", ["-c", "vitest.e2e.config.ts"]);
finish(true);
