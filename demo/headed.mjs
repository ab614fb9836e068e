// The demo with a display: the system Chromium, started as a person would start it (no automation,
// so no "controlled by automated software" bar), with the production build of Receipts loaded.
// The profile is kept between runs, so what you recorded is still there next time.
import { spawn } from "node:child_process";
import { mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_QUIET_FLAGS } from "../scripts/browsers.mjs";
import { unpackedExtensionId } from "./extension-id.mjs";

/** A browser gone before this did not open a window: it failed, or handed over to one already running. */
const STARTUP_MS = 3_000;

function instructions({ server, extensionId, profileDir, log }) {
  return `
  Chromium is open on Yellow Telecom, a fictional telco: ${server.url("/")}  (French: ${server.url("/fr/")})

  The story: a fibre subcontractor flooded the wall of an 89-year-old customer. Her son writes to
  customer service, who promise to "reply within 48 hours". Keep the receipts:

    1. Click the Receipts button in the toolbar (if you do not see it, open the puzzle-piece
       Extensions menu and pin Receipts).
    2. Click "Watch this site", then "Allow" when Chromium asks for access to ${server.host}.
    3. Click "Contact us", fill in the form and send it. The site answers with a ticket number.
    4. Open the Receipts popup again: the contact attempt and the site's confirmation, with its
       ticket number, are recorded. Click "Open dashboard" (or "Open this case").
    5. In the dashboard, "Export JSON" downloads the case as evidence.

  Dashboard:  chrome-extension://${extensionId}/src/dashboard/index.html
  Profile:    ${profileDir}   (kept between runs; "npm start -- --fresh" starts clean)
  Browser log: ${log}

  Close the browser window (or press Ctrl+C here) to stop the demo.
`;
}

/** Starts Chromium and resolves when it exits. */
export async function runHeadedDemo({ executablePath, extensionPath, server, profileDir, fresh }) {
  if (fresh) rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  const log = join(profileDir, "chromium.log");
  // server.resolverFlag: the demo site's brand-like host name resolves to the loopback server.
  const args = [...CHROMIUM_QUIET_FLAGS, server.resolverFlag, `--user-data-dir=${profileDir}`, `--load-extension=${extensionPath}`, "--new-window"];
  // Chromium refuses to start as root without --no-sandbox; --test-type hides the warning bar that flag brings.
  if (process.getuid?.() === 0) args.push("--no-sandbox", "--test-type");
  // Extra flags for unusual set-ups, e.g. RECEIPTS_CHROMIUM_FLAGS="--ozone-platform=wayland".
  args.push(...(process.env.RECEIPTS_CHROMIUM_FLAGS ?? "").split(/\s+/).filter(Boolean));
  args.push(server.url("/"));

  const logFd = openSync(log, "a");
  const browser = spawn(executablePath, args, { stdio: ["ignore", logFd, logFd] });
  const exited = new Promise((resolve, reject) => {
    browser.once("error", reject);
    browser.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1)));
  });

  // Instructions only once the window is really there: a browser gone this soon never opened one.
  const early = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), STARTUP_MS))]);
  if (early !== undefined) {
    const tail = readFileSync(log, "utf8").trim().split("\n").slice(-6).join("\n    ");
    throw new Error(
      `Chromium closed right after starting (exit code ${early}). If a demo browser is already open with this profile, use that window or close it first; without a usable display, run "npm start -- --headless". Last lines of ${log}:\n    ${tail}`,
    );
  }
  console.log(instructions({ server, extensionId: unpackedExtensionId(extensionPath), profileDir, log }));

  const stop = () => {
    if (browser.exitCode === null) browser.kill("SIGTERM");
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    return await exited;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}
