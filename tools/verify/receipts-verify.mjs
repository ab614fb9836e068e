#!/usr/bin/env node
// Runs the command-line verifier from the source tree: `node tools/verify/receipts-verify.mjs bundle.zip`.
// It builds the self-contained verifier (build.mjs) into node_modules/.cache when the sources are
// newer, then runs it with the same arguments. `node tools/verify/build.mjs` writes a copy that
// runs anywhere with Node 20, without this repository.
import { mkdirSync, readdirSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const built = join(root, "node_modules/.cache/receipts-verify/receipts-verify.mjs");

function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    latest = Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(join(root, "src/export")), newest(join(root, "src/domain")), newest(here));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  const { buildVerifyCli } = await import("./build.mjs");
  mkdirSync(dirname(built), { recursive: true });
  writeFileSync(built, await buildVerifyCli());
}
await import(pathToFileURL(built).href);
