// The ZIP reader on hostile input: whatever bytes it is given it answers with files or a refusal,
// never an exception; and a bundle damaged anywhere is never called intact unless every file it
// holds is still exactly the signed one.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { zipSync } from "fflate";
import { readZip, readZipAsync, unsafePath, type ZipReading } from "../../../src/export/verify/zip-reader";
import { verifyBundle } from "../../../src/export/verify/verify-bundle";
import { makeBundle, type MadeBundle } from "../../fixtures/dossier/make-bundle";
import { filesOf } from "../../fixtures/dossier/tamper";

let made: MadeBundle;
beforeAll(async () => {
  made = await makeBundle();
});

describe("readZip", () => {
  it("reads what fflate writes, stored and deflated, and skips folder entries", () => {
    const zip = zipSync({ "a.txt": [new TextEncoder().encode("hello hello hello"), { level: 9 }], "b.bin": [new Uint8Array([1, 2, 3]), { level: 0 }], "dir/": new Uint8Array() });
    const reading = readZip(zip);
    if (!reading.ok) throw new Error(JSON.stringify(reading.refusal));
    expect([...reading.files.keys()]).toEqual(["a.txt", "b.bin"]);
    expect(new TextDecoder().decode(reading.files.get("a.txt"))).toBe("hello hello hello");
  });

  it("knows which names would escape the folder", () => {
    for (const bad of ["../x", "a/../../x", "/abs", "C:/x", "a\\b", "a//b", "./x", "x/.", "nul\u0000", ""]) expect(unsafePath(bad), bad).toBe(true);
    for (const good of ["case.json", "artifacts/ab.png", "dir/", "..x", "x..y/z"]) expect(unsafePath(good), good).toBe(false);
  });

  it("answers any bytes with files or a refusal, never an exception", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const reading = readZip(bytes);
        expect(typeof reading.ok).toBe("boolean");
      }),
    );
  });

  it("never calls a damaged bundle intact unless every file in it is still the signed one", { timeout: 60_000 }, async () => {
    const original = filesOf(made.zip);
    await fc.assert(
      fc.asyncProperty(fc.nat(made.zip.length - 1), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const damaged = new Uint8Array(made.zip);
        damaged[at] = (damaged[at] as number) ^ xor;
        const report = await verifyBundle(damaged);
        if (report.verdict === "intact") {
          // Only bytes no check depends on changed (a timestamp in a header): the contents are the same.
          expect(filesOf(damaged)).toEqual(original);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** The two readings as comparable values: the same files with the same bytes, or the same refusal. */
const shown = (reading: ZipReading) => (reading.ok ? { files: [...reading.files].map(([name, bytes]) => [name, Array.from(bytes)]) } : reading);

/** A ZIP of one deflated entry whose central and local records declare `size` unpacked bytes. */
function zipDeclaring(content: Uint8Array, size: number): Uint8Array {
  const zip = zipSync({ "a.txt": [content, { level: 9 }] });
  const view = new DataView(zip.buffer);
  view.setUint32(22, size, true); // local header
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  view.setUint32(view.getUint32(end + 16, true) + 24, size, true); // central directory
  return zip;
}

describe("readZipAsync (verifyBundle's reader: the platform inflates)", () => {
  it("reads exactly what readZip reads", async () => {
    const zip = zipSync({ "a.txt": [new TextEncoder().encode("hello hello hello"), { level: 9 }], "b.bin": [new Uint8Array([1, 2, 3]), { level: 0 }], "dir/": new Uint8Array(), "empty.txt": [new Uint8Array(), { level: 6 }] });
    expect(shown(await readZipAsync(zip))).toEqual(shown(readZip(zip)));
    expect(shown(await readZipAsync(made.zip))).toEqual(shown(readZip(made.zip)));
  });

  it("refuses an entry that inflates to more or fewer bytes than it declares, as readZip does", async () => {
    const text = new TextEncoder().encode("a".repeat(100_000));
    for (const size of [99_999, 100_001, 10]) {
      const zip = zipDeclaring(text, size);
      const reading = await readZipAsync(zip);
      expect(reading).toEqual({ ok: false, refusal: { reason: "size-mismatch", path: "a.txt", declared: size } });
      expect(reading).toEqual(readZip(zip));
    }
  });

  it("refuses a corrupt or truncated deflate stream, as readZip does", async () => {
    const zip = zipSync({ "a.txt": [new TextEncoder().encode("some text to pack ".repeat(200)), { level: 9 }] });
    const start = 30 + "a.txt".length;
    const cut = new Uint8Array(zip);
    cut.fill(0xff, start + 5, start + 12);
    expect(await readZipAsync(cut)).toEqual(readZip(cut));
    expect(readZip(cut).ok).toBe(false);
  });

  it("answers any damage to a bundle as readZip does", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(made.zip.length - 1), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const damaged = new Uint8Array(made.zip);
        damaged[at] = (damaged[at] as number) ^ xor;
        expect(shown(await readZipAsync(damaged))).toEqual(shown(readZip(damaged)));
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expect(await readZipAsync(bytes)).toEqual(readZip(bytes));
      }),
    );
  });
});
