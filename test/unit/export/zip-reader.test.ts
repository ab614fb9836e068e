// The ZIP reader on hostile input: whatever bytes it is given it answers with files or a refusal,
// never an exception; and a bundle damaged anywhere is never called intact unless every file it
// holds is still exactly the signed one.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { zipSync } from "fflate";
import { readZip, unsafePath } from "../../../src/export/verify/zip-reader";
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
