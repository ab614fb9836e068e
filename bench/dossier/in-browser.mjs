// The dossier's figures in the browser itself: the same large case written into the test build's
// IndexedDB, exported from the dashboard by its button (reading 10,000 events and 40 MB of files,
// signing in the background), and the bundle's own verify.html checking it from the file system.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { launch } from "../browser.mjs";
import { median } from "../stats.mjs";

/** @param {{ measure: any, rounds: number, log: (line: string) => void }} options */
export async function measureInBrowser({ measure, rounds, log }) {
  const dir = mkdtempSync(join(tmpdir(), "receipts-bench-dossier-"));
  const browser = await launch({ withExtension: true });
  try {
    const rows = await measure.largeCaseRows();
    await (await browser.worker()).evaluate(measure.writeCaseRows, rows);
    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#case=${rows.theCase.id}`);
    await dashboard.getByTestId("key-fingerprint").waitFor({ timeout: 60_000 });
    await dashboard.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: "longtask" });
    });
    const exportMs = [];
    let longestTask = 0;
    let zip;
    log(`dashboard export: 1 + ${rounds} rounds`);
    for (let round = -1; round < rounds; round++) {
      await dashboard.evaluate(() => (window.longTasks = []));
      const started = Date.now();
      const [download] = await Promise.all([dashboard.waitForEvent("download", { timeout: 120_000 }), dashboard.getByRole("button", { name: "Export signed bundle (ZIP)" }).click()]);
      const elapsed = Date.now() - started;
      zip = new Uint8Array(readFileSync(await download.path()));
      if (round < 0) continue; // warm-up
      exportMs.push(elapsed);
      longestTask = Math.max(longestTask, ...(await dashboard.evaluate(() => window.longTasks)), 0);
    }
    const verdict = (await measure.verifyBundle(zip)).verdict;

    writeFileSync(join(dir, "bundle.zip"), zip);
    writeFileSync(join(dir, "verify.html"), unzipSync(zip)["verify.html"]);
    const page = await browser.context.newPage();
    const verifyMs = [];
    log(`verify.html: 1 + ${rounds} rounds`);
    for (let round = -1; round < rounds; round++) {
      await page.goto(pathToFileURL(join(dir, "verify.html")).href);
      const started = Date.now();
      await page.getByLabel("Bundle file").setInputFiles(join(dir, "bundle.zip"));
      await page.locator("#verdict").waitFor({ timeout: 60_000 });
      if (round >= 0) verifyMs.push(Date.now() - started);
    }
    const pageVerdict = await page.locator("#result").getAttribute("data-verdict");
    const imported = await importInFreshProfiles(join(dir, "bundle.zip"), rounds, log);
    return { exportMs: median(exportMs), longestTask, verdict, verifyMs: median(verifyMs), pageVerdict, bundleBytes: zip.length, ...imported };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The bundle imported from the dashboard of a fresh profile (a new browser each round: an import
 * into a profile that holds the case already adds nothing), timed from picking the file to the
 * outcome on screen; then the same file again ("nothing new").
 */
async function importInFreshProfiles(file, rounds, log) {
  const importMs = [];
  const againMs = [];
  let words = "";
  log(`import into a fresh profile: ${rounds} rounds`);
  for (let round = 0; round < rounds; round++) {
    const browser = await launch({ withExtension: true });
    try {
      const dashboard = await browser.context.newPage();
      await dashboard.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html`);
      const input = dashboard.getByLabel("Import a dossier or restore a backup (ZIP or JSON)");
      await input.waitFor({ timeout: 60_000 });
      const result = dashboard.getByTestId("import-result");
      const pick = async (expected) => {
        await dashboard.evaluate(() => document.querySelector('[data-testid="import-result"]')?.replaceChildren());
        const started = Date.now();
        await input.setInputFiles(file);
        await dashboard.waitForFunction((text) => document.querySelector('[data-testid="import-result"]')?.textContent?.includes(text), expected, { timeout: 180_000, polling: 50 });
        return Date.now() - started;
      };
      importMs.push(await pick("imported, 10000 events"));
      againMs.push(await pick("nothing new: 10000 events already stored"));
      words = (await result.textContent()) ?? "";
    } finally {
      await browser.close();
    }
  }
  return { importMs: median(importMs), againMs: median(againMs), importWords: words };
}
