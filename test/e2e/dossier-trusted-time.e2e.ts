// Trusted time, end to end in Chromium, against a local OpenSSL time-stamping authority on loopback:
// the person saves its address, the bundle then carries manifest.tsr over its signature, which the
// verifier and `openssl ts -verify` both accept; with the authority gone, the bundle is still made,
// without trusted time, and the person is told why.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchChromium, type ExtensionBrowser } from "./support/chromium";
import { insertCase } from "./support/dossier-case";
import { sampleCase, type SampleCase } from "../fixtures/dossier/sample-case";
import { makeTsa, startTsaServer, type TestTsa } from "../fixtures/dossier/tsa";
import { filesOf } from "../fixtures/dossier/tamper";
import { verifyBundle } from "../../src/export/verify/verify-bundle";

let browser: ExtensionBrowser;
let tsa: TestTsa;
let server: Awaited<ReturnType<typeof startTsaServer>>;
let sample: SampleCase;
let dashboard: Page;

beforeAll(async () => {
  tsa = makeTsa("ec");
  server = await startTsaServer(tsa);
  browser = await launchChromium();
  sample = await sampleCase();
  await insertCase(browser, sample);
  dashboard = await browser.openDashboard(`#case=${sample.theCase.id}`);
  await dashboard.getByTestId("key-fingerprint").waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => undefined);
  tsa?.close();
});

async function exportBundle(): Promise<Uint8Array> {
  const [download] = await Promise.all([dashboard.waitForEvent("download", { timeout: 30_000 }), dashboard.getByRole("button", { name: "Export signed bundle (ZIP)" }).click()]);
  return new Uint8Array(readFileSync(await download.path()));
}

describe("trusted time (RFC 3161) in a bundle", () => {
  it("asks the authority the person saved, and the time stamp checks out in the verifier and in OpenSSL", async () => {
    await dashboard.getByLabel("Trusted time (optional)", { exact: false }).fill(server.url);
    await dashboard.getByRole("button", { name: "Save" }).last().click();
    await expect.poll(() => dashboard.locator(".trusted-time [role=status]").textContent()).toBe("Saved: bundles will ask this authority for trusted time.");

    const started = Date.now();
    const zip = await exportBundle();
    await expect.poll(() => dashboard.locator(".export-menu > [role=status]").textContent()).toContain("It carries trusted time from the time-stamping authority.");
    expect(server.requests).toBe(1);
    const report = await verifyBundle(zip);
    expect(report.findings).toEqual([]);
    expect(report.trustedTime?.authority).toBe("Receipts Test TSA, Loopback");
    expect(report.trustedTime?.at).toBeGreaterThanOrEqual(started - (started % 1000) - 1000);

    const files = filesOf(zip);
    writeFileSync(join(tsa.dir, "manifest.tsr"), files["manifest.tsr"] as Uint8Array);
    writeFileSync(join(tsa.dir, "manifest.sig"), files["manifest.sig"] as Uint8Array);
    expect(execFileSync("openssl", ["ts", "-verify", "-in", join(tsa.dir, "manifest.tsr"), "-data", join(tsa.dir, "manifest.sig"), "-CAfile", tsa.certificate], { encoding: "utf8" })).toContain("Verification: OK");
  });

  it("still makes the bundle when the authority does not answer, and says it has no trusted time", async () => {
    await server.close();
    const zip = await exportBundle();
    await expect.poll(() => dashboard.locator(".export-menu > [role=status]").textContent()).toContain("It has no trusted time");
    const report = await verifyBundle(zip);
    expect(report.verdict).toBe("intact");
    expect(report.trustedTime).toBeUndefined();
    expect(Object.keys(filesOf(zip))).not.toContain("manifest.tsr");
  });
});
