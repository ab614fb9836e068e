// Raw r‖s (WebCrypto) and DER (OpenSSL) encode the same signature; both verify; junk never does.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { derToRaw, rawToDer, signatureAsRaw } from "../../../src/domain/dossier/signature-encoding";
import { fromBase64, toBase64, utf8 } from "../../../src/domain/dossier/bytes";
import { importPublicKey, signatureHolds } from "../../../src/domain/dossier/signer";
import { groupedFingerprint } from "../../../src/domain/dossier/fingerprint";
import { testKey } from "../../fixtures/dossier/sample-case";

describe("signature encodings", () => {
  it("DER and raw round-trip for any r and s, including leading zeros and high bits", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.nat(31), fc.nat(31), (raw, zerosR, zerosS) => {
        raw.fill(0, 0, zerosR);
        raw.fill(0, 32, 32 + zerosS);
        const der = rawToDer(raw);
        expect(der[0]).toBe(0x30);
        expect(der.length).toBeLessThanOrEqual(72);
        expect(derToRaw(der)).toEqual(raw);
      }),
    );
  });

  it("refuses DER that is not minimal, is negative, or has bytes left over", () => {
    expect(derToRaw(new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x80, 0x02, 0x01, 0x01]))).toBeNull(); // negative r
    expect(derToRaw(new Uint8Array([0x30, 0x07, 0x02, 0x02, 0x00, 0x01, 0x02, 0x01, 0x01]))).toBeNull(); // needless zero
    expect(derToRaw(new Uint8Array([0x30, 0x07, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01, 0x00]))).toBeNull(); // trailing byte
    expect(signatureAsRaw(new Uint8Array(10))).toBeNull();
  });

  it("a WebCrypto signature verifies in both encodings; a changed byte of data does not", async () => {
    const key = await testKey();
    const data = utf8("manifest bytes");
    const der = await key.sign(data);
    const publicKey = (await importPublicKey(key.signer.publicKey)) as CryptoKey;
    expect(await signatureHolds(publicKey, data, der)).toBe(true);
    expect(await signatureHolds(publicKey, data, derToRaw(der) as Uint8Array)).toBe(true);
    expect(await signatureHolds(publicKey, utf8("manifest byteS"), der)).toBe(false);
  });
});

describe("bytes and fingerprints", () => {
  it("base64 matches Node's for any bytes, and reads back", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = toBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString("base64"));
        expect(fromBase64(encoded)).toEqual(bytes);
      }),
    );
    expect(fromBase64("not base64!")).toBeNull();
  });

  it("groups a fingerprint by four, upper case, to be read aloud", () => {
    expect(groupedFingerprint("07fd49cb4a26ade3dce73266")).toBe("07FD 49CB 4A26 ADE3 DCE7 3266");
  });
});
