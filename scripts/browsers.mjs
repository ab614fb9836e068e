// Finds the system browsers the end-to-end tests and the demo drive, and installs them with
// apt-get when they are missing and we may (root on Debian). No browser is ever downloaded.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = {
  chromium: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"],
  firefox: ["/usr/bin/firefox-esr", "/usr/bin/firefox", "/usr/lib/firefox-esr/firefox-esr"],
};
const DEBIAN_PACKAGES = { chromium: "chromium", firefox: "firefox-esr" };

/** Path of the browser's executable, or undefined. RECEIPTS_CHROMIUM / RECEIPTS_FIREFOX override. */
export function findBrowser(name) {
  const override = process.env[`RECEIPTS_${name.toUpperCase()}`];
  if (override && existsSync(override)) return override;
  return CANDIDATES[name].find((p) => existsSync(p));
}

function canInstall() {
  return process.platform === "linux" && process.getuid?.() === 0 && spawnSync("which", ["apt-get"]).status === 0;
}

/** Makes sure each named browser is there, installing what is missing; throws with what to do otherwise. */
export function ensureBrowsers(names = ["chromium", "firefox"]) {
  const missing = names.filter((n) => !findBrowser(n));
  if (missing.length === 0) return Object.fromEntries(names.map((n) => [n, findBrowser(n)]));
  const packages = missing.map((n) => DEBIAN_PACKAGES[n]);
  if (!canInstall()) {
    throw new Error(`Missing browser(s): ${missing.join(", ")}. Install them, e.g. "sudo apt-get install ${packages.join(" ")}", or point RECEIPTS_CHROMIUM / RECEIPTS_FIREFOX at their executables.`);
  }
  console.log(`Installing ${packages.join(", ")} with apt-get…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const still = names.filter((n) => !findBrowser(n));
  if (still.length > 0) throw new Error(`apt-get ran but ${still.join(", ")} is still missing.`);
  return Object.fromEntries(names.map((n) => [n, findBrowser(n)]));
}

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_QUIET_FLAGS = [
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--disable-features=Translate,OptimizationHints,MediaRouter",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = ensureBrowsers(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
  for (const [name, path] of Object.entries(found)) console.log(`${name}: ${path}`);
}
