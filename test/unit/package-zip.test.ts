// The store zips: entries at the root, sorted, one fixed time, so rebuilding gives the same bytes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { strToU8, strFromU8, unzipSync } from "fflate";
import { filesUnder, reproducibleZip } from "../../scripts/package.mjs";

const file = (path: string, text = `contents of ${path}`) => ({ path, data: strToU8(text) });

/** Names of the entries in the order of the zip's central directory. */
function centralDirectoryNames(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22; // no archive comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(strFromU8(zip.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The MS-DOS time and date words of the first local file header. */
function firstEntryDosTime(zip: Uint8Array): { time: number; date: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  return { time: view.getUint16(10, true), date: view.getUint16(12, true) };
}

describe("reproducibleZip", () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it("puts every file at the path given, sorted, with its contents", () => {
    const files = [file("src/popup/index.html"), file("manifest.json"), file("_locales/fr/messages.json"), file("assets/a.js")];
    const zip = reproducibleZip(files);
    expect(centralDirectoryNames(zip)).toEqual(["_locales/fr/messages.json", "assets/a.js", "manifest.json", "src/popup/index.html"]);
    const back = unzipSync(zip);
    for (const f of files) expect(strFromU8(back[f.path] ?? new Uint8Array())).toBe(strFromU8(f.data));
  });

  it("gives the same bytes whatever the order of the listing", () => {
    const segment = fc.stringMatching(/^[a-zA-Z0-9_.-]{1,6}$/).filter((s) => s !== "." && s !== ".." && !/^\d+$/.test(s));
    const paths = fc.uniqueArray(fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/")), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        paths.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          const a = reproducibleZip(list.map((p) => file(p)));
          const b = reproducibleZip(shuffled.map((p) => file(p)));
          expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("stamps every entry 2000-01-01 00:00:00 whatever the machine's time zone", () => {
    const zips = ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"].map((tz) => {
      process.env.TZ = tz;
      return reproducibleZip([file("manifest.json")]);
    });
    // DOS date: (year - 1980) << 9 | month << 5 | day; DOS time 00:00:00 is 0.
    expect(firstEntryDosTime(zips[0]!)).toEqual({ time: 0, date: (20 << 9) | (1 << 5) | 1 });
    expect(Buffer.from(zips[0]!).equals(Buffer.from(zips[1]!))).toBe(true);
    expect(Buffer.from(zips[0]!).equals(Buffer.from(zips[2]!))).toBe(true);
  });

  it("refuses paths that would not land as plain files at the root", () => {
    for (const bad of ["", "/etc/passwd", "../manifest.json", "a/../b", "a//b", "a\\b", "./a", "dir/", "7"]) {
      expect(() => reproducibleZip([file(bad)]), bad).toThrow();
    }
    expect(() => reproducibleZip([file("a.js"), file("a.js", "other")])).toThrow(/twice/);
  });
});

describe("filesUnder", () => {
  it("lists every file under a directory with relative, slash-separated paths, sorted", () => {
    const dir = mkdtempSync(join(tmpdir(), "receipts-package-"));
    try {
      mkdirSync(join(dir, "src", "popup"), { recursive: true });
      mkdirSync(join(dir, "icons"));
      writeFileSync(join(dir, "manifest.json"), "{}");
      writeFileSync(join(dir, "src", "popup", "index.html"), "<!doctype html>");
      writeFileSync(join(dir, "icons", "icon-16.png"), new Uint8Array([137, 80, 78, 71]));
      const listed = filesUnder(dir);
      expect(listed.map((f) => f.path)).toEqual(["icons/icon-16.png", "manifest.json", "src/popup/index.html"]);
      expect(Array.from(listed[0]!.data)).toEqual([137, 80, 78, 71]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
