// Figure: what every watched page has to load from the extension, gzipped, against its budget.
// Measured on the production build, the one people install.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export const CONTENT_SCRIPT = "dist/chrome/src/content/watched-page.iife.js";
export const CONTENT_SCRIPT_BUDGET = 8192;
const REPOSITORY = new URL("../../", import.meta.url);

/** Raw and gzipped (level 9, as `gzip -9`) size in bytes of a file of the repository. */
export function contentScriptSize(path = CONTENT_SCRIPT) {
  const raw = readFileSync(new URL(path, REPOSITORY));
  return { raw: raw.length, gzipped: gzipSync(raw, { level: 9 }).length };
}
