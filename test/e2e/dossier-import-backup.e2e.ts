// Import and backup, end to end in Chromium: a case captured on a fixture site (and the sample case
// with its screenshots) is exported as a bundle from one browser and imported into a fresh profile
// (a second launch): the same events, the same hashes, marked as signed by another installation;
// a second import adds nothing; a tampered bundle is refused with the verifier's verdict and nothing
// stored. A whole-profile backup restores every case and every campaign into a fresh profile. The "last verified
// backup" age and its reminder are checked on a record seeded 9 days in the past (written into the
// settings table from the service worker), and the weekly automatic backup is triggered by firing its
// alarm early: Chrome downloads the file the offscreen document made, and it reads back intact.
/// <reference types="chrome" />
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.mjs";
import { launchChromium, type ExtensionBrowser } from "./support/chromium";
import { sendContactForm, storedEvents, watchSiteOf } from "./support/evidence";
import { writeSeed, type SeedRow } from "./case-seed";
import { storedRows } from "./case-support";
import type { Campaign } from "../../src/domain/campaigns/campaign";
import { insertCase } from "./support/dossier-case";
import { sampleCase, testKey, type SampleCase } from "../fixtures/dossier/sample-case";
import { editJson, filesOf, rezip, tamperedCopies, text } from "../fixtures/dossier/tamper";
import { readImport } from "../../src/export/import/read-import";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import { groupedFingerprint } from "../../src/domain/dossier/fingerprint";
import type { Case, EvidenceEvent } from "../../src/domain/evidence";

let server: FixtureServer;
let first: ExtensionBrowser;
let dir: string;
let sample: SampleCase;
let capturedCaseId: string;
let bundle: Uint8Array;
let firstFingerprint: string;

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

/** Picks `bytes` as a file in the dashboard's import control and waits for the outcome's words. */
async function importInto(dashboard: Page, name: string, bytes: Uint8Array): Promise<string[]> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const result = dashboard.getByTestId("import-result");
  await dashboard.getByLabel("Import a dossier or restore a backup (ZIP or JSON)").setInputFiles(file);
  await expect.poll(async () => (await result.textContent()) ?? "", { timeout: 60_000 }).not.toMatch(/^Checking and importing|^$/);
  return result.locator("p").allTextContents();
}

const hashes = (events: readonly EvidenceEvent[]) => events.map((e) => `${e.id} ${e.hash} ${e.previousHash}`);

async function withFreshBrowser<T>(use: (browser: ExtensionBrowser, dashboard: Page) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    const dashboard = await browser.openDashboard();
    await dashboard.getByRole("heading", { name: "Backup and import" }).waitFor();
    return await use(browser, dashboard);
  } finally {
    await browser.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "receipts-import-e2e-"));
  server = await startFixtureServer();
  first = await launchChromium();
}, 90_000);

