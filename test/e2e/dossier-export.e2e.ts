// The dossier, end to end in Chromium: the dashboard shows the signing key's fingerprint, exports a
// case as a signed bundle, an HTML dossier, JSON and CSV; the bundle verifies with the core, and
// its own verify.html, opened from the file system, tells the real bundle from each tampered copy.
// Captured markup stays text in the dossier and in verify.html's report; the dossier prints to PDF.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./case-support";
import { launchChromium, type ExtensionBrowser } from "./support/chromium";
import { insertCase } from "./support/dossier-case";
import { FORMULA_TEXT, HOSTILE_TEXT, sampleCase, screenshotPng, testKey, type SampleCase } from "../fixtures/dossier/sample-case";
import { filesOf, tamperedCopies, text } from "../fixtures/dossier/tamper";
import { makeBundle } from "../fixtures/dossier/make-bundle";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import { CaseFile } from "../../src/domain/dossier/case-file";
import { sha256Hex } from "../../src/domain/integrity/sha256";
import { artifactPath } from "../../src/export/dossier-bundle";
import { sealChain } from "../../src/domain/integrity/event-hash";
import type { EvidenceEvent } from "../../src/domain/evidence";

let browser: ExtensionBrowser;
let sample: SampleCase;
let dir: string;
let dashboard: Page;
let bundle: Uint8Array;
let fingerprint: string;

