// The dossier in Firefox ESR: the background makes its signing key (a non-extractable CryptoKey kept
// in Firefox's IndexedDB), the dashboard shows its fingerprint and exports a signed bundle that
// verifies intact, signed by that key; its verify.html works in Firefox from the file system. The
// bundle imports back (nothing new; a tampered copy refused), and the weekly automatic backup is made
// by the background page itself (Firefox has URL.createObjectURL there) and saved into the downloads.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./support/firefox";
import { firefoxSession } from "./support/firefox-session";
import { caseRows, writeCaseRows } from "./support/dossier-case";
import { sampleCase, type SampleCase } from "../fixtures/dossier/sample-case";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import { filesOf, flipByte, rezip } from "../fixtures/dossier/tamper";
import { readImport } from "../../src/export/import/read-import";
import type { Page } from "puppeteer-core";
import { makeBundle } from "../fixtures/dossier/make-bundle";

const session = firefoxSession();
let sample: SampleCase;
let bundle: Uint8Array;

/** The first file in `dir` whose name `pick` takes, once Firefox has put it there. */
function downloaded(dir: string, pick: (name: string) => boolean, timeoutMs = 20_000): Promise<string> {
  return eventually(async () => readdirSync(dir).find(pick), (name) => name !== undefined, timeoutMs) as Promise<string>;
}

/** The file's bytes once complete: Firefox writes the file, then renames it, so its size has to settle. */
async function completeFile(path: string): Promise<Uint8Array> {
  let previous = -1;
  return eventually(
    async () => new Uint8Array(readFileSync(path)),
    (bytes) => {
      const settled = bytes.length > 0 && bytes.length === previous;
      previous = bytes.length;
      return settled;
    },
    20_000,
  );
}

beforeAll(async () => {
  sample = await sampleCase();
  // The helper page evaluates in the extension's origin: the same IndexedDB as the background.
  await session.firefox.inExtension(writeCaseRows, caseRows(sample));
}, 90_000);

