// RFC 3161 trusted time: our request is one OpenSSL's authority answers; the answer checks out for
// the bytes it was asked for (EC and RSA authorities), and not for other bytes or a changed token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { timeStampRequest, timeStampRequestFor } from "../../../src/domain/dossier/timestamp/timestamp-request";
import { verifyBundle } from "../../../src/export/verify/verify-bundle";
import { reportLines } from "../../../src/export/verify/report-text";
import { makeBundle } from "../../fixtures/dossier/make-bundle";
import { filesOf, rezip } from "../../fixtures/dossier/tamper";
import { checkTimestamp } from "../../../src/domain/dossier/timestamp/timestamp-token";
import { sha256Hex } from "../../../src/domain/integrity/sha256";
import { makeTsa, type TestTsa } from "../../fixtures/dossier/tsa";

const data = new TextEncoder().encode('{"format":"receipts.bundle"}\n');
const digestOf = async (bytes: Uint8Array) => Uint8Array.from(Buffer.from(await sha256Hex(bytes), "hex"));
let ec: TestTsa;
let rsa: TestTsa;

beforeAll(() => {
  ec = makeTsa("ec");
  rsa = makeTsa("rsa");
}, 60_000);
afterAll(() => {
  ec?.close();
  rsa?.close();
});

describe("trusted time (RFC 3161)", () => {
  it("builds a request OpenSSL reads as SHA-256 of the data, asking for the certificate", async () => {
    const request = timeStampRequest(await digestOf(data), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    writeFileSync(join(ec.dir, "ours.tsq"), request);
    const text = execFileSync("openssl", ["ts", "-query", "-in", join(ec.dir, "ours.tsq"), "-text"], { encoding: "utf8" });
    expect(text).toContain("Hash Algorithm: sha256");
    expect(text.replace(/\s+/g, " ")).toContain("Certificate required: yes");
    // "0000 - b4 3a 8a 9c 74 0d 19 d3-a3 70 …   .:..t…": the hex columns, without the dump's ASCII.
    const dumped = [...text.matchAll(/^\s+[0-9a-f]{4} - ((?:[0-9a-f]{2}[ -]){15}[0-9a-f]{2})/gm)].map((m) => (m[1] ?? "").replace(/[ -]/g, "")).join("");
    expect(dumped).toBe(await sha256Hex(data));
  });

  for (const which of ["ec", "rsa"] as const) {
    it(`checks an ${which.toUpperCase()} authority's answer: its time, its name, its certificate`, async () => {
      const tsa = which === "ec" ? ec : rsa;
      const before = Date.now() - 2000;
      const response = tsa.stamp(timeStampRequest(await digestOf(data), crypto.getRandomValues(new Uint8Array(8))));
      const result = await checkTimestamp(response, data);
      if (!result.ok) throw new Error(`${result.problem}: ${result.detail}`);
      expect(result.time.authority).toBe("Receipts Test TSA, Loopback");
      expect(result.time.at).toBeGreaterThanOrEqual(before - (before % 1000));
      expect(result.time.at).toBeLessThanOrEqual(Date.now() + 2000);
      const der = execFileSync("openssl", ["x509", "-in", tsa.certificate, "-outform", "DER"]);
      expect(result.time.certificateSha256).toBe(await sha256Hex(new Uint8Array(der)));
    });
  }

  it("says the stamp is for other bytes, and refuses a token whose signed content was changed", async () => {
    const response = ec.stamp(timeStampRequest(await digestOf(data), new Uint8Array([9])));
    expect(await checkTimestamp(response, new TextEncoder().encode("other"))).toMatchObject({ ok: false, problem: "other-data" });
    // Change the genTime's last digit inside the TSTInfo: the signed digest no longer matches.
    const changed = new Uint8Array(response);
    const text = Buffer.from(changed).toString("latin1");
    const at = text.search(/\d{14}Z/);
    changed[at + 13] = changed[at + 13] === 0x30 ? 0x31 : 0x30;
    expect(await checkTimestamp(changed, data)).toMatchObject({ ok: false, problem: "bad-signature" });
    expect(await checkTimestamp(new Uint8Array([0x30, 0x03, 0x02, 0x01]), data)).toMatchObject({ ok: false, problem: "unreadable" });
  });

  it("puts manifest.tsr in a bundle, over manifest.sig; the verifier reports the time, OpenSSL agrees", async () => {
    const { zip } = await makeBundle({ timestamp: async (signature) => ec.stamp(await timeStampRequestFor(signature)) });
    const report = await verifyBundle(zip);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("intact");
    expect(report.trustedTime?.authority).toBe("Receipts Test TSA, Loopback");
    expect(reportLines(report, "en").join("\n")).toContain("Trusted time: Receipts Test TSA, Loopback certifies the signature existed at");
    const files = filesOf(zip);
    writeFileSync(join(ec.dir, "manifest.tsr"), files["manifest.tsr"] as Uint8Array);
    writeFileSync(join(ec.dir, "manifest.sig"), files["manifest.sig"] as Uint8Array);
    const out = execFileSync("openssl", ["ts", "-verify", "-in", join(ec.dir, "manifest.tsr"), "-data", join(ec.dir, "manifest.sig"), "-CAfile", ec.certificate], { encoding: "utf8" });
    expect(out).toContain("Verification: OK");

    // A time stamp for other bytes (say, another bundle's signature) is named, and the bundle is not intact.
    const other = rezip(zip, (f) => void (f["manifest.tsr"] = ec.stamp(timeStampRequest(new Uint8Array(32), new Uint8Array([1])))));
    const wrong = await verifyBundle(other);
    expect(wrong.verdict).toBe("altered");
    expect(wrong.findings).toEqual([{ kind: "timestamp-invalid", problem: "other-data", detail: expect.any(String) }]);
  });
});
