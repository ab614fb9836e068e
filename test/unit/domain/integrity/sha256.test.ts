import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sha256Hex } from "../../../../src/domain/integrity/sha256";

/** Node's own SHA-256 (OpenSSL), an oracle independent of WebCrypto's code path. */
function nodeSha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

describe("sha256Hex", () => {
  // FIPS 180-2 Appendix B examples (and the well-known digest of the empty message).
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
  ])("hashes %j to the published digest", async (message, digest) => {
    expect(await sha256Hex(message)).toBe(digest);
  });

  it("hashes a million 'a' to the published digest (FIPS 180-2 B.3)", async () => {
    expect(await sha256Hex("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("hashes a string as its UTF-8 bytes", async () => {
    expect(await sha256Hex("€")).toBe(await sha256Hex(new Uint8Array([0xe2, 0x82, 0xac])));
    expect(await sha256Hex("€")).not.toBe(await sha256Hex(new Uint8Array([0x20, 0xac])));
  });

  it("hashes only the bytes a view covers", async () => {
    const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
    expect(await sha256Hex(whole.subarray(2, 4))).toBe(nodeSha256(new Uint8Array([3, 4])));
  });

  it("accepts bytes backed by a SharedArrayBuffer", async () => {
    const shared = new Uint8Array(new SharedArrayBuffer(3));
    shared.set([97, 98, 99]);
    expect(await sha256Hex(shared)).toBe(await sha256Hex("abc"));
  });

  it("agrees with Node's SHA-256 on any string and any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (text) => {
        expect(await sha256Hex(text)).toBe(nodeSha256(Buffer.from(text, "utf8")));
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect(await sha256Hex(bytes)).toBe(nodeSha256(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it("always gives 64 lower-case hex digits", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
        expect(await sha256Hex(bytes)).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 50 },
    );
  });
});
