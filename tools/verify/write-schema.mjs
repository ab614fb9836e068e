// Writes docs/case.schema.json, the JSON Schema of case.json, generated from the zod schemas
// (src/domain/dossier/json-schema.ts) so the documented format and the checked one are the same.
// `node tools/verify/write-schema.mjs` writes it; `--check` exits 1 if the file is out of date.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildNodeModule } from "./build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const target = join(root, "docs/case.schema.json");
const temp = join(root, "node_modules/.cache/receipts-verify/json-schema.mjs");

mkdirSync(dirname(temp), { recursive: true });
writeFileSync(temp, await buildNodeModule("src/domain/dossier/json-schema.ts"));
const { caseJsonSchemaText } = await import(`${pathToFileURL(temp).href}?t=${Date.now()}`);
const text = caseJsonSchemaText();
if (process.argv.includes("--check")) {
  const current = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (current !== text) {
    console.error("docs/case.schema.json is out of date: run node tools/verify/write-schema.mjs");
    process.exit(1);
  }
  console.log("docs/case.schema.json is up to date");
} else {
  writeFileSync(target, text);
  console.log(`wrote docs/case.schema.json (${text.length} bytes)`);
}