async function exportWith(button: RegExp | string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([dashboard.waitForEvent("download", { timeout: 30_000 }), dashboard.getByRole("button", { name: button, exact: typeof button === "string" }).click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "receipts-dossier-e2e-"));
  browser = await launchChromium();
  // Bigger pictures than the unit tests', so the printed dossier shows them: each referenced by an
  // attachment event sealed at the end of the chain.
  const base = await sampleCase({ screenshots: 0 });
  const pictures = await Promise.all(
    [0, 1].map(async (i) => {
      const bytes = screenshotPng(i, 480, 270);
      const sha256 = await sha256Hex(bytes);
      return { sha256, mediaType: "image/png", size: bytes.length, path: artifactPath(sha256, "image/png"), bytes };
    }),
  );
  const last = base.events.at(-1) as EvidenceEvent;
  const later = (i: number) => ({ at: last.occurred.at + (i + 1) * 60_000, timeZone: last.occurred.timeZone });
  const attachments = pictures.map(
    (p, i): EvidenceEvent => ({ ...last, id: `evt-shot-${i}`, kind: "attachment", occurred: later(i), recorded: later(i), payload: { fileName: `screenshot-${i + 1}.png`, mediaType: "image/png", size: p.size, sha256: p.sha256 } }),
  );
  sample = { ...base, events: await sealChain([...base.events, ...attachments]), artifacts: pictures };
  await insertCase(browser, sample);
  dashboard = await browser.openDashboard(`#case=${sample.theCase.id}`);
  await dashboard.getByRole("heading", { name: sample.theCase.title }).waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the dossier, end to end in Chromium", () => {
  it("shows the signing key's fingerprint with an invitation to e-mail it", async () => {
    const shown = dashboard.getByTestId("key-fingerprint");
    await shown.waitFor();
    fingerprint = (await shown.textContent()) ?? "";
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    const mail = await dashboard.getByRole("link", { name: "E-mail it to myself" }).getAttribute("href");
    expect(decodeURIComponent(mail ?? "")).toContain(fingerprint);
  });

  it("has an export menu and key panel every control of which has an accessible name (axe-core)", async () => {
    expect(await axeViolations(dashboard, ".export-menu")).toEqual([]);
  });

  it("exports a signed bundle that verifies intact, signed by the key the dashboard shows", async () => {
    const made = await exportWith("Export signed bundle (ZIP)");
    expect(made.name).toMatch(/^receipts-Yellow-Telecom-Fibre-installation-damage-\d{4}-\d{2}-\d{2}\.zip$/);
    bundle = made.bytes;
    writeFileSync(join(dir, "bundle.zip"), bundle);
    const report = await verifyBundle(bundle, { expectedFingerprint: fingerprint });
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("intact");
    expect(report.eventsChecked).toBe(sample.events.length);
    const files = filesOf(bundle);
    for (const a of sample.artifacts) expect(await sha256Hex(files[a.path] as Uint8Array)).toBe(a.sha256);
    expect(CaseFile.safeParse(JSON.parse(text(files["case.json"]))).success).toBe(true);
    writeFileSync(join(dir, "verify.html"), files["verify.html"] as Uint8Array);
  });

  it("verify.html, opened from the file system, gives each tampered copy its own verdict", async () => {
    const copies = await tamperedCopies(bundle, sample.artifacts[0]?.path as string, await testKey());
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(dir, "verify.html")).href);
    await page.getByLabel("Fingerprint you expect", { exact: false }).fill(fingerprint);

    const check = async (name: string, bytes: Uint8Array) => {
      const file = join(dir, `${name}.zip`);
      writeFileSync(file, bytes);
      await page.evaluate(() => document.getElementById("result")?.replaceChildren());
      await page.getByLabel("Bundle file").setInputFiles(file);
      await page.locator("#verdict").waitFor({ timeout: 15_000 });
      return {
        verdict: await page.locator("#result").getAttribute("data-verdict"),
        findings: await page.locator("#findings li").allTextContents(),
      };
    };

    expect(await check("bundle", bundle)).toEqual({ verdict: "intact", findings: [] });
    const shot = sample.artifacts[0]?.path as string;
    const expected: Record<string, { verdict: string; first: RegExp }> = {
      screenshot: { verdict: "altered", first: new RegExp(`^Changed: "${shot}" is not the file that was signed`) },
      removed: { verdict: "altered", first: /^Changed: "case\.json"/ },
      swapped: { verdict: "altered", first: /^Changed: "case\.json"/ },
      manifest: { verdict: "altered", first: /^The signature does not match manifest\.json/ },
      added: { verdict: "altered", first: /^Added: "artifacts\/<img src=x onerror=alert\(1\)>\.png" is in the bundle but not in the signed manifest\.$/ },
      otherKey: { verdict: "unknown-signer", first: /^Signed by key [0-9A-F ]+, not by the expected key/ },
      truncated: { verdict: "refused", first: /^The ZIP file is truncated/ },
      bomb: { verdict: "refused", first: /^"dossier\.html" does not unpack to the 1000 bytes it declares/ },
      slip: { verdict: "refused", first: /^A file name leads outside the bundle's folder: "\.\.\/x"/ },
    };
    for (const [name, want] of Object.entries(expected)) {
      const got = await check(name, copies[name] as Uint8Array);
      expect(got.verdict, name).toBe(want.verdict);
      expect(got.findings[0], name).toMatch(want.first);
      if (name === "removed") expect(got.findings.join("\n")).toContain("Removed: at least one event is missing before event #4");
      if (name === "swapped") expect(got.findings.join("\n")).toMatch(/Reordered: event #[34] \(evt-00000[23]\) belongs after/);
    }
    // A bundle signed with the right key whose case.json fails the schema, about a case whose title
    // is markup: the verdict names the field, and the title is shown as the letters it is.
    const base = await sampleCase();
    const broken = base.events.map((e, i) => (i === 0 ? ({ ...e, payload: { ...e.payload, channel: "pigeon" } } as unknown as EvidenceEvent) : e));
    const hostile = { ...base, theCase: { ...base.theCase, title: HOSTILE_TEXT.slice(0, 300) }, events: await sealChain(broken) };
    const schemaKey = await testKey();
    const { zip: invalid } = await makeBundle({ sample: hostile, key: schemaKey });
    await page.getByLabel("Fingerprint you expect", { exact: false }).fill(schemaKey.signer.fingerprint);
    const got = await check("schema", invalid);
    expect(got.verdict).toBe("altered");
    expect(got.findings).toEqual([expect.stringMatching(/^case\.json does not fit its schema: events\.0\.payload\.channel: /)]);
    expect(await page.locator("#details").textContent()).toContain(`Case: ${HOSTILE_TEXT}`);
    expect(await page.title()).toBe("Verify a Receipts dossier");

    expect(await axeViolations(page, "body")).toEqual([]);

    // The hostile file name stayed text: no element was made from it, nothing ran, nothing was fetched.
    await check("added", copies.added as Uint8Array);
    expect(await page.locator("#result img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    await page.close();
  });

  it("the bundle's own dossier.html, unzipped, shows its pictures from the artifacts folder", async () => {
    const folder = join(dir, "unzipped");
    for (const [path, bytes] of Object.entries(filesOf(bundle))) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), bytes);
    }
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(join(folder, "dossier.html")).href);
    const pictures = page.locator("figure img");
    expect(await pictures.evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src")))).toEqual(sample.artifacts.map((a) => a.path));
    await expect.poll(() => pictures.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual([480, 480]);
    await page.close();
  });

  it("exports a standalone HTML dossier: pictures embedded, captured markup inert, printable to PDF", async () => {
    const made = await exportWith("Export HTML dossier");
    expect(made.name).toMatch(/\.html$/);
    const file = join(dir, "dossier.html");
    writeFileSync(file, made.bytes);
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    expect(await page.title()).toBe("Dossier: Yellow Telecom — Fibre installation damage");
    expect(await page.locator("#timeline").textContent()).toContain(HOSTILE_TEXT);
    expect(await page.locator("script").count()).toBe(0);
    expect(dialogs).toEqual([]);
    const sizes = await page.locator("figure img").evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(sizes).toEqual([480, 480]);
    expect(await page.locator("#summary").textContent()).toContain("1 contact attempts");
    expect(await page.locator("#promises").textContent()).toContain("A technician will call you back within 48 hours.");
    expect(await page.locator("#proof").textContent()).toContain("does not prove by itself that the brand's server sent that content");
    expect(await page.locator("#fingerprint").textContent()).toBe(fingerprint);

    expect(await axeViolations(page, "body")).toEqual([]);

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(join(dir, "dossier.pdf"), pdf);
    if (process.env.RECEIPTS_KEEP_PDF) writeFileSync(process.env.RECEIPTS_KEEP_PDF, pdf);
    const pages = Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(3); // summary and timeline, then the annex on a page of its own
    await page.close();
  });

  it("exports the dossier in French when the menu says so, and a CSV with formulas defused", async () => {
    await dashboard.getByLabel("Language of the dossier").selectOption("fr");
    const html = text((await exportWith("Export HTML dossier")).bytes);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Chronologie");
    expect(html).toContain("Ce que cela prouve, et ce que cela ne prouve pas");

    await dashboard.getByLabel("Language of the dossier").selectOption("en");
    const csv = text((await exportWith("Export CSV")).bytes);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("occurred,time zone,recorded,kind,channel,who,text,event id,sha256");
    expect(csv).toContain(`"'${FORMULA_TEXT.replace(/"/g, '""')}"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);

    const json = JSON.parse(text((await exportWith("Export JSON")).bytes)) as CaseFile;
    expect(CaseFile.parse(json).events).toHaveLength(sample.events.length);
    expect(json.signer?.fingerprint.toUpperCase().match(/.{4}/g)?.join(" ")).toBe(fingerprint);
  });
});
