// npm start: the first thing a newcomer runs. Builds Receipts, starts the bundled demo brand site
// (Yellow Telecom, demo/) and shows Receipts at work on it:
//  - with a display: a real Chromium window with the production build, for you to click through;
//  - without one (or with --headless, or in CI): a scripted visit with the test build, saving the
//    JSON export and screenshots under demo-output/<time>/.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
// Node built-ins only, so safe to import before the check for `npm install`.
import { DEMO_HOST } from "../demo/server.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PROFILE_DIR = join(ROOT, ".demo-profile");
const OUTPUT_DIR = join(ROOT, "demo-output");

const USAGE = `Usage: npm start [-- [--headless] [--fresh]]
  (default)   with a display, opens Chromium with Receipts on the demo site for you to try
  --headless  runs the scripted visit instead and saves its results under demo-output/
  --fresh     forgets what the windowed demo recorded before (deletes .demo-profile/)`;

function fail(message) {
  console.error(`\nnpm start failed: ${message}`);
  process.exit(1);
}

function wantsWindow(headless) {
  if (headless) return false;
  const ci = process.env.CI && !["0", "false"].includes(process.env.CI.toLowerCase());
  if (ci) return false;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Runs scripts/build.mjs for Chrome: the test build pre-grants the demo's host, the production build does not. */
function buildChrome(testBuild) {
  const env = { ...process.env };
  if (testBuild) env.RECEIPTS_TEST_BUILD = "1";
  else delete env.RECEIPTS_TEST_BUILD;
  const outDir = join(ROOT, testBuild ? "dist/test/chrome" : "dist/chrome");
  console.log(`Building ${testBuild ? `the test build (host access to ${DEMO_HOST} pre-granted)` : "the production build"} → ${relative(ROOT, outDir)}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/build.mjs", "chrome"], { cwd: ROOT, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`the build failed (scripts/build.mjs exited with ${code}); see its output above`));
      // Make sure the build is the one asked for, not a leftover of the other kind.
      const manifest = JSON.parse(readFileSync(join(outDir, "manifest.json"), "utf8"));
      const pregranted = (manifest.host_permissions ?? []).some((pattern) => patternCoversHost(pattern, DEMO_HOST));
      if (pregranted !== testBuild) return reject(new Error(`${relative(ROOT, outDir)} is not a ${testBuild ? "test" : "production"} build`));
      resolve(outDir);
    });
  });
}

/** True when the match pattern (e.g. "*://*.test/*") grants http access to `host`. */
function patternCoversHost(pattern, host) {
  const match = /^(\*|https?):\/\/([^/]+)\/.*$/.exec(pattern);
  if (!match || (match[1] !== "*" && match[1] !== "http")) return pattern === "<all_urls>";
  const patternHost = match[2];
  if (patternHost === "*") return true;
  if (patternHost.startsWith("*.")) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
  return host === patternHost;
}

function timestamp(date = new Date()) {
  const p = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}_${p(date.getHours())}-${p(date.getMinutes())}-${p(date.getSeconds())}`;
}

async function main() {
  let options;
  try {
    options = parseArgs({ options: { headless: { type: "boolean" }, fresh: { type: "boolean" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (error) {
    fail(`${error.message}\n${USAGE}`);
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(join(ROOT, "node_modules", "vite")) || !existsSync(join(ROOT, "node_modules", "playwright-core"))) {
    fail('the dependencies are not installed: run "npm install" first.');
  }
  const windowed = wantsWindow(options.headless);
  console.log(windowed ? "Receipts demo: opening Chromium for you to try it." : "Receipts demo: no display (or --headless), running the scripted visit headless.");

  // Imported late, so that a missing `npm install` gets the clear message above.
  const { ensureBrowsers } = await import("./browsers.mjs");
  const { startDemoServer } = await import("../demo/server.mjs");
  const { chromium: executablePath } = ensureBrowsers(["chromium"]);
  console.log(`Chromium: ${executablePath}`);
  const extensionPath = await buildChrome(!windowed);

  const server = await startDemoServer();
  if (server.port !== 8760) console.log(`Port 8760 is taken; the demo site uses ${server.port} this time.`);
  console.log(`Demo site (Yellow Telecom): ${server.url("/")}  (in the demo's Chromium; served on ${server.loopbackUrl("/")})`);
  try {
    if (windowed) {
      const { runHeadedDemo } = await import("../demo/headed.mjs");
      await runHeadedDemo({ executablePath, extensionPath, server, profileDir: PROFILE_DIR, fresh: options.fresh });
      console.log("Browser closed: demo stopped.");
      return 0;
    }
    const { runMysteryShopper } = await import("../demo/mystery-shopper.mjs");
    const outDir = join(OUTPUT_DIR, timestamp());
    mkdirSync(outDir, { recursive: true });
    console.log("Mystery-shopper visit:");
    const summary = await runMysteryShopper({ executablePath, extensionPath, server, outDir });
    console.log(`
Done. Receipts recorded ${summary.events.length} events in the case “${summary.caseTitle}”: ${summary.events.join(", ")}.
Ticket reference kept as evidence: ${summary.reference}
Saved in ${relative(process.cwd(), outDir) || "."}/:
${summary.files.map((f) => `  ${f}`).join("\n")}
With a display, "npm start" opens the same demo in a Chromium window for you to try.`);
    return 0;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => fail(error instanceof Error ? error.message : String(error)),
);
