// One source, two extensions: `vite build --mode chrome` and `--mode firefox` (scripts/build.mjs runs both).
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import preact from "@preact/preset-vite";
import { crx, type ManifestV3Export } from "@crxjs/vite-plugin";
import { manifestFor, type TargetBrowser } from "./scripts/manifest-for.ts";
// @ts-expect-error plain JavaScript build helper (tools/verify): verify.html, built for every bundle
import { verifyPagePlugin } from "./tools/verify/vite-plugin.mjs";

/**
 * crxjs lists dynamically registered content scripts as web-accessible to every site. Ours are
 * injected by the scripting API, which needs no such entry, and a page must not be able to probe
 * for Receipts or load its code: drop them.
 */
function noWebAccessibleContentScripts(): Plugin {
  return {
    name: "receipts:no-web-accessible-content-scripts",
    enforce: "post",
    // crxjs writes its manifest late; adjust the file it wrote.
    writeBundle(options) {
      const file = `${options.dir ?? "."}/manifest.json`;
      const manifest = JSON.parse(readFileSync(file, "utf8")) as { web_accessible_resources?: { resources: string[] }[] };
      const kept = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((r) => !r.startsWith("src/content/")) }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
      // crxjs also leaves the intermediate module build of each IIFE script in assets/; nothing loads it.
      const assets = `${options.dir ?? "."}/assets`;
      for (const name of readdirSync(assets)) if (/\.iife\.ts-[\w-]+\.js$/.test(name)) rmSync(`${assets}/${name}`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: TargetBrowser = mode === "firefox" ? "firefox" : "chrome";
  // Test builds pre-grant the fixture hosts, because automation cannot click the browser's permission prompt.
  const testBuild = process.env.RECEIPTS_TEST_BUILD === "1";
  // Test-only seams (e.g. handing a context-menu click to its handler) exist in test builds only:
  // Vite exposes VITE_* variables to the code as import.meta.env.
  process.env.VITE_RECEIPTS_TEST_BUILD = testBuild ? "yes" : "no";
  const base = JSON.parse(readFileSync(new URL("./manifest.json", import.meta.url), "utf8")) as Record<string, unknown>;
  const manifest = manifestFor(base, target, testBuild) as unknown as ManifestV3Export;
  return {
    plugins: [preact(), crx({ manifest, browser: target }), noWebAccessibleContentScripts(), verifyPagePlugin() as Plugin],
    build: {
      outDir: testBuild ? `dist/test/${target}` : `dist/${target}`,
      emptyOutDir: true,
      target: "es2022",
      sourcemap: false,
      rollupOptions: {
        // The offscreen document makes the weekly backup's file in Chrome (src/background/automatic-backup.ts).
        input: { dashboard: "src/dashboard/index.html", sidepanel: "src/sidepanel/index.html", offscreen: "src/backup/offscreen.html" },
      },
    },
  };
});
