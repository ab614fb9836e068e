// A TypeScript module of the tree, bundled for Node (vite, as the extension is built, not minified) and
// imported: how the Node-side suites (reality, parser, cases) reach the code they measure.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";

const ROOT = resolve(fileURLToPath(new URL("../", import.meta.url)));

/** `entry` (an absolute path) as one ES module for Node 20, imported; `name` names its temporary folder and file. */
export async function importForNode(entry, name) {
  const outDir = mkdtempSync(join(tmpdir(), `receipts-bench-${name}-`));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: "warn",
      ssr: { noExternal: true },
      build: { ssr: entry, outDir, emptyOutDir: true, minify: false, target: "node20", rollupOptions: { output: { format: "es", entryFileNames: `${name}.mjs` } } },
    });
    return await import(pathToFileURL(join(outDir, `${name}.mjs`)).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
