// npm run package: production builds for both browsers, then the zips the two stores take,
// dist/receipts-chrome-<version>.zip and dist/receipts-firefox-<version>.zip.
// The zips are reproducible: same build, same bytes (sorted entries, one fixed timestamp), so a
// reviewer can rebuild from source and compare checksums.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { zipSync } from "fflate";

/**
 * The time written on every entry: 2000-01-01 00:00:00. Zip stores wall-clock fields read in the
 * local zone, so the date is built from local parts at each call: the same fields, hence the same
 * bytes, whatever TZ says (even if it changes while the process runs).
 */
export function zipEntryTime() {
  return new Date(2000, 0, 1, 0, 0, 0);
}

/** Code-unit order, never the locale's: the order must not depend on the machine. */
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * A zip of `files` ({path, data}), entries sorted by path, all stamped zipEntryTime().
 * Paths are relative with "/" separators: they land at the root of the zip as given.
 */
export function reproducibleZip(files) {
  const mtime = zipEntryTime();
  const entries = {};
  for (const file of [...files].sort(byPath)) {
    const { path } = file;
    if (!path || path.startsWith("/") || path.includes("\\") || path.split("/").some((part) => part === "" || part === "." || part === "..")) {
      throw new Error(`not a plain relative path: ${JSON.stringify(path)}`);
    }
    // Objects list integer-like keys first, whatever the insertion order: refuse rather than reorder.
    if (/^(0|[1-9]\d*)$/.test(path)) throw new Error(`a root file named only with digits would be reordered: ${path}`);
    if (Object.hasOwn(entries, path)) throw new Error(`listed twice: ${path}`);
    entries[path] = [file.data, { level: 9, mtime }];
  }
  return zipSync(entries);
}

/** Every file under `dir`, as {path, data} with paths relative to `dir` in "/" form. */
export function filesUnder(dir) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push({ path: relative(dir, full).split(sep).join("/"), data: readFileSync(full) });
      else throw new Error(`neither file nor directory: ${full}`);
    }
  };
  walk(dir);
  return found.sort(byPath);
}

function buildForStores() {
  // A production build: never the test build, whatever the calling shell exports.
  const env = { ...process.env };
  delete env.RECEIPTS_TEST_BUILD;
  const built = spawnSync(process.execPath, ["scripts/build.mjs", "chrome", "firefox"], { stdio: "inherit", env });
  if (built.status !== 0) throw new Error(`build failed (exit ${built.status})`);
}

function packageBrowser(target) {
  const dir = resolve("dist", target);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  if (/test build/i.test(manifest.name ?? "")) throw new Error(`${dir} is a test build`);
  const zip = reproducibleZip(filesUnder(dir));
  const out = resolve("dist", `receipts-${target}-${manifest.version}.zip`);
  writeFileSync(out, zip);
  const sha256 = createHash("sha256").update(zip).digest("hex");
  console.log(`${relative(process.cwd(), out)}  ${zip.length.toLocaleString("en")} bytes  sha256 ${sha256}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildForStores();
  for (const target of ["chrome", "firefox"]) packageBrowser(target);
}
