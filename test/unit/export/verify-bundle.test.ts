// The verifier core on a real signed bundle and on every kind of tampering the dossier promises
// to name: each gives its own precise verdict and findings.
import { beforeAll, describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { verifyBundle } from "../../../src/export/verify/verify-bundle";
import { DEFAULT_ZIP_LIMITS } from "../../../src/export/verify/zip-reader";
import { reportLines } from "../../../src/export/verify/report-text";
import { groupedFingerprint } from "../../../src/domain/dossier/fingerprint";
import { makeBundle, type MadeBundle } from "../../fixtures/dossier/make-bundle";
import { bytesOf, editJson, filesOf, rehash, rezip } from "../../fixtures/dossier/tamper";
import { sampleCase, testKey } from "../../fixtures/dossier/sample-case";
import { sealChain } from "../../../src/domain/integrity/event-hash";
import type { EvidenceEvent } from "../../../src/domain/evidence";

let made: MadeBundle;
beforeAll(async () => {
  made = await makeBundle();
});

const kinds = (report: { findings: { kind: string }[] }) => report.findings.map((f) => f.kind);
const screenshotPath = () => made.sample.artifacts[0]?.path as string;

describe("verifyBundle", () => {
  it("finds a fresh bundle intact, with the signer's fingerprint, files and events counted", async () => {
    const report = await verifyBundle(made.zip, { expectedFingerprint: groupedFingerprint(made.key.signer.fingerprint) });
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("intact");
    expect(report.signer).toEqual({ fingerprint: made.key.signer.fingerprint, expected: made.key.signer.fingerprint });
    expect(report.eventsChecked).toBe(made.sample.events.length);
    expect(report.chain).toEqual({ hash: made.sample.events.at(-1)?.hash, count: made.sample.events.length });
    // dossier.html, case.json, case.schema.json, timeline.csv, signer.pem, README.txt, verify.html, the screenshots.
    expect(report.filesChecked).toBe(7 + made.sample.artifacts.length);
  });

  it("names the screenshot when one byte of it changed", async () => {
    const path = screenshotPath();
    const zip = rezip(made.zip, (files) => {
      const bytes = files[path] as Uint8Array;
      bytes[bytes.length - 20] = (bytes[bytes.length - 20] as number) ^ 1;
    });
    const report = await verifyBundle(zip);
    expect(report.verdict).toBe("altered");
    expect(kinds(report)).toEqual(["file-changed", "artifact-name-mismatch"]);
    expect(report.findings[0]).toMatchObject({ kind: "file-changed", path });
  });

  it("names the removed event, and the head the signed manifest expected", async () => {
    const zip = rezip(made.zip, (files) =>
      editJson(files, "case.json", (c) => {
        (c.events as unknown[]).splice(3, 1);
      }),
    );
    const report = await verifyBundle(zip);
    expect(report.verdict).toBe("altered");
    expect(kinds(report)).toEqual(["file-changed", "chain", "chain"]);
    const chain = report.findings.flatMap((f) => (f.kind === "chain" ? [f.finding] : []));
    expect(chain[0]).toMatchObject({ kind: "removed", before: { index: 3, eventId: "evt-000004" }, after: { index: 2, eventId: "evt-000002" } });
    expect(chain[1]).toMatchObject({ kind: "head-mismatch", expected: { count: made.sample.events.length }, actual: { count: made.sample.events.length - 1 } });
  });

  it("still names the removed event when the forger also fixed the manifest's hash (the signature then fails)", async () => {
    const files: Record<string, Uint8Array> = {};
    const zip = rezip(made.zip, (f) => {
      editJson(f, "case.json", (c) => {
        (c.events as unknown[]).splice(3, 1);
      });
      Object.assign(files, f);
    });
    await rehash(files, "case.json");
    const report = await verifyBundle(zipSync(files));
    expect(zip.length).toBeGreaterThan(0);
    expect(kinds(report)).toEqual(["signature-invalid", "chain", "chain"]);
  });

  it("names two swapped events as reordered", async () => {
    const zip = rezip(made.zip, (files) =>
      editJson(files, "case.json", (c) => {
        const events = c.events as unknown[];
        [events[2], events[3]] = [events[3], events[2]];
      }),
    );
    const report = await verifyBundle(zip);
    expect(kinds(report)).toEqual(["file-changed", "chain"]);
    expect(report.findings[1]).toMatchObject({ kind: "chain", finding: { kind: "reordered", misplaced: [{ event: { eventId: expect.stringMatching(/^evt-00000[23]$/) } }] } });
  });

  it("says the signature fails when the manifest was edited", async () => {
    const zip = rezip(made.zip, (files) => editJson(files, "manifest.json", (m) => void ((m.case as { title: string }).title = "Another case")));
    const report = await verifyBundle(zip);
    expect(report.verdict).toBe("altered");
    expect(kinds(report)).toEqual(["signature-invalid"]);
  });

  it("names a file the manifest does not list", async () => {
    const zip = rezip(made.zip, (files) => void (files["artifacts/extra.png"] = bytesOf("not evidence")));
    const report = await verifyBundle(zip);
    expect(report.findings).toEqual([{ kind: "file-unlisted", path: "artifacts/extra.png" }]);
  });

  it("names a missing file", async () => {
    const path = screenshotPath();
    const zip = rezip(made.zip, (files) => void delete files[path]);
    expect((await verifyBundle(zip)).findings).toEqual([{ kind: "file-missing", path }]);
  });

  describe("a signature from another key", () => {
    it("does not verify when only the signature was replaced", async () => {
      const other = await testKey();
      const zip = rezip(made.zip, () => undefined);
      const files = filesOf(zip);
      files["manifest.sig"] = await other.sign(files["manifest.json"] as Uint8Array);
      expect(kinds(await verifyBundle(zipSync(files)))).toEqual(["signature-invalid"]);
    });

    it("is an unknown signer when the forger put their own key in and re-signed everything", async () => {
      const other = await testKey();
      const files = filesOf(made.zip);
      editJson(files, "case.json", (c) => void (c.signer = other.signer));
      await rehash(files, "case.json");
      editJson(files, "manifest.json", (m) => void (m.signer = other.signer));
      files["manifest.sig"] = await other.sign(files["manifest.json"] as Uint8Array);
      const forged = zipSync(files);

      const expecting = await verifyBundle(forged, { expectedFingerprint: made.key.signer.fingerprint });
      expect(expecting.verdict).toBe("unknown-signer");
      expect(expecting.findings).toEqual([{ kind: "unknown-signer", fingerprint: other.signer.fingerprint, expected: made.key.signer.fingerprint }]);
      // Without the fingerprint to expect, only the reader's comparison can tell: the report asks for it.
      const blind = await verifyBundle(forged);
      expect(blind.verdict).toBe("intact");
      expect(reportLines(blind, "en").join("\n")).toContain(groupedFingerprint(other.signer.fingerprint));
      expect(reportLines(blind, "en").join("\n")).toContain("Compare it with the fingerprint");
    });

    it("shows the mismatch with case.json when only the manifest names the forger's key", async () => {
      const other = await testKey();
      const files = filesOf(made.zip);
      editJson(files, "manifest.json", (m) => void (m.signer = other.signer));
      files["manifest.sig"] = await other.sign(files["manifest.json"] as Uint8Array);
      expect((await verifyBundle(zipSync(files))).findings).toEqual([{ kind: "case-mismatch", what: "signer" }]);
    });
  });

  it("refuses a truncated zip", async () => {
    const report = await verifyBundle(made.zip.subarray(0, Math.floor(made.zip.length * 0.7)));
    expect(report).toMatchObject({ verdict: "refused", findings: [{ kind: "refused", refusal: { reason: "truncated" } }] });
  });

  it("refuses a zip bomb by its declared size and by its real size", async () => {
    const big = zipSync({ "dossier.html": new Uint8Array(8 * 2 ** 20) });
    const declared = await verifyBundle(big, { limits: { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 2 ** 20, maxTotalBytes: 2 ** 30, maxEntries: 10 } });
    expect(declared.findings).toEqual([{ kind: "refused", refusal: { reason: "file-too-large", path: "dossier.html", size: 8 * 2 ** 20, limit: 2 ** 20 } }]);
    // The same zip lying about its size: its central directory says 1,000 bytes.
    const lying = new Uint8Array(big);
    const view = new DataView(lying.buffer);
    for (let at = lying.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 1000, true);
        break;
      }
    }
    expect((await verifyBundle(lying)).findings).toEqual([{ kind: "refused", refusal: { reason: "size-mismatch", path: "dossier.html", declared: 1000 } }]);
    // An honest bomb: 8 MB of zeros in a few kilobytes is refused by its ratio, before anything is inflated.
    const ratio = await verifyBundle(big);
    expect(ratio.findings).toEqual([{ kind: "refused", refusal: { reason: "ratio-too-high", path: "dossier.html", size: 8 * 2 ** 20, compressed: expect.any(Number), limit: 200 } }]);
    const many = zipSync({ a: new Uint8Array(600_000), b: new Uint8Array(600_000) });
    expect((await verifyBundle(many, { limits: { ...DEFAULT_ZIP_LIMITS, maxFileBytes: 2 ** 20, maxTotalBytes: 2 ** 20, maxEntries: 10 } })).findings[0]).toMatchObject({ refusal: { reason: "total-too-large" } });
  });

  it("refuses a path that escapes the folder", async () => {
    for (const path of ["../x", "artifacts/../../x", "/etc/passwd", "C:/x", "a\\..\\x"]) {
      const zip = rezip(made.zip, (files) => void (files[path] = bytesOf("escape")));
      expect((await verifyBundle(zip)).findings, path).toEqual([{ kind: "refused", refusal: { reason: "unsafe-path", path } }]);
    }
  });

  it("names the field of case.json that fails the schema, in a bundle otherwise properly signed", async () => {
    const sample = await sampleCase();
    const broken = sample.events.map((e, i) => (i === 0 ? ({ ...e, payload: { ...e.payload, channel: "pigeon" } } as unknown as EvidenceEvent) : e));
    const resealed = { ...sample, events: await sealChain(broken) };
    const { zip } = await makeBundle({ sample: resealed });
    const report = await verifyBundle(zip);
    expect(report.verdict).toBe("altered");
    expect(report.findings).toEqual([{ kind: "case-invalid", issues: [{ path: "events.0.payload.channel", message: expect.any(String) }] }]);
  });

  it("refuses what is not a zip, and a bundle without a manifest", async () => {
    expect((await verifyBundle(bytesOf("hello"))).findings).toEqual([{ kind: "refused", refusal: { reason: "not-a-zip" } }]);
    const zip = rezip(made.zip, (files) => void delete files["manifest.json"]);
    expect((await verifyBundle(zip)).findings).toEqual([{ kind: "manifest-missing" }]);
  });
});

describe("verifyBundle on a case.json that is not even an object", () => {
  it("says it does not fit its schema", async () => {
    const key = await testKey();
    const { zip } = await makeBundle({ key });
    const files = filesOf(zip);
    files["case.json"] = bytesOf("42");
    await rehash(files, "case.json");
    files["manifest.sig"] = await key.sign(files["manifest.json"] as Uint8Array);
    const report = await verifyBundle(zipSync(files));
    expect(report.findings).toEqual([{ kind: "case-invalid", issues: [{ path: "(root)", message: expect.any(String) }] }]);
  });
});
