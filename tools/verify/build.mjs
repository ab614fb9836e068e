// Builds the two verifiers from the same TypeScript core (src/export/verify, src/domain/integrity):
//  - verify.html: ONE self-contained page (inline script and style, no fetch), put in every bundle;
//  - receipts-verify.mjs: one self-contained Node script (no dependency to install).
// `node tools/verify/build.mjs [outDir]` writes both (default dist/verify). The extension build
// gets the page through the virtual module of vite-plugin.mjs.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");

async function bundle(entry, { node }) {
  const output = await build({
    configFile: false,
    root,
    logLevel: "warn",
    build: {
      write: false,
      minify: true,
      target: node ? "node20" : "es2022",
      ...(node ? { ssr: entry } : { lib: { entry, formats: ["iife"], name: "ReceiptsVerify", fileName: "verify" } }),
      rollupOptions: node ? { output: { format: "es" } } : {},
    },
    ...(node ? { ssr: { noExternal: true, target: "node" } } : {}),
  });
  const results = Array.isArray(output) ? output : [output];
  const chunk = results.flatMap((r) => r.output).find((o) => o.type === "chunk");
  if (!chunk) throw new Error(`no output for ${entry}`);
  return chunk.code;
}

/** verify.html as text: the script inlined, allowed by its hash alone, and no network at all. */
export async function buildVerifyPage() {
  // "</script" inside the code would end the element early; "<\/script" means the same to JavaScript.
  const script = (await bundle(resolve(here, "page/verify-page.ts"), { node: false })).replace(/<\/script/gi, "<\\/script");
  const style = readFileSync(resolve(here, "page/verify-page.css"), "utf8");
  const hash = createHash("sha256").update(script, "utf8").digest("base64");
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verify a Receipts dossier</title>
<style>${style}</style>
</head>
<body>
<script>${script}</script>
</body>
</html>
`;
}

/** Any TypeScript module of the tree as one ES module for Node 20 (the schema writer uses it). */
export async function buildNodeModule(entry) {
  return bundle(resolve(root, entry), { node: true });
}

/** The command-line verifier as one ES module for Node 20. */
export async function buildVerifyCli() {
  return `#!/usr/bin/env node\n${await bundle(resolve(here, "cli.ts"), { node: true })}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(root, process.argv[2] ?? "dist/verify");
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, "verify.html"), await buildVerifyPage());
  writeFileSync(resolve(out, "receipts-verify.mjs"), await buildVerifyCli(), { mode: 0o755 });
  console.log(`built ${out}/verify.html and ${out}/receipts-verify.mjs`);
}
