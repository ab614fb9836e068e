// A whole-profile backup: made from the database, read back and checked before it counts; restored
// into an empty or a non-empty profile by the same merge as an import; refused whole when damaged.
import { beforeAll, describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { makeVerifiedBackup, type BackupEnvironment } from "../../../src/backup/make-backup";
import { sampleCase, testKey, type SampleCase, type TestKey } from "../../fixtures/dossier/sample-case";
import { filesOf, flipByte } from "../../fixtures/dossier/tamper";
import { freshDatabase, scriptedClock } from "../storage/store-fixtures";
import { eventsOf, importInto, refusedKinds, snapshot, storeSample } from "./import-fixtures";
import { writeSetting, watchSite, storeByHand, readSetting } from "../../../src/storage/evidence-store";
import { importRecords } from "../../../src/storage/import-store";
import { backupStanding, automaticBackupDue, DAY_MS, type VerifiedBackup } from "../../../src/domain/backup/backup-status";
import type { ReceiptsDatabase } from "../../../src/storage/database";
import { sha256Hex } from "../../../src/domain/integrity/sha256";
import { verifyBundle } from "../../../src/export/verify/verify-bundle";

const AT = Date.UTC(2026, 10, 23, 14, 30);
let key: TestKey;
let first: SampleCase;
let second: SampleCase;

function env(k: TestKey, automatic = false): BackupEnvironment {
  return { signer: k.signer, by: { extensionVersion: "0.1.0", browser: "chrome", browserVersion: "156" }, timeZone: "Europe/Paris", sign: k.sign, now: () => AT, automatic, pause: async () => undefined };
}

async function profileWithTwoCases(): Promise<ReceiptsDatabase> {
  const db = freshDatabase();
  await storeSample(db, first);
  // The second case's rows come after the first's.
  await db.transaction("rw", [db.cases, db.events], async () => {
    await db.cases.add(second.theCase);
    await db.events.bulkAdd(second.events.map((event, i) => ({ event, id: event.id, caseId: event.caseId, seq: 100 + i })));
  });
  await writeSetting(db, "collector", "Marc Dupont");
  await watchSite(db, "www.yellow-telecom.test", AT - 10 * DAY_MS);
  return db;
}

beforeAll(async () => {
  key = await testKey();
  first = await sampleCase({ screenshots: 2 });
  const base = await sampleCase({ screenshots: 0 });
  const { sealChain } = await import("../../../src/domain/integrity/event-hash");
  const otherCase = { ...base.theCase, created: { ...base.theCase.created, at: base.theCase.created.at + 60_000 }, id: "case-blue-00002", title: "Refund never came", brand: { name: "Blue Air", domains: ["www.blue-air.test"] } };
  second = { theCase: otherCase, events: await sealChain(base.events.slice(0, 4).map((e, i) => ({ ...e, id: `blue-${String(i).padStart(6, "0")}`, caseId: otherCase.id }))), artifacts: [] };
});

describe("a whole-profile backup", () => {
  it("holds every case as a signed bundle, the profile and a manifest, and is checked before it counts", async () => {
    const db = await profileWithTwoCases();
    const made = await makeVerifiedBackup(db, env(key));
    expect(made.fileName).toBe("receipts-backup-2026-11-23-1530.zip");
    expect(made.record).toEqual({
      at: AT,
      sha256: await sha256Hex(made.bytes),
      size: made.bytes.length,
      cases: 2,
      events: first.events.length + second.events.length,
      lastSeq: 100 + second.events.length - 1,
      fileName: made.fileName,
      automatic: false,
    });
    const files = filesOf(made.bytes);
    expect(Object.keys(files).sort()).toEqual(["README.txt", "campaigns.json", `cases/${first.theCase.id}.zip`, `cases/${second.theCase.id}.zip`, "manifest.json", "profile.json"].sort());
    // Each case is a bundle the verifier reads as intact, on its own.
    const inner = await verifyBundle(files[`cases/${first.theCase.id}.zip`] as Uint8Array, { expectedFingerprint: key.signer.fingerprint });
    expect(inner).toMatchObject({ verdict: "intact", eventsChecked: first.events.length, filesChecked: 2 + first.artifacts.length });
    expect(JSON.parse(new TextDecoder().decode(files["profile.json"]))).toMatchObject({ watchedSites: [{ host: "www.yellow-telecom.test" }], settings: { collector: "Marc Dupont" } });
    expect(new TextDecoder().decode(files["README.txt"])).toContain("not in the backup");
  });

  it("restores into a fresh profile: every case, event and screenshot, the same hashes; the sites to watch again; nothing new the second time", async () => {
    const source = await profileWithTwoCases();
    const made = await makeVerifiedBackup(source, env(key));
    const db = freshDatabase();
    const newKey = "f".repeat(64);
    const outcome = await importInto(db, made.bytes, newKey, made.fileName);
    expect(outcome).toMatchObject({
      status: "imported",
      origin: "backup",
      signer: { fingerprint: key.signer.fingerprint, thisInstallation: false },
      sitesToWatch: ["www.yellow-telecom.test"],
      cases: [
        { caseId: first.theCase.id, action: "new", added: first.events.length },
        { caseId: second.theCase.id, action: "new", added: second.events.length },
      ],
    });
    expect(await eventsOf(db, first.theCase.id)).toEqual(first.events);
    expect(await eventsOf(db, second.theCase.id)).toEqual(second.events);
    expect((await snapshot(db)).artifacts).toEqual(first.artifacts.map((a) => a.sha256).sort());
    expect(await readSetting(db, "collector")).toBe("Marc Dupont");
    expect(await importRecords(db, first.theCase.id)).toEqual([expect.objectContaining({ origin: "backup", fileName: made.fileName })]);

    const before = await snapshot(db);
    expect(await importInto(db, made.bytes, newKey)).toMatchObject({ cases: [{ action: "nothing-new", alreadyStored: first.events.length }, { action: "nothing-new", alreadyStored: second.events.length }] });
    expect(await snapshot(db)).toEqual(before);
  });

  it("restores into a profile that went on: its own cases and later events stay, the rest comes back", async () => {
    const source = await profileWithTwoCases();
    const made = await makeVerifiedBackup(source, env(key));
    const db = freshDatabase();
    await storeSample(db, first);
    await storeByHand(db, { caseId: first.theCase.id, evidence: { kind: "note", payload: { text: "Later" } }, collection: { method: "by-hand", extensionVersion: "0.1.0", browser: "chrome", browserVersion: "156" } }, scriptedClock());
    await writeSetting(db, "collector", "Someone else");
    const later = await eventsOf(db, first.theCase.id);
    const outcome = await importInto(db, made.bytes, key.signer.fingerprint);
    expect(outcome).toMatchObject({ signer: { thisInstallation: true }, cases: [{ action: "nothing-new" }, { action: "new" }] });
    expect(await eventsOf(db, first.theCase.id)).toEqual(later);
    expect(await readSetting(db, "collector")).toBe("Someone else");
  });

  it("is refused whole, nothing stored, when damaged: a file changed, a case's bundle tampered with, a file added", async () => {
    const made = await makeVerifiedBackup(await profileWithTwoCases(), env(key));
    const casePath = `cases/${first.theCase.id}.zip`;
    const damaged = (edit: (files: Record<string, Uint8Array>) => void) => {
      const files = filesOf(made.bytes);
      edit(files);
      return zipSync(files);
    };
    const db = freshDatabase();
    expect(refusedKinds(await importInto(db, damaged((f) => flipByte(f, "profile.json", 5)), "0".repeat(64)))).toEqual(["file-changed"]);
    expect(refusedKinds(await importInto(db, damaged((f) => void (f["extra.txt"] = new Uint8Array([1]))), "0".repeat(64)))).toEqual(["file-unlisted"]);
    // A forger who fixes the outer manifest still meets the case's own signature.
    const { rehash } = await import("../../fixtures/dossier/tamper");
    const forged = filesOf(made.bytes);
    const inner = filesOf(forged[casePath] as Uint8Array);
    const caseJson = JSON.parse(new TextDecoder().decode(inner["case.json"])) as { events: unknown[] };
    caseJson.events.splice(2, 1);
    inner["case.json"] = new TextEncoder().encode(`${JSON.stringify(caseJson, null, 2)}\n`);
    forged[casePath] = zipSync(inner);
    await rehash(forged, casePath);
    const outcome = await importInto(db, zipSync(forged), "0".repeat(64));
    expect(refusedKinds(outcome)).toEqual(["backup-case"]);
    if (outcome.status === "refused" && outcome.findings[0]?.kind === "backup-case") {
      expect(outcome.findings[0].title).toBe(first.theCase.title);
      expect(outcome.findings[0].report.findings.map((f) => f.kind)).toEqual(["file-changed", "chain", "chain"]);
    }
    expect(await snapshot(db)).toEqual({ cases: [], events: [], artifacts: [] });
  });

  it("an empty profile still makes a backup that restores to nothing", async () => {
    const made = await makeVerifiedBackup(freshDatabase(), env(key, true));
    expect(made.record).toMatchObject({ cases: 0, events: 0, lastSeq: 0, automatic: true });
    expect(await importInto(freshDatabase(), made.bytes, "0".repeat(64))).toMatchObject({ status: "imported", cases: [], sitesToWatch: [] });
  });
});

describe("the last verified backup's standing", () => {
  const record = (at: number, lastSeq: number): VerifiedBackup => ({ at, sha256: "a".repeat(64), size: 1, cases: 1, events: 1, lastSeq, fileName: "b.zip", automatic: false });
  const now = AT;

  it("reminds when older than a week and evidence was added since, not otherwise", () => {
    expect(backupStanding(record(now - 9 * DAY_MS, 10), 12, now)).toEqual({ ageDays: 9, evidenceSince: true, remind: true });
    expect(backupStanding(record(now - 9 * DAY_MS, 12), 12, now)).toEqual({ ageDays: 9, evidenceSince: false, remind: false });
    expect(backupStanding(record(now - 6 * DAY_MS, 10), 12, now)).toEqual({ ageDays: 6, evidenceSince: true, remind: false });
    expect(backupStanding(undefined, 3, now)).toEqual({ ageDays: null, evidenceSince: true, remind: true });
    expect(backupStanding(undefined, 0, now)).toEqual({ ageDays: null, evidenceSince: false, remind: false });
    // A clock set back: no negative age.
    expect(backupStanding(record(now + DAY_MS, 10), 12, now).ageDays).toBe(0);
  });

  it("makes the weekly automatic backup when there is evidence it does not hold and the last one is a week old", () => {
    expect(automaticBackupDue(undefined, 5, now)).toBe(true);
    expect(automaticBackupDue(undefined, 0, now)).toBe(false);
    expect(automaticBackupDue(record(now - 7 * DAY_MS, 4), 5, now)).toBe(true);
    expect(automaticBackupDue(record(now - 6 * DAY_MS, 4), 5, now)).toBe(false);
    expect(automaticBackupDue(record(now - 30 * DAY_MS, 5), 5, now)).toBe(false);
  });
});
