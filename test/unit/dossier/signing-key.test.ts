// The installation's key: made once (also when asked twice at once), private half non-extractable,
// kept across restarts, and lending its signature only to a manifest of this installation's case.
import { describe, expect, it, beforeEach } from "vitest";
import { forgetLoadedKey, signingKey } from "../../../src/background/keys";
import { signManifest } from "../../../src/background/dossier-signing";
import { fromBase64, utf8 } from "../../../src/domain/dossier/bytes";
import { manifestText, type BundleManifest } from "../../../src/domain/dossier/manifest";
import { importPublicKey, signatureHolds } from "../../../src/domain/dossier/signer";
import { fingerprintOf } from "../../../src/domain/dossier/fingerprint";
import { storeByHand, startCase } from "../../../src/storage/evidence-store";
import { freshDatabase, scriptedClock } from "../storage/store-fixtures";
import type { ReceiptsDatabase } from "../../../src/storage/database";

beforeEach(() => forgetLoadedKey());

const collection = { method: "by-hand" as const, extensionVersion: "0.1.0", browser: "chrome", browserVersion: "130" };

async function caseWithTwoNotes(db: ReceiptsDatabase, idPrefix?: string) {
  const scripted = scriptedClock();
  const clock = idPrefix ? { now: scripted.now, newId: () => `${idPrefix}${scripted.newId()}` } : scripted;
  const theCase = await startCase(db, { name: "Yellow Telecom", domains: ["yellow.test"] }, clock);
  await storeByHand(db, { caseId: theCase.id, evidence: { kind: "note", payload: { text: "Called, no answer." } }, collection }, clock);
  const last = await storeByHand(db, { caseId: theCase.id, evidence: { kind: "note", payload: { text: "Called again." } }, collection }, clock);
  return { theCase, last };
}

async function manifestFor(db: ReceiptsDatabase, chain: { head: string | null; count: number }, caseId: string): Promise<string> {
  const { signer } = await signingKey(db);
  const manifest: BundleManifest = {
    format: "receipts.bundle",
    formatVersion: 1,
    created: { at: 1, timeZone: "Europe/Paris" },
    case: { id: caseId, title: "Yellow Telecom", brand: { name: "Yellow Telecom", domains: ["yellow.test"] } },
    chain,
    signer,
    signature: { path: "manifest.sig", encoding: "der" },
    files: [],
  };
  return manifestText(manifest);
}

describe("the installation's signing key", () => {
  it("is made once, even when two callers ask at once, and read back after a restart", async () => {
    const db = freshDatabase();
    const [a, b] = await Promise.all([signingKey(db), signingKey(db)]);
    expect(a.signer.fingerprint).toBe(b.signer.fingerprint);
    expect(await db.keys.count()).toBe(1);
    forgetLoadedKey(); // as after a service worker restart
    const again = await signingKey(db);
    expect(again.signer).toEqual(a.signer);
    expect(again.signer.fingerprint).toBe(await fingerprintOf(fromBase64(again.signer.publicKey) as Uint8Array));
  });

  it("keeps its private half non-extractable", async () => {
    const db = freshDatabase();
    const { stored } = await signingKey(db);
    expect(stored.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("pkcs8", stored.privateKey)).rejects.toThrow();
  });

  it("signs a manifest that records the case's chain head as stored, in DER that its public key verifies", async () => {
    const db = freshDatabase();
    const { theCase, last } = await caseWithTwoNotes(db);
    const text = await manifestFor(db, { head: last.hash, count: 2 }, theCase.id);
    const outcome = await signManifest(db, text);
    if (!outcome.ok) throw new Error(outcome.reason);
    const der = fromBase64(outcome.signature) as Uint8Array;
    expect(der[0]).toBe(0x30);
    const key = await importPublicKey((await signingKey(db)).signer.publicKey);
    expect(await signatureHolds(key as CryptoKey, utf8(text), der)).toBe(true);
  });

  it("refuses a manifest whose chain head is not the case's, names another key, or is not a manifest", async () => {
    const db = freshDatabase();
    const { theCase, last } = await caseWithTwoNotes(db);
    expect(await signManifest(db, await manifestFor(db, { head: last.hash, count: 1 }, theCase.id))).toMatchObject({ ok: false, reason: expect.stringMatching(/changed/) });
    expect(await signManifest(db, await manifestFor(db, { head: last.hash, count: 2 }, "no-such-case"))).toEqual({ ok: false, reason: "No such case." });
    const other = JSON.parse(await manifestFor(db, { head: last.hash, count: 2 }, theCase.id)) as BundleManifest;
    other.signer = { ...other.signer, fingerprint: "0".repeat(64) };
    expect(await signManifest(db, JSON.stringify(other))).toEqual({ ok: false, reason: "The manifest names another key." });
    expect(await signManifest(db, '{"please":"sign me"}')).toEqual({ ok: false, reason: "The manifest does not fit its schema." });
  });

  it("signs a campaign's manifest only when every brand's case is at the chain head it records", async () => {
    const db = freshDatabase();
    const one = await caseWithTwoNotes(db);
    const two = await caseWithTwoNotes(db, "two_");
    const { signer } = await signingKey(db);
    const entry = (theCase: typeof one.theCase, head: string | null, count: number, slug: string) => ({
      id: theCase.id,
      title: theCase.title,
      brand: theCase.brand,
      path: `cases/${slug}/case.json`,
      chain: { head, count },
    });
    const manifest = (cases: ReturnType<typeof entry>[]) =>
      `${JSON.stringify(
        {
          format: "receipts.campaign-bundle",
          formatVersion: 1,
          created: { at: 1, timeZone: "Europe/Paris" },
          campaign: { id: "campaign-0001", name: "Telcos" },
          cases,
          deletedCases: [],
          signer,
          signature: { path: "manifest.sig", encoding: "der" },
          files: [],
        },
        null,
        2,
      )}\n`;
    const text = manifest([entry(one.theCase, one.last.hash, 2, "one"), entry(two.theCase, two.last.hash, 2, "two")]);
    const outcome = await signManifest(db, text);
    if (!outcome.ok) throw new Error(outcome.reason);
    const key = await importPublicKey(signer.publicKey);
    expect(await signatureHolds(key as CryptoKey, utf8(text), fromBase64(outcome.signature) as Uint8Array)).toBe(true);
    // One brand's case moved on since the manifest was written: nothing is signed.
    await storeByHand(db, { caseId: two.theCase.id, evidence: { kind: "note", payload: { text: "A late note." } }, collection }, { now: () => ({ at: 1_800_000_000_000, timeZone: "Europe/Paris" }), newId: () => "note_late0001" });
    expect(await signManifest(db, text)).toMatchObject({ ok: false, reason: expect.stringMatching(/changed/) });
    expect(await signManifest(db, manifest([entry(one.theCase, one.last.hash, 2, "one"), entry({ ...two.theCase, id: "case-missing-1" }, null, 0, "gone")]))).toEqual({ ok: false, reason: "No such case." });
  });
});
