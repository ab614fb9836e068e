// npm run build: dist/chrome and dist/firefox from one source.
// RECEIPTS_TEST_BUILD=1 writes dist/test/{chrome,firefox} instead, with the fixture hosts pre-granted.
import { build } from "vite";
import { writeLocales } from "../locales/messages.mjs";

writeLocales("public");
const only = process.argv.slice(2);
for (const mode of only.length ? only : ["chrome", "firefox"]) {
  await build({ mode, logLevel: "warn" });
  console.log(`built ${process.env.RECEIPTS_TEST_BUILD === "1" ? "dist/test/" : "dist/"}${mode}`);
}
