// The campaign bundle: every brand's dossier, the report, the CSV and the methodology under one signed
// manifest, checked by the same verifier as a single dossier (the code verify.html and the command
// line run), with precise findings when anything was touched.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { groupedFingerprint } from "../../../src/domain/dossier/fingerprint";
import { manifestClaims, type CampaignManifest } from "../../../src/domain/dossier/campaign-manifest";
import { joinChunks } from "../../../src/export/bundle-writer";
import { buildCampaignBundle, type CampaignBundle } from "../../../src/export/campaign-bundle";
import { reportLines } from "../../../src/export/verify/report-text";
import { verifyBundle } from "../../../src/export/verify/verify-bundle";
import { bytesOf, editJson, filesOf, rehash, rezip, text } from "../../fixtures/dossier/tamper";
import { testKey } from "../../fixtures/dossier/sample-case";
import { campaignExport, CREATED, type CampaignExportFixture } from "./campaign-fixtures";
// @ts-expect-error plain JavaScript build script, no types
import { buildVerifyCli } from "../../../tools/verify/build.mjs";

let fixture: CampaignExportFixture;
let bundle: CampaignBundle;
let zip: Uint8Array;
let dir: string;

beforeAll(async () => {
  fixture = await campaignExport();
  bundle = await buildCampaignBundle({
    campaign: fixture.campaign,
    cases: fixture.cases,
    signer: fixture.key.signer,
    created: CREATED,
    lang: "en",
    verifyPage: "<!doctype html><title>verify</title>",
    sign: fixture.key.sign,
    pause: async () => undefined,
  });
  zip = joinChunks(bundle.chunks);
  dir = mkdtempSync(join(tmpdir(), "receipts-campaign-bundle-"));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kinds = (report: { findings: { kind: string }[] }) => report.findings.map((f) => f.kind);
const SLOW = "cases/slow-telecom/case.json";

describe("the campaign bundle", () => {
  it("holds the report, the CSV, the methodology and each kept case's dossier in its folder, all in the manifest", () => {
    const paths = Object.keys(filesOf(zip)).sort();
    const screenshot = fixture.cases.get("case-prompt-01")?.artifacts[0]?.path as string;
    expect(paths).toEqual(
      [
        "README.txt",
        "campaign.json",
        "case.schema.json",
        "cases/hostile-mobile/case.json",
        "cases/hostile-mobile/dossier.html",
        "cases/hostile-mobile/timeline.csv",
        "cases/mute-telecom/case.json",
        "cases/mute-telecom/dossier.html",
        "cases/mute-telecom/timeline.csv",
        `cases/prompt-telecom/${screenshot}`,
        "cases/prompt-telecom/case.json",
        "cases/prompt-telecom/dossier.html",
        "cases/prompt-telecom/timeline.csv",
        "cases/slow-telecom/case.json",
        "cases/slow-telecom/dossier.html",
        "cases/slow-telecom/timeline.csv",
        "comparison.csv",
        "manifest.json",
        "manifest.sig",
        "methodology.txt",
        "report.html",
        "signer.pem",
        "verify.html",
      ].sort(),
    );
    const manifest = bundle.manifest;
    expect(manifest.files.map((f) => f.path).sort()).toEqual(paths.filter((p) => p !== "manifest.json" && p !== "manifest.sig"));
    expect(manifest.cases.map((c) => [c.brand.name, c.path, c.chain.count])).toEqual([
      ["Prompt Telecom", "cases/prompt-telecom/case.json", fixture.cases.get("case-prompt-01")?.caseFile.events.length],
      ["Slow Telecom", SLOW, fixture.cases.get("case-slow-0001")?.caseFile.events.length],
      ["Mute Telecom", "cases/mute-telecom/case.json", fixture.cases.get("case-mute-0001")?.caseFile.events.length],
      ["Hostile Mobile", "cases/hostile-mobile/case.json", fixture.cases.get("case-hostile-1")?.caseFile.events.length],
    ]);
    expect(manifest.deletedCases).toEqual([{ id: "case-gone-0001", brand: { name: "Gone Fibre", domains: ["www.gone-fibre.test"] }, deleted: fixture.campaign.brands[4]?.caseDeleted }]);
    // The dossier inside a folder links its screenshot relatively: it resolves within that folder.
    expect(text(filesOf(zip)["cases/prompt-telecom/dossier.html"])).toContain(`src="${screenshot}"`);
    expect(text(filesOf(zip)["comparison.csv"])).toContain("case deleted on");
    expect(text(filesOf(zip)["report.html"])).toContain("Gone Fibre");
  });

  it("verifies intact, every chain checked against its signed head", async () => {
    const report = await verifyBundle(zip, { expectedFingerprint: groupedFingerprint(fixture.key.signer.fingerprint) });
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("intact");
    const events = [...fixture.cases.values()].reduce((n, c) => n + c.caseFile.events.length, 0);
    expect(report.eventsChecked).toBe(events);
    expect(report.filesChecked).toBe(bundle.manifest.files.length);
    expect(report.campaign).toMatchObject({ name: fixture.campaign.name, deletedCases: ["Gone Fibre"] });
    expect(report.campaign?.cases).toHaveLength(4);
    const lines = reportLines(report, "en");
    expect(lines[0]).toMatch(/^INTACT: .*each case's chain of events is complete/);
    expect(reportLines(report, "fr")[0]).toMatch(/^INTACT : .*chaîne des événements de chaque dossier/);
    expect(lines).toContain(`Campaign: ${fixture.campaign.name} (4 cases)`);
    expect(lines).toContain("Cases deleted before the export, not in the bundle: Gone Fibre");
    expect(lines).toContain(`Checked: ${bundle.manifest.files.length} files, ${events} events in 4 chains (the manifest records ${events}).`);
  });

  it("passes the command-line verifier and OpenSSL, and the tampered copy fails the verifier", async () => {
    const cli = join(dir, "receipts-verify.mjs");
    writeFileSync(cli, await (buildVerifyCli as () => Promise<string>)());
    writeFileSync(join(dir, "campaign.zip"), zip);
    const ok = spawnSync(process.execPath, [cli, "campaign.zip", "--fingerprint", groupedFingerprint(fixture.key.signer.fingerprint)], { cwd: dir, encoding: "utf8" });
    expect(ok.stdout).toMatch(/^INTACT/);
    expect(ok.status).toBe(0);

    const files = filesOf(zip);
    writeFileSync(join(dir, "manifest.json"), files["manifest.json"] as Uint8Array);
    writeFileSync(join(dir, "manifest.sig"), files["manifest.sig"] as Uint8Array);
    writeFileSync(join(dir, "signer.pem"), files["signer.pem"] as Uint8Array);
    const openssl = execFileSync("openssl", ["dgst", "-sha256", "-verify", "signer.pem", "-signature", "manifest.sig", "manifest.json"], { cwd: dir, encoding: "utf8" });
    expect(openssl.trim()).toBe("Verified OK");

    writeFileSync(join(dir, "tampered.zip"), rezip(zip, (f) => editJson(f, SLOW, (c) => void ((c.events as Array<{ occurred: { at: number } }>)[4]!.occurred.at -= 3 * 86_400_000))));
    const bad = spawnSync(process.execPath, [cli, "tampered.zip"], { cwd: dir, encoding: "utf8" });
    expect(bad.stdout).toMatch(/^ALTERED/);
    expect(bad.stdout).toContain(`Changed: "${SLOW}" is not the file that was signed`);
    expect(bad.stdout).toContain(`In ${SLOW}: Changed: the content of event #5 (case-slow-0001-e005)`);
    expect(bad.status).toBe(1);
  }, 60_000);

  it("names the brand's case whose event was moved, even when the forger fixed the manifest's hash", async () => {
    const files = filesOf(zip);
    editJson(files, SLOW, (c) => void ((c.events as Array<{ occurred: { at: number } }>)[4]!.occurred.at -= 3 * 86_400_000));
    await rehash(files, SLOW);
    const report = await verifyBundle(zipSync(files));
    expect(report.verdict).toBe("altered");
    expect(report.findings).toEqual([
      { kind: "signature-invalid" },
      { kind: "chain", path: SLOW, finding: expect.objectContaining({ kind: "changed", event: expect.objectContaining({ index: 4, eventId: "case-slow-0001-e005" }) }) },
    ]);
  });

  it("names a removed event of one brand, and the head the signed manifest expected for that brand", async () => {
    const tampered = rezip(zip, (f) => editJson(f, SLOW, (c) => void (c.events as unknown[]).pop()));
    const report = await verifyBundle(tampered);
    expect(kinds(report)).toEqual(["file-changed", "chain"]);
    expect(report.findings[1]).toMatchObject({ kind: "chain", path: SLOW, finding: { kind: "head-mismatch" } });
  });

  it("names an edited report, a removed dossier and an added file", async () => {
    const report = await verifyBundle(
      rezip(zip, (f) => {
        f["report.html"] = bytesOf(text(f["report.html"]).replace("broken", "kept"));
        delete f["cases/mute-telecom/case.json"];
        f["cases/mute-telecom/extra.txt"] = bytesOf("not evidence");
      }),
    );
    expect(report.verdict).toBe("altered");
    expect(report.findings).toEqual([
      { kind: "file-changed", path: "report.html", expected: expect.any(String), actual: expect.any(String) },
      { kind: "file-missing", path: "cases/mute-telecom/case.json" },
      { kind: "file-unlisted", path: "cases/mute-telecom/extra.txt" },
      { kind: "case-missing", path: "cases/mute-telecom/case.json" },
    ]);
    expect(reportLines(report, "fr")).toContain("- cases/mute-telecom/case.json manque.");
  });

  it("fails the signature when a brand is taken out of the manifest", async () => {
    const report = await verifyBundle(rezip(zip, (f) => editJson(f, "manifest.json", (m) => void (m.cases as unknown[]).splice(1, 1))));
    expect(kinds(report)).toEqual(["signature-invalid"]);
  });

  it("is an unknown signer when re-signed whole by another key and the reader expected the person's", async () => {
    const other = await testKey();
    const files = filesOf(zip);
    editJson(files, "manifest.json", (m) => void (m.signer = other.signer));
    files["manifest.sig"] = await other.sign(files["manifest.json"] as Uint8Array);
    const report = await verifyBundle(zipSync(files), { expectedFingerprint: fixture.key.signer.fingerprint });
    // Each case.json still names the person's key.
    expect(kinds(report)).toEqual(["unknown-signer", "case-mismatch", "case-mismatch", "case-mismatch", "case-mismatch"]);
    expect(report.findings[1]).toEqual({ kind: "case-mismatch", what: "signer", path: "cases/prompt-telecom/case.json" });
  });

  it("tells the signer which chain heads the manifest claims, for a campaign and for one case", () => {
    const claims = manifestClaims(text(bundle.manifestBytes));
    expect(claims).toEqual({ ok: true, signer: fixture.key.signer, chains: bundle.manifest.cases.map((c) => ({ caseId: c.id, head: c.chain.head, count: c.chain.count })) });
    const single = { format: "receipts.bundle", formatVersion: 1, created: CREATED, case: { id: "case-single-01", title: "t", brand: { name: "B", domains: ["b.test"] } }, chain: { head: null, count: 0 }, signer: fixture.key.signer, signature: { path: "manifest.sig", encoding: "der" }, files: [] };
    expect(manifestClaims(JSON.stringify(single))).toEqual({ ok: true, signer: fixture.key.signer, chains: [{ caseId: "case-single-01", head: null, count: 0 }] });
    expect(manifestClaims("{")).toEqual({ ok: false, reason: "The manifest is not JSON." });
    const broken: Partial<CampaignManifest> = { ...bundle.manifest, cases: undefined };
    expect(manifestClaims(JSON.stringify(broken))).toEqual({ ok: false, reason: "The manifest does not fit its schema." });
  });

  it("says in the methodology that trusted time comes with manifest.tsr, and carries the authority's answer", async () => {
    const stamp = bytesOf("not a real token");
    const stamped = await buildCampaignBundle({ campaign: fixture.campaign, cases: fixture.cases, signer: fixture.key.signer, created: CREATED, lang: "fr", verifyPage: "", sign: fixture.key.sign, timestamp: async () => stamp, pause: async () => undefined });
    const files = filesOf(joinChunks(stamped.chunks));
    expect(stamped.timestamped).toBe(true);
    expect(files["manifest.tsr"]).toEqual(stamp);
    expect(text(files["methodology.txt"])).toContain("Quand l'envoi contient manifest.tsr");
    // A token that does not vouch for the signature is named, as for a single dossier.
    expect(kinds(await verifyBundle(joinChunks(stamped.chunks)))).toEqual(["timestamp-invalid"]);
  });
});
