// A sceptic need not trust Receipts' code: the bundle checks out with OpenSSL and sha256 alone,
// and the command-line verifier (built from tools/verify) says the same as the core and exits 0/1.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { groupedFingerprint } from "../../../src/domain/dossier/fingerprint";
import { makeBundle, rezip, type MadeBundle } from "../../fixtures/dossier/make-bundle";
// @ts-expect-error plain JavaScript build script, no types
import { buildVerifyCli } from "../../../tools/verify/build.mjs";

let made: MadeBundle;
let dir: string;
let cli: string;

beforeAll(async () => {
  made = await makeBundle();
  dir = mkdtempSync(join(tmpdir(), "receipts-bundle-"));
  cli = join(dir, "receipts-verify.mjs");
  writeFileSync(cli, (await (buildVerifyCli as () => Promise<string>)()) );
  for (const [path, bytes] of Object.entries(unzipSync(made.zip))) {
    if (path.includes("/")) continue; // the artifacts folder is not needed for OpenSSL
    writeFileSync(join(dir, path), bytes);
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("outside tools", () => {
  it("OpenSSL verifies manifest.sig (DER) over manifest.json with signer.pem", () => {
    const out = execFileSync("openssl", ["dgst", "-sha256", "-verify", "signer.pem", "-signature", "manifest.sig", "manifest.json"], { cwd: dir, encoding: "utf8" });
    expect(out.trim()).toBe("Verified OK");
    writeFileSync(join(dir, "edited.json"), readFileSync(join(dir, "manifest.json"), "utf8").replace("Fibre", "Fiber"));
    const refused = spawnSync("openssl", ["dgst", "-sha256", "-verify", "signer.pem", "-signature", "manifest.sig", "edited.json"], { cwd: dir, encoding: "utf8" });
    expect(refused.status).toBe(1);
  });

  it("OpenSSL computes the same key fingerprint, and sha256 the same file hashes", () => {
    const der = execFileSync("openssl", ["pkey", "-pubin", "-in", "signer.pem", "-outform", "DER"], { cwd: dir });
    const digest = execFileSync("openssl", ["dgst", "-sha256", "-r"], { input: der, encoding: "utf8" }).split(" ")[0];
    expect(digest).toBe(made.key.signer.fingerprint);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { files: { path: string; sha256: string }[] };
    const caseEntry = manifest.files.find((f) => f.path === "case.json");
    expect(execFileSync("sha256sum", ["case.json"], { cwd: dir, encoding: "utf8" }).split(" ")[0]).toBe(caseEntry?.sha256);
  });

  it("the command-line verifier exits 0 on the bundle and 1 on a tampered copy, saying what changed", () => {
    writeFileSync(join(dir, "bundle.zip"), made.zip);
    const ok = spawnSync(process.execPath, [cli, "bundle.zip", "--fingerprint", groupedFingerprint(made.key.signer.fingerprint)], { cwd: dir, encoding: "utf8" });
    expect(ok.stdout).toMatch(/^INTACT/);
    expect(ok.status).toBe(0);

    const path = made.sample.artifacts[0]?.path as string;
    writeFileSync(join(dir, "tampered.zip"), rezip(made.zip, (files) => {
      const bytes = files[path] as Uint8Array;
      bytes[40] = (bytes[40] as number) ^ 0xff;
    }));
    const bad = spawnSync(process.execPath, [cli, "tampered.zip", "--lang", "fr"], { cwd: dir, encoding: "utf8" });
    expect(bad.stdout).toMatch(/^MODIFIÉ/);
    expect(bad.stdout).toContain(`Modifié : « ${path} »`);
    expect(bad.status).toBe(1);

    const usage = spawnSync(process.execPath, [cli], { cwd: dir, encoding: "utf8" });
    expect(usage.status).toBe(2);
  });
});
