import { defineConfig, type Plugin } from "vitest/config";
import preact from "@preact/preset-vite";

/** In unit tests a `?script` import (crxjs: "the built file name of this content script") is just its name. */
function scriptImportsAsNames(): Plugin {
  return {
    name: "receipts:script-imports-as-names",
    enforce: "pre",
    resolveId(id) {
      return id.includes("?script") ? `\0script-name:${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith("\0script-name:")) return undefined;
      const file = id.slice("\0script-name:".length).replace(/\?.*$/, "").replace(/^.*\/src\//, "src/").replace(/\.ts$/, ".js");
      return `export default ${JSON.stringify(file)};`;
    },
  };
}

export default defineConfig({
  plugins: [scriptImportsAsNames(), preact()],
  test: {
    include: ["test/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/unit/setup.ts"],
  },
});