afterAll(async () => {
  await first?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("import and backup, end to end in Chromium", () => {
  it("shows, before any backup, that removing Receipts deletes everything it stored", async () => {
    // A case captured on the fixture site: a contact form and the confirmation it led to.
    const page = await first.context.newPage();
    await page.goto(server.url("127.0.0.1", "/yellow/contact.html"));
    await watchSiteOf(first, page);
    await sendContactForm(page);
    await expect.poll(async () => (await storedEvents(first)).filter((e) => e.kind.startsWith("contact-")).length, { timeout: 15_000 }).toBe(2);
    capturedCaseId = (await storedEvents(first)).find((e) => e.kind === "contact-attempt")?.caseId as string;
    await page.close();
    // And the sample case, with its screenshots in the artifacts table.
    sample = await sampleCase({ screenshots: 2 });
    await insertCase(first, sample);
    const dashboard = await first.openDashboard(`#case=${capturedCaseId}`);
    const banner = dashboard.getByTestId("backup-banner");
    await banner.waitFor();
    expect(await banner.textContent()).toContain("Removing Receipts deletes everything it stored on this computer. Keep a backup.");
    expect(await dashboard.getByTestId("last-backup").textContent()).toBe("No verified backup yet.");
    firstFingerprint = (await dashboard.getByTestId("key-fingerprint").textContent()) ?? "";
    // The captured case's bundle, from the export menu.
    await dashboard.getByRole("heading", { name: "127.0.0.1" }).waitFor();
    bundle = (await download(dashboard, () => dashboard.getByRole("button", { name: "Export signed bundle (ZIP)" }).click())).bytes;
    expect((await verifyBundle(bundle)).verdict).toBe("intact");
    await dashboard.close();
  });

  it("imports the bundle into a fresh profile: the same hashes, signed by another installation; twice adds nothing; tampered is refused", async () => {
    const captured = (await storedEvents(first)).filter((e) => e.caseId === capturedCaseId);
    await withFreshBrowser(async (second, dashboard) => {
      const words = await importInto(dashboard, "bundle.zip", bundle);
      expect(words).toEqual([`Signed by another installation, key ${firstFingerprint}: compare it with the fingerprint its owner sent before the dispute.`, `“127.0.0.1”: imported, ${captured.length} events, with the hashes they were sealed with.`]);
      expect(hashes(await storedEvents(second))).toEqual(hashes(captured));
      // The case is there, marked as imported from another installation, and its re-export verifies intact.
      await dashboard.goto(`chrome-extension://${second.extensionId}/src/dashboard/index.html#case=${capturedCaseId}`);
      const provenance = dashboard.getByTestId("case-provenance");
      await provenance.waitFor();
      expect(await provenance.textContent()).toContain(`from a bundle signed by another installation (key ${firstFingerprint})`);
      const again = (await download(dashboard, () => dashboard.getByRole("button", { name: "Export signed bundle (ZIP)" }).click())).bytes;
      const report = await verifyBundle(again);
      expect(report.verdict).toBe("intact");
      expect(hashes(JSON.parse(text(filesOf(again)["case.json"])).events)).toEqual(hashes(captured));

      // A second time: nothing new, nothing duplicated.
      expect(await importInto(dashboard, "bundle-again.zip", bundle)).toContain(`“127.0.0.1”: nothing new: ${captured.length} events already stored.`);
      expect(await storedEvents(second)).toHaveLength(captured.length);

      // Tampered copies: the verifier's verdict, nothing stored.
      const copies = await tamperedCopies(bundle, "case.json", await testKey());
      const reordered = rezip(bundle, (f) =>
        editJson(f, "case.json", (c) => {
          const events = c.events as unknown[];
          [events[0], events[1]] = [events[1], events[0]];
        }),
      );
      const swapped = await importInto(dashboard, "swapped.zip", reordered);
      expect(swapped[0]).toBe("Not imported: swapped.zip does not check out. Nothing was stored.");
      expect(swapped.slice(1, 2)).toEqual([expect.stringMatching(/^Changed: "case\.json" is not the file that was signed/)]);
      expect(swapped.join("\n")).toMatch(/Reordered: event #[12] \(.+\) belongs/);
      const slip = await importInto(dashboard, "slip.zip", copies.slip as Uint8Array);
      expect(slip).toEqual(["Not imported: slip.zip does not check out. Nothing was stored.", `A file name leads outside the bundle's folder: "../x". Refused (such a file could overwrite others when unzipped).`]);
      const truncated = await importInto(dashboard, "truncated.zip", copies.truncated as Uint8Array);
      expect(truncated[1]).toMatch(/^The ZIP file is truncated/);
      expect(await storedEvents(second)).toHaveLength(captured.length);
    });
  });

  it("backs up the whole profile, checked before it counts, and restores every case and campaign into a fresh profile", async () => {
    // A campaign that ran the sample case, with a second protocol version and a brand whose case was deleted
    // (ended: no follow-up reminder meanwhile).
    const when = (at: number) => ({ at, timeZone: "Europe/Paris" });
    const t0 = sample.theCase.created.at;
    const protocol = { question: "Can I keep my number?", channel: "email", promise: { text: "We reply within 48 hours." }, pinning: "campaign", wait: { amount: 5, unit: "calendar-days" }, responseRule: "person" } as const;
    const campaign: Campaign = {
      id: "campaign-backup-01",
      name: "Telcos: 48 hours?",
      created: when(t0 - 1000),
      started: when(t0),
      ended: when(t0 + 5000),
      protocols: [
        { ...protocol, version: 1, written: when(t0 - 1000) },
        { ...protocol, question: "Can I keep my number, please?", change: "Politer", version: 2, written: when(t0 + 1000) },
      ],
      brands: [
        { brand: sample.theCase.brand, caseId: sample.theCase.id, added: when(t0 - 1000), addedAfterStart: false, protocolVersion: 1 },
        { brand: { name: "Umber Fibre", domains: ["umber.test"] }, caseId: "case_umber-001", added: when(t0 + 2000), addedAfterStart: true, protocolVersion: 2, caseDeleted: when(t0 + 3000) },
      ],
    };
    await first.worker.evaluate(writeSeed, [[] as Case[], [] as SeedRow[], [campaign] as unknown[]] as const);
    const dashboard = await first.openDashboard();
    const made = await download(dashboard, () => dashboard.getByRole("button", { name: "Back up everything" }).first().click());
    expect(made.name).toMatch(/^receipts-backup-\d{4}-\d{2}-\d{2}-\d{4}\.zip$/);
    const reading = await readImport(made.bytes);
    expect(reading).toMatchObject({ ok: true, origin: "backup" });
    const all = await storedEvents(first);
    await expect.poll(() => dashboard.getByTestId("last-backup").textContent()).toBe(`Last verified backup: today (2 cases, ${all.length} events).`);
    await expect.poll(() => dashboard.getByTestId("backup-banner").count()).toBe(0);
    await dashboard.close();

    await withFreshBrowser(async (third, page) => {
      const words = await importInto(page, made.name, made.bytes);
      expect(words).toContain(`“127.0.0.1”: imported, ${all.filter((e) => e.caseId === capturedCaseId).length} events, with the hashes they were sealed with.`);
      expect(words).toContain(`“${sample.theCase.title}”: imported, ${sample.events.length} events, with the hashes they were sealed with.`);
      expect(words[0]).toContain(`Signed by another installation, key ${firstFingerprint}`);
      expect(words).toContain(`Campaign “${campaign.name}”: restored, with its protocol versions and its brands.`);
      expect(await storedRows<Campaign>(third, "campaigns")).toEqual([campaign]);
      const restored = await storedEvents(third);
      expect(hashes(restored).sort()).toEqual(hashes(all).sort());
      // The screenshots came back by SHA-256, and the watched site is offered again.
      const shots = await third.inWorker(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open("receipts");
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction("artifacts").objectStore("artifacts").getAllKeys();
              request.onsuccess = () => resolve((request.result as string[]).sort());
            };
          }),
      );
      expect(shots).toEqual(sample.artifacts.map((a) => a.sha256).sort());
      expect(await page.getByText("The backup watched these sites, not watched here: 127.0.0.1.").count()).toBe(1);
      await page.getByRole("button", { name: sample.theCase.title }).waitFor();
      // Restoring again adds nothing.
      const twice = await importInto(page, made.name, made.bytes);
      expect(twice).toContain(`“${sample.theCase.title}”: nothing new: ${sample.events.length} events already stored.`);
      expect(twice).toContain(`Campaign “${campaign.name}”: nothing new, it is stored here as it is in the backup.`);
      expect(await storedRows<Campaign>(third, "campaigns")).toEqual([campaign]);
      expect(await storedEvents(third)).toHaveLength(all.length);
    });
  });

  it("says how old the last verified backup is, reminds after a week with new evidence, and the weekly backup downloads one", { timeout: 150_000 }, async () => {
    // The clock is not faked: the record is seeded 9 days in the past, holding none of the events.
    await first.inWorker(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("receipts");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction("settings", "readwrite");
      tx.objectStore("settings").put({ key: "backup.lastVerified", value: { at: Date.now() - 9 * 86_400_000, sha256: "a".repeat(64), size: 1, cases: 1, events: 1, lastSeq: 0, fileName: "old.zip", automatic: false } });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    const dashboard = await first.openDashboard();
    await expect.poll(() => dashboard.getByTestId("last-backup").textContent()).toBe("Last verified backup: 9 days ago (1 case, 1 event).");
    const banner = dashboard.getByTestId("backup-banner");
    await banner.waitFor();
    expect(await banner.textContent()).toContain("Your last verified backup was made 9 days ago, and evidence was added since.");

    // Opt in (the test build has the downloads permission up front: automation cannot click the prompt).
    await dashboard.getByLabel("Back up automatically every week, into my downloads folder").click();
    await expect.poll(() => dashboard.getByTestId("automatic-backup-status").textContent()).toMatch(/^Weekly backups are on/);
    expect(await dashboard.getByLabel("Back up automatically every week, into my downloads folder").isChecked()).toBe(true);
    expect(await first.inWorker(async () => (await chrome.alarms.get("receipts.backup.weekly"))?.periodInMinutes)).toBe(24 * 60);
    // Fire the daily check now instead of in a minute.
    await first.inWorker(() => chrome.alarms.create("receipts.backup.weekly", { when: Date.now() + 200, periodInMinutes: 24 * 60 }));
    // Downloads the extension started through the downloads API (the dashboard's own downloads are links).
    const byExtension = () =>
      first.inWorker(async () => (await chrome.downloads.search({})).filter((d) => d.byExtensionId === chrome.runtime.id && d.state === "complete").map((d) => ({ filename: d.filename, url: d.url, mime: d.mime })));
    await expect.poll(byExtension, { timeout: 60_000 }).toHaveLength(1);
    const [item] = await byExtension();
    // A blob: URL the offscreen document made; playwright's download handling names the file by a GUID
    // in its own folder (a person's browser saves "Receipts backups/receipts-backup-<day>-<time>.zip").
    expect(item?.url).toMatch(/^blob:chrome-extension:\/\//);
    expect(item?.mime).toBe("application/zip");
    await expect.poll(() => first.inWorker(() => chrome.offscreen.hasDocument())).toBe(false);
    const saved = await readImport(new Uint8Array(readFileSync(item?.filename as string)));
    expect(saved).toMatchObject({ ok: true, origin: "backup" });
    if (saved.ok && saved.origin === "backup") expect(groupedFingerprint(saved.manifest.signer.fingerprint)).toBe(firstFingerprint);
    await expect.poll(() => dashboard.getByTestId("last-backup").textContent(), { timeout: 15_000 }).toMatch(/^Last verified backup: today \(2 cases, \d+ events\)\.$/);
    await expect.poll(() => banner.count()).toBe(0);
    await dashboard.close();
  });
});