describe("the dossier in Firefox", () => {
  it("exports a signed bundle that verifies intact, by the key whose fingerprint the dashboard shows", async () => {
    const dashboard = await session.firefox.openDashboard(`#case=${sample.theCase.id}`);
    const fingerprintElement = await dashboard.waitForSelector("[data-testid='key-fingerprint']", { timeout: 20_000 });
    const fingerprint = (await fingerprintElement?.evaluate((e) => e.textContent)) ?? "";
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);

    await dashboard.locator("::-p-aria([name='Export signed bundle (ZIP)'][role='button'])").click();
    const name = await downloaded(session.firefox.downloadDir, (n) => n.endsWith(".zip"));
    const bytes = await completeFile(join(session.firefox.downloadDir, name));
    const report = await verifyBundle(bytes, { expectedFingerprint: fingerprint });
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("intact");
    expect(report.eventsChecked).toBe(sample.events.length);
    bundle = bytes;
  });

  it("verify.html from that bundle works in Firefox from the file system: intact, and a changed screenshot named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "receipts-verify-firefox-"));
    try {
      writeFileSync(join(dir, "verify.html"), filesOf(bundle)["verify.html"] as Uint8Array);
      const shot = sample.artifacts[0]?.path as string;
      // And a bundle with hidden values (events sealed in format v2, the person's name and a word hidden).
      const v2 = await sampleCase({ sealing: 2 });
      const { zip: hidden } = await makeBundle({
        sample: v2,
        hides: [
          { eventId: "evt-000007", path: ["collection", "collector"], category: "name" },
          { eventId: "evt-000002", path: ["payload", "text"], category: "text", range: { start: 3, end: 7 } },
        ],
      });
      const copies = { bundle, screenshot: rezip(bundle, (f) => flipByte(f, shot)), hidden };
      const page = await session.firefox.newPage();
      await page.goto(pathToFileURL(join(dir, "verify.html")).href);
      const verdicts: Record<string, { verdict: string | null; findings: string[]; line: string }> = {};
      for (const [name, bytes] of Object.entries(copies)) {
        writeFileSync(join(dir, `${name}.zip`), bytes);
        await page.evaluate(() => document.getElementById("result")?.replaceChildren());
        const input = await page.waitForSelector("input#bundle");
        await input?.uploadFile(join(dir, `${name}.zip`));
        await page.waitForSelector("#verdict", { timeout: 20_000 });
        verdicts[name] = await page.evaluate(() => ({
          verdict: document.getElementById("result")?.getAttribute("data-verdict") ?? null,
          findings: [...document.querySelectorAll("#findings li")].map((li) => li.textContent ?? ""),
          line: document.getElementById("verdict")?.textContent ?? "",
        }));
      }
      expect(verdicts.bundle).toMatchObject({ verdict: "intact", findings: [] });
      expect(verdicts.hidden).toMatchObject({ verdict: "intact", findings: [], line: expect.stringMatching(/2 values hidden by the sender\.$/) });
      expect(verdicts.screenshot?.verdict).toBe("altered");
      expect(verdicts.screenshot?.findings[0]).toMatch(new RegExp(`^Changed: "${shot}" is not the file that was signed`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("imports its own bundle back (nothing new) and refuses a tampered copy with the verifier's words", async () => {
    const dir = mkdtempSync(join(tmpdir(), "receipts-import-firefox-"));
    try {
      const dashboard = await session.firefox.openDashboard(`#case=${sample.theCase.id}`);
      /** Picks the file, and waits for the outcome's first line (the page owns that DOM: it is not cleared here). */
      const pick = async (page: Page, name: string, bytes: Uint8Array, first: string): Promise<string[]> => {
        writeFileSync(join(dir, name), bytes);
        const input = await page.waitForSelector(".import input[type='file']");
        await input?.uploadFile(join(dir, name));
        await page.waitForFunction((line) => document.querySelector("[data-testid='import-result'] p")?.textContent === line, { timeout: 30_000 }, first);
        return page.evaluate(() => [...document.querySelectorAll("[data-testid='import-result'] p")].map((p) => p.textContent ?? ""));
      };
      expect(await pick(dashboard, "bundle.zip", bundle, "Signed by this installation's key.")).toEqual(["Signed by this installation's key.", `“${sample.theCase.title}”: nothing new: ${sample.events.length} events already stored.`]);
      const changed = await pick(dashboard, "changed.zip", rezip(bundle, (f) => flipByte(f, sample.artifacts[0]?.path as string)), "Not imported: changed.zip does not check out. Nothing was stored.");
      expect(changed[1]).toMatch(/^Changed: "artifacts\/[0-9a-f]{64}\.png" is not the file that was signed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the weekly automatic backup is made in the background page and saved into the downloads folder", async () => {
    const dashboard = await session.firefox.openDashboard();
    const box = await dashboard.waitForSelector("::-p-aria([name='Back up automatically every week, into my downloads folder'][role='checkbox'])");
    await box?.click();
    await dashboard.waitForFunction(() => (document.querySelector("[data-testid='automatic-backup-status']")?.textContent ?? "").startsWith("Weekly backups are on"), { timeout: 15_000 });
    // Fire the daily check now rather than in a minute.
    await session.firefox.inExtension(async () => {
      const api = (globalThis as unknown as { browser: { alarms: { create(name: string, info: object): Promise<void> } } }).browser;
      await api.alarms.create("receipts.backup.weekly", { when: Date.now() + 200, periodInMinutes: 24 * 60 });
    });
    const folder = join(session.firefox.downloadDir, "Receipts backups");
    // The folder itself is made with the first backup.
    const name = await downloaded(folder, (n) => /^receipts-backup-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/.test(n), 60_000);
    const bytes = await completeFile(join(folder, name));
    const reading = await readImport(bytes);
    expect(reading).toMatchObject({ ok: true, origin: "backup", cases: [{ caseFile: { case: { id: sample.theCase.id } } }] });
    await dashboard.waitForFunction(() => /^Last verified backup: today \(1 case, \d+ events?\)\.$/.test(document.querySelector("[data-testid='last-backup']")?.textContent ?? ""), { timeout: 20_000 });
  }, 120_000);
});
