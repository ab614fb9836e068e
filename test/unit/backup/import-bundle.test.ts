// Importing a bundle or a case file: a merge by hash that never overwrites, refused whole with the
// verifier's own verdict when anything does not check out, and nothing stored then.
import { beforeAll, describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { makeBundle, type MadeBundle } from "../../fixtures/dossier/make-bundle";
import { bytesOf, editJson, filesOf, rehash, rezip, tamperedCopies } from "../../fixtures/dossier/tamper";
import { sampleCase, sampleCaseFile, testKey, type SampleCase } from "../../fixtures/dossier/sample-case";
import { freshDatabase, scriptedClock } from "../storage/store-fixtures";
import { eventsOf, importInto, refusedKinds, snapshot, storeSample } from "./import-fixtures";
import { importRecords } from "../../../src/storage/import-store";
import { storeByHand, openCaseForHost } from "../../../src/storage/evidence-store";
import { sealChain } from "../../../src/domain/integrity/event-hash";
import type { EvidenceEvent } from "../../../src/domain/evidence";
import { findingText } from "../../../src/export/verify/report-text";
import type { BundleFinding } from "../../../src/export/verify/bundle-findings";

let made: MadeBundle;
let sample: SampleCase;
beforeAll(async () => {
  made = await makeBundle();
  sample = made.sample;
});

const LOCAL = "0".repeat(64);

describe("importing a bundle", () => {
  it("stores a new case with the same ids, hashes and chain, and its screenshots by SHA-256; marked as from another installation", async () => {
    const db = freshDatabase();
    const outcome = await importInto(db, made.zip, LOCAL);
    expect(outcome).toMatchObject({ status: "imported", origin: "bundle", signer: { fingerprint: made.key.signer.fingerprint, thisInstallation: false } });
    if (outcome.status !== "imported") return;
    expect(outcome.cases).toEqual([
      { caseId: sample.theCase.id, fileCaseId: sample.theCase.id, title: sample.theCase.title, action: "new", added: sample.events.length, alreadyStored: 0, artifactsAdded: sample.artifacts.length },
    ]);
    expect(await eventsOf(db, sample.theCase.id)).toEqual(sample.events);
    expect((await snapshot(db)).artifacts).toEqual(sample.artifacts.map((a) => a.sha256).sort());
    const stored = await db.artifacts.get(sample.artifacts[0]?.sha256 as string);
    expect(new Uint8Array(await (stored?.bytes as Blob).arrayBuffer())).toEqual(sample.artifacts[0]?.bytes);
    const records = await importRecords(db, sample.theCase.id);
    expect(records).toEqual([expect.objectContaining({ origin: "bundle", fileName: "bundle.zip", added: sample.events.length, alreadyStored: 0, signer: { fingerprint: made.key.signer.fingerprint, thisInstallation: false } })]);
  });

  it("knows a bundle signed by this installation's own key", async () => {
    const outcome = await importInto(freshDatabase(), made.zip, made.key.signer.fingerprint);
    expect(outcome).toMatchObject({ status: "imported", signer: { thisInstallation: true } });
  });

  it("adds nothing the second time: nothing new, every event already stored", async () => {
    const db = freshDatabase();
    await importInto(db, made.zip, LOCAL);
    const before = await snapshot(db);
    const again = await importInto(db, made.zip, LOCAL);
    expect(again).toMatchObject({ status: "imported", cases: [{ action: "nothing-new", added: 0, alreadyStored: sample.events.length, artifactsAdded: 0 }] });
    expect(await snapshot(db)).toEqual(before);
    expect(await importRecords(db, sample.theCase.id)).toHaveLength(1);
  });

  it("adds nothing to a case this installation holds already (its own export)", async () => {
    const db = freshDatabase();
    await storeSample(db, sample);
    const before = await snapshot(db);
    expect(await importInto(db, made.zip, made.key.signer.fingerprint)).toMatchObject({ cases: [{ action: "nothing-new", alreadyStored: sample.events.length }] });
    expect(await snapshot(db)).toEqual(before);
  });

  it("appends, as they were sealed, the events a newer bundle of a stored case adds", async () => {
    const db = freshDatabase();
    const short: SampleCase = { ...sample, events: sample.events.slice(0, 5), artifacts: [] };
    await importInto(db, (await makeBundle({ sample: short, key: made.key })).zip, LOCAL);
    const outcome = await importInto(db, made.zip, LOCAL);
    expect(outcome).toMatchObject({ cases: [{ action: "extended", added: sample.events.length - 5, alreadyStored: 5, artifactsAdded: sample.artifacts.length }] });
    expect(await eventsOf(db, sample.theCase.id)).toEqual(sample.events);
  });

  it("keeps a case whose chain diverges from the stored one beside it, as a read-only copy, and finds that copy the next time", async () => {
    const db = freshDatabase();
    const clock = scriptedClock();
    await storeSample(db, sample);
    // Here the case went on with a note; the other installation's bundle went on with another event.
    const collection = { method: "by-hand" as const, extensionVersion: "0.1.0", browser: "chrome", browserVersion: "130" };
    await storeByHand(db, { caseId: sample.theCase.id, evidence: { kind: "note", payload: { text: "Called again." } }, collection }, clock);
    const local = await eventsOf(db, sample.theCase.id);
    const last = sample.events.at(-1) as EvidenceEvent;
    const elsewhere = { ...last, id: "evt-elsewhere1", kind: "note", payload: { text: "Written on the other computer." } } as EvidenceEvent;
    const diverging: SampleCase = { ...sample, events: await sealChain([...sample.events, elsewhere]) };
    const { zip } = await makeBundle({ sample: diverging, key: made.key });

    const outcome = await importInto(db, zip, LOCAL);
    expect(outcome).toMatchObject({ status: "imported", cases: [{ action: "copy", copyOf: sample.theCase.id, added: diverging.events.length, alreadyStored: 0 }] });
    if (outcome.status !== "imported") return;
    const copyId = outcome.cases[0]?.caseId as string;
    expect(copyId).not.toBe(sample.theCase.id);
    // The stored case is as it was; the copy holds the other story, hashes untouched.
    expect(await eventsOf(db, sample.theCase.id)).toEqual(local);
    expect(await eventsOf(db, copyId)).toEqual(diverging.events);
    expect(await db.cases.get(copyId)).toMatchObject({ copyOf: sample.theCase.id, title: sample.theCase.title });
    // Read-only: nothing can be added to it, and captures never go to it.
    await expect(storeByHand(db, { caseId: copyId, evidence: { kind: "note", payload: { text: "x" } }, collection }, clock)).rejects.toThrow(/imported copy/);
    expect((await openCaseForHost(db, "www.yellow-telecom.test"))?.id).toBe(sample.theCase.id);

    const before = await snapshot(db);
    expect(await importInto(db, zip, LOCAL)).toMatchObject({ cases: [{ action: "nothing-new", caseId: copyId, alreadyStored: diverging.events.length }] });
    expect(await snapshot(db)).toEqual(before);
  });

  it("keeps a case apart whose event ids another stored case uses (a forged bundle), overwriting nothing", async () => {
    const db = freshDatabase();
    await storeSample(db, sample);
    const other = { ...sample.theCase, id: "case-other-0001" };
    const reused: SampleCase = { ...sample, theCase: other, events: await sealChain(sample.events.map((e) => ({ ...e, caseId: other.id }))) };
    const before = await eventsOf(db, sample.theCase.id);
    const outcome = await importInto(db, (await makeBundle({ sample: reused, key: made.key })).zip, LOCAL);
    expect(outcome).toMatchObject({ cases: [{ action: "copy", copyOf: other.id }] });
    expect(await eventsOf(db, sample.theCase.id)).toEqual(before);
  });
});

describe("a bundle that does not check out is refused with the verifier's verdict, and nothing is stored", () => {
  let copies: Record<string, Uint8Array>;
  beforeAll(async () => {
    copies = await tamperedCopies(made.zip, sample.artifacts[0]?.path as string, await testKey());
  });

  const cases: Array<[string, string[]]> = [
    ["screenshot", ["file-changed", "artifact-name-mismatch"]],
    ["removed", ["file-changed", "chain:removed", "chain:head-mismatch"]],
    ["swapped", ["file-changed", "chain:reordered"]],
    ["manifest", ["signature-invalid"]],
    ["added", ["file-unlisted"]],
    ["truncated", ["refused:truncated"]],
    ["bomb", ["refused:size-mismatch"]],
    ["slip", ["refused:unsafe-path"]],
  ];
  for (const [name, kinds] of cases) {
    it(`${name}: ${kinds.join(", ")}`, async () => {
      const db = freshDatabase();
      await storeSample(db, { ...sample, theCase: { ...sample.theCase, id: "case-local-00001" }, events: [], artifacts: [] });
      const before = await snapshot(db);
      const outcome = await importInto(db, copies[name] as Uint8Array, LOCAL);
      expect(refusedKinds(outcome)).toEqual(kinds);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it("one byte changed in the screenshot: the verdict names the file", async () => {
    const outcome = await importInto(freshDatabase(), copies.screenshot as Uint8Array, LOCAL);
    if (outcome.status !== "refused") throw new Error("not refused");
    expect(findingText(outcome.findings[0] as BundleFinding, "en")).toMatch(new RegExp(`^Changed: "${sample.artifacts[0]?.path}" is not the file that was signed`));
  });

  it("a signature from another key (re-signed whole): imported, marked as from another installation with that key's fingerprint", async () => {
    const other = await testKey();
    const forged = (await tamperedCopies(made.zip, sample.artifacts[0]?.path as string, other)).otherKey as Uint8Array;
    const db = freshDatabase();
    const outcome = await importInto(db, forged, made.key.signer.fingerprint);
    expect(outcome).toMatchObject({ status: "imported", signer: { fingerprint: other.signer.fingerprint, thisInstallation: false }, cases: [{ action: "new" }] });
    expect(await importRecords(db, sample.theCase.id)).toEqual([expect.objectContaining({ signer: { fingerprint: other.signer.fingerprint, thisInstallation: false } })]);
  });

  it("a validly signed bundle whose case.json names a screenshot by another SHA-256 than its file's: refused", async () => {
    const forger = await testKey();
    const files = filesOf(made.zip);
    editJson(files, "case.json", (c) => {
      const artifacts = c.artifacts as Array<{ sha256: string }>;
      (artifacts[0] as { sha256: string }).sha256 = "f".repeat(64);
      c.signer = forger.signer;
    });
    await rehash(files, "case.json");
    editJson(files, "manifest.json", (m) => void (m.signer = forger.signer));
    files["manifest.sig"] = await forger.sign(files["manifest.json"] as Uint8Array);
    const db = freshDatabase();
    expect(refusedKinds(await importInto(db, zipSync(files), LOCAL))).toEqual(["artifact-name-mismatch"]);
    expect(await snapshot(db)).toEqual({ cases: [], events: [], artifacts: [] });
  });

  it("zip-slip in every form: ../, absolute, backslashes, drive letters", async () => {
    for (const path of ["../evil.txt", "artifacts/../../evil.txt", "/etc/passwd", "\\evil.txt", "artifacts\\..\\evil.txt", "C:/evil.txt", "c:evil.txt"]) {
      const db = freshDatabase();
      const zip = rezip(made.zip, (files) => void (files[path] = bytesOf("escape")));
      expect(refusedKinds(await importInto(db, zip, LOCAL)), path).toEqual(["refused:unsafe-path"]);
      expect(await snapshot(db), path).toEqual({ cases: [], events: [], artifacts: [] });
    }
  });

  it("zip bombs: by declared size, by ratio, by a size that lies, by entry count", async () => {
    const small = zipSync({ "case.json": new Uint8Array(1000) });
    const central = (zip: Uint8Array) => {
      const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      for (let at = zip.length - 22; at >= 0; at--) if (view.getUint32(at, true) === 0x02014b50) return { view, at };
      throw new Error("no central directory");
    };
    // Declares 300 MiB: refused before anything is inflated.
    const declared = new Uint8Array(small);
    const d = central(declared);
    d.view.setUint32(d.at + 24, 300 * 2 ** 20, true);
    expect(refusedKinds(await importInto(freshDatabase(), declared, LOCAL))).toEqual(["refused:file-too-large"]);
    // Honest about its size, but 4 MiB out of a few kilobytes: refused by its ratio, before inflating.
    const dense = zipSync({ "case.json": new Uint8Array(4 * 2 ** 20) });
    expect(refusedKinds(await importInto(freshDatabase(), dense, LOCAL))).toEqual(["refused:ratio-too-high"]);
    // Lies the other way (says 1,000 bytes, inflates to 64 KiB): stopped at the first byte too many.
    const lying = zipSync({ "case.json": new Uint8Array(64 * 1024) });
    const l = central(lying);
    l.view.setUint32(l.at + 24, 1000, true);
    expect(refusedKinds(await importInto(freshDatabase(), lying, LOCAL))).toEqual(["refused:size-mismatch"]);
    // 50,001 entries announced by the end record: refused before reading any.
    const many = new Uint8Array(small);
    const view = new DataView(many.buffer);
    const end = many.length - 22;
    view.setUint16(end + 8, 50_001, true);
    view.setUint16(end + 10, 50_001, true);
    expect(refusedKinds(await importInto(freshDatabase(), many, LOCAL))).toEqual(["refused:too-many-entries"]);
  });

  it("a file that is neither a ZIP nor JSON", async () => {
    expect(refusedKinds(await importInto(freshDatabase(), bytesOf("GIF89a not a dossier"), LOCAL))).toEqual(["unreadable"]);
  });
});

describe("importing a case file (JSON)", () => {
  const json = (value: unknown) => bytesOf(JSON.stringify(value));

  it("imports an exported case.json: unsigned, chain checked, nothing new the second time", async () => {
    const db = freshDatabase();
    const file = sampleCaseFile(sample, made.key.signer);
    const outcome = await importInto(db, json(file), LOCAL, "case.json");
    expect(outcome).toMatchObject({ status: "imported", origin: "json", cases: [{ action: "new", added: sample.events.length }] });
    expect(outcome).not.toHaveProperty("signer");
    expect(await eventsOf(db, sample.theCase.id)).toEqual(sample.events);
    expect(await importInto(db, json(file), LOCAL, "case.json")).toMatchObject({ cases: [{ action: "nothing-new", alreadyStored: sample.events.length }] });
  });

  it("names the field path of a schema failure", async () => {
    const file = JSON.parse(JSON.stringify(sampleCaseFile(sample, made.key.signer))) as { events: Array<{ payload: Record<string, unknown> }> };
    (file.events[0] as { payload: Record<string, unknown> }).payload.channel = "pigeon";
    const outcome = await importInto(freshDatabase(), json(file), LOCAL);
    if (outcome.status !== "refused") throw new Error("not refused");
    expect(outcome.findings).toEqual([{ kind: "case-invalid", issues: [expect.objectContaining({ path: "events.0.payload.channel" })] }]);
    expect(findingText(outcome.findings[0] as BundleFinding, "en")).toMatch(/^case\.json does not fit its schema: events\.0\.payload\.channel: /);
  });

  it("refuses a case file whose chain was tampered with, naming the event", async () => {
    const file = sampleCaseFile(sample, made.key.signer);
    const events = [...file.events];
    [events[2], events[3]] = [events[3] as EvidenceEvent, events[2] as EvidenceEvent];
    const db = freshDatabase();
    expect(refusedKinds(await importInto(db, json({ ...file, events }), LOCAL))).toEqual(["chain:reordered"]);
    const edited = file.events.map((e, i) => (i === 1 ? { ...e, payload: { ...e.payload, reference: "YT-9999" } } : e));
    expect(refusedKinds(await importInto(db, json({ ...file, events: edited }), LOCAL))).toEqual(["chain:changed"]);
    expect(await snapshot(db)).toEqual({ cases: [], events: [], artifacts: [] });
  });

  it("refuses JSON that is not JSON, or not a Receipts case", async () => {
    expect(refusedKinds(await importInto(freshDatabase(), bytesOf('{"format": "receipts.case", '), LOCAL))).toEqual(["case-invalid"]);
    const outcome = await importInto(freshDatabase(), json({ hello: "world" }), LOCAL);
    if (outcome.status !== "refused") throw new Error("not refused");
    expect(outcome.findings[0]).toMatchObject({ kind: "case-invalid", issues: expect.arrayContaining([expect.objectContaining({ path: "format" })]) });
  });

  it("stores the events exactly as written: a default the schema would fill in never changes a hash", async () => {
    const base = await sampleCase({ screenshots: 0 });
    // A message without `event` (the schema's default is "message"), sealed as it is.
    const bare = { ...(base.events[2] as EvidenceEvent), payload: { conversationId: "conv-1", side: "person", text: "Hello" } } as EvidenceEvent;
    const events = await sealChain([...base.events.slice(0, 2), bare]);
    const file = { ...sampleCaseFile({ ...base, events }, made.key.signer) };
    const db = freshDatabase();
    expect(await importInto(db, json(file), LOCAL)).toMatchObject({ status: "imported" });
    expect(await eventsOf(db, base.theCase.id)).toEqual(events);
  });
});

describe("editJson keeps the fixtures honest", () => {
  it("a bundle whose case.json was edited no longer imports", async () => {
    const zip = rezip(made.zip, (files) => editJson(files, "case.json", (c) => void ((c.case as { title: string }).title = "Renamed")));
    expect(refusedKinds(await importInto(freshDatabase(), zip, LOCAL))).toEqual(["file-changed"]);
    expect(Object.keys(filesOf(made.zip))).toContain("case.json");
  });
});

describe("importing a copy with hidden values", () => {
  it("refuses a verified bundle whose sender hid values, says so, and stores nothing", async () => {
    const redacted = await makeBundle({
      sample: await sampleCase({ sealing: 2 }),
      hides: [{ eventId: "evt-000000", path: ["payload", "fields", 0, "value"], category: "name" }],
    });
    const db = freshDatabase();
    const before = await snapshot(db);
    const outcome = await importInto(db, redacted.zip, LOCAL);
    expect(refusedKinds(outcome)).toEqual(["hidden-values"]);
    expect(outcome).toMatchObject({ status: "refused", findings: [{ kind: "hidden-values", events: 1 }] });
    expect(await snapshot(db)).toEqual(before);
  });

  it("refuses the same copy as a case file (JSON)", async () => {
    const redacted = await makeBundle({
      sample: await sampleCase({ sealing: 2 }),
      hides: [{ eventId: "evt-000000", path: ["payload", "fields", 0, "value"], category: "name" }],
    });
    const caseJson = filesOf(redacted.zip)["case.json"] as Uint8Array;
    const db = freshDatabase();
    const outcome = await importInto(db, caseJson, LOCAL, "case.json");
    expect(outcome).toMatchObject({ status: "refused", findings: [{ kind: "hidden-values", events: 1 }] });
    expect((await snapshot(db)).events).toEqual([]);
  });
});
