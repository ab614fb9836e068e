// Gives the extension build verify.html as a string: `import page from "virtual:receipts-verify-page"`.
// The page is built by build.mjs from the same verifier core, so the copy put into every bundle is
// the page this source tree describes.
import { buildVerifyPage } from "./build.mjs";

const ID = "virtual:receipts-verify-page";

export function verifyPagePlugin() {
  return {
    name: "receipts:verify-page",
    resolveId(source) {
      return source === ID ? `\0${ID}` : undefined;
    },
    async load(id) {
      return id === `\0${ID}` ? `export default ${JSON.stringify(await buildVerifyPage())};` : undefined;
    },
  };
}
