import { describe, expect, it } from "vitest";
import { IDBFactory } from "fake-indexeddb";
import { EVIDENCE_MODEL_VERSION, EvidenceEvent, type Case } from "../../../src/domain/evidence";
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type StoredEvent } from "../../../src/storage/database";
import { caseEvents, isWatched, readSetting, recentEventsForHost, storeCapture } from "../../../src/storage/evidence-store";
import { artifactOf, findArtifact, keepArtifacts } from "../../../src/storage/artifact-store";
import { captureOn, freshDatabase, scriptedClock } from "./store-fixtures";
import { createCampaign, startCampaign } from "../../../src/storage/campaign-store";
import { protocolFields } from "../domain/campaigns/campaign-fixtures";

describe("SCHEMA_VERSIONS", () => {
  it("starts at 1 and only ever increases", () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]!);
    expect(versions.every((v) => Number.isInteger(v) && v > 0)).toBe(true);
  });

  it("the latest version is the last one declared", () => {
    expect(LATEST_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  });

  it("a new database opens at the latest version", async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });
});

function oldCase(id: string, host: string, status: Case["status"], at: number): Case {
  return { id, title: `Problem with ${host}`, brand: { name: host, domains: [host] }, status, created: { at, timeZone: "Europe/Paris" } };
}

function oldEvent(id: string, caseId: string, seq: number, sourceUrl: string | undefined, captureKey?: string): StoredEvent {
  const event = EvidenceEvent.parse({
    v: EVIDENCE_MODEL_VERSION,
    id,
    caseId,
    kind: sourceUrl ? "contact-attempt" : "note",
    recorded: { at: 1_700_000_000_000 + seq, timeZone: "Europe/Paris" },
    occurred: { at: 1_700_000_000_000 + seq, timeZone: "Europe/Paris" },
    ...(sourceUrl ? { source: { url: sourceUrl, title: "Contact", frameOrigin: new URL(sourceUrl).origin } } : {}),
    collection: { method: sourceUrl ? "automatic" : "by-hand", extensionVersion: "0.0.9", browser: "Chrome", browserVersion: "139.0" },
    hash: null,
    previousHash: null,
    payload: sourceUrl ? { channel: "web-form", fields: [{ label: "Message", name: "m", type: "textarea", value: `text ${seq}`, length: 6 }] } : { text: `note ${seq}` },
  });
  // Version 1 did not know siteHost: the row is stored without it.
  return { event, id, caseId, seq, ...(captureKey ? { captureKey } : {}) };
}

describe("upgrade from version 1 to the latest version", () => {
  it("keeps every case, event, watched site and setting, and backfills siteHost", async () => {
    const factory = new IDBFactory();
    const name = "receipts-upgrade";
    const cases = [
      oldCase("case_yellow01", "www.yellow-telecom.fr", "open", 1_700_000_000_000),
      oldCase("case_red00001", "www.red-energy.fr", "closed", 1_600_000_000_000),
    ];
    const events = [
      oldEvent("evt_00000001", "case_yellow01", 1, "https://www.yellow-telecom.fr/contact", "https://www.yellow-telecom.fr|k1"),
      oldEvent("evt_00000002", "case_red00001", 2, "https://WWW.Red-Energy.fr:8443/reclamation?x=1", "https://www.red-energy.fr:8443|k2"),
      oldEvent("evt_00000003", "case_yellow01", 3, undefined),
      oldEvent("evt_00000004", "case_yellow01", 4, "https://www.yellow-telecom.fr/contact", "https://www.yellow-telecom.fr|k4"),
      oldEvent("evt_00000005", "case_yellow01", 5, "file:///home/ana/letter.html", "file://|k5"),
    ];

    const v1 = freshDatabase({ upTo: 1, factory, name });
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.cases.bulkAdd(cases);
    await v1.events.bulkAdd(events);
    await v1.watchedSites.bulkAdd([
      { host: "www.yellow-telecom.fr", since: 10 },
      { host: "www.red-energy.fr", since: 20 },
    ]);
    await v1.settings.bulkAdd([
      { key: "collector", value: "Ana" },
      { key: "structured", value: { nested: [1, 2, 3] } },
    ]);
    v1.close();

    const latest = freshDatabase({ factory, name });
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);

    expect(await latest.cases.orderBy("id").toArray()).toEqual([...cases].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await latest.watchedSites.orderBy("host").toArray()).toEqual([
      { host: "www.red-energy.fr", since: 20 },
      { host: "www.yellow-telecom.fr", since: 10 },
    ]);
    expect(await readSetting(latest, "collector")).toBe("Ana");
    expect(await readSetting(latest, "structured")).toEqual({ nested: [1, 2, 3] });

    const rows = await latest.events.orderBy("seq").toArray();
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
    // Nothing of the evidence itself changed.
    expect(rows.map((r) => r.event)).toEqual(events.map((e) => e.event));
    expect(rows.map((r) => r.captureKey)).toEqual(events.map((e) => e.captureKey));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.siteHost]))).toEqual({
      evt_00000001: "www.yellow-telecom.fr",
      evt_00000002: "www.red-energy.fr",
      evt_00000003: undefined,
      evt_00000004: "www.yellow-telecom.fr",
      evt_00000005: undefined,
    });

    // The new index answers for old rows.
    expect((await recentEventsForHost(latest, "www.yellow-telecom.fr")).map((e) => e.id)).toEqual(["evt_00000004", "evt_00000001"]);
    expect((await caseEvents(latest, "case_yellow01")).map((e) => e.id)).toEqual(["evt_00000001", "evt_00000003", "evt_00000004", "evt_00000005"]);
    expect(await isWatched(latest, "https://www.yellow-telecom.fr/")).toBe(true);

    // Old capture keys still protect against a retry after the upgrade, and new events come after the old ones.
    const clock = scriptedClock();
    const retry = await storeCapture(latest, { ...captureOn("www.yellow-telecom.fr", "https://www.yellow-telecom.fr|k1") }, clock);
    expect(retry).toEqual({ eventId: "evt_00000001", caseId: "case_yellow01", duplicate: true });
    const fresh = await storeCapture(latest, captureOn("www.yellow-telecom.fr", "https://www.yellow-telecom.fr|k6"), clock);
    expect(fresh.caseId).toBe("case_yellow01");
    expect((await latest.events.get(fresh.eventId))?.seq).toBeGreaterThan(5);
    latest.close();
  });

  it("an empty version 1 database upgrades cleanly", async () => {
    const factory = new IDBFactory();
    const v1 = freshDatabase({ upTo: 1, factory, name: "receipts-empty" });
    await v1.open();
    v1.close();
    const latest = freshDatabase({ factory, name: "receipts-empty" });
    await latest.open();
    expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await latest.events.count()).toBe(0);
    latest.close();
  });

  it("version 3 adds the artifacts table: a version 2 database keeps its events and can then keep files by their hash", async () => {
    const factory = new IDBFactory();
    const name = "receipts-v2-to-v3";
    const v2 = freshDatabase({ upTo: 2, factory, name });
    await v2.open();
    expect(v2.tables.map((t) => t.name)).not.toContain("artifacts");
    await v2.cases.add(oldCase("case_yellow01", "www.yellow-telecom.fr", "open", 1));
    const row = { ...oldEvent("evt_00000001", "case_yellow01", 1, "https://www.yellow-telecom.fr/contact", "k1"), siteHost: "www.yellow-telecom.fr" };
    await v2.events.add(row);
    v2.close();

    const latest = freshDatabase({ factory, name });
    await latest.open();
    expect(latest.verno).toBeGreaterThanOrEqual(3);
    expect(await latest.events.toArray()).toEqual([row]);
    expect(await latest.artifacts.count()).toBe(0);
    const png = await artifactOf(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), "image/png");
    await keepArtifacts(latest, [png], 1_767_225_600_000);
    const kept = await findArtifact(latest, png.sha256);
    expect(kept?.mediaType).toBe("image/png");
    expect(new Uint8Array(await kept!.bytes.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]));
    latest.close();
  });

  it("version 5 adds the campaigns table: a populated version 4 database keeps everything, then runs a campaign over its brands", async () => {
    const factory = new IDBFactory();
    const name = "receipts-v4-to-v5";
    const v4 = freshDatabase({ upTo: 4, factory, name });
    await v4.open();
    expect(v4.tables.map((t) => t.name)).not.toContain("campaigns");
    const yellow = oldCase("case_yellow01", "www.yellow-telecom.fr", "open", 1);
    await v4.cases.add(yellow);
    const row = { ...oldEvent("evt_00000001", "case_yellow01", 1, "https://www.yellow-telecom.fr/contact", "k1"), siteHost: "www.yellow-telecom.fr" };
    await v4.events.add(row);
    const png = await artifactOf(new Uint8Array([137, 80, 78, 71]), "image/png");
    await keepArtifacts(v4, [png], 1);
    await v4.settings.add({ key: "collector", value: "Ana" });
    v4.close();

    const latest = freshDatabase({ factory, name });
    await latest.open();
    expect(latest.verno).toBeGreaterThanOrEqual(5);
    expect(await latest.cases.toArray()).toEqual([yellow]);
    expect(await latest.events.toArray()).toEqual([row]);
    expect((await findArtifact(latest, png.sha256))?.size).toBe(4);
    expect(await readSetting(latest, "collector")).toBe("Ana");
    expect(await latest.campaigns.count()).toBe(0);

    // The brand of the old case joins a campaign: the campaign opens its own case, the old one is untouched.
    const clock = scriptedClock();
    const brand = { name: "Yellow", domains: ["www.yellow-telecom.fr"] };
    const draft = await createCampaign(latest, { name: "Telcos", protocol: protocolFields(), brands: [brand] }, clock);
    const campaign = await startCampaign(latest, draft.id, { method: "by-hand", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140.0" }, clock);
    expect(await latest.cases.count()).toBe(2);
    expect(await latest.campaigns.get(campaign.id)).toEqual(campaign);
    expect((await caseEvents(latest, "case_yellow01")).map((e) => e.id)).toEqual(["evt_00000001"]);
    latest.close();
  });

  it("every intermediate version upgrades to the latest without losing events", async () => {
    for (const { version } of SCHEMA_VERSIONS) {
      const factory = new IDBFactory();
      const name = `receipts-from-v${version}`;
      const old = freshDatabase({ upTo: version, factory, name });
      await old.open();
      await old.cases.add(oldCase("case_yellow01", "www.yellow-telecom.fr", "open", 1));
      const row = oldEvent("evt_00000001", "case_yellow01", 1, "https://www.yellow-telecom.fr/contact", "k1");
      // From version 2 on, rows are written with their host (as storeCapture does).
      await old.events.add(version >= 2 ? { ...row, siteHost: "www.yellow-telecom.fr" } : row);
      old.close();
      const latest = freshDatabase({ factory, name });
      await latest.open();
      expect(await latest.events.count()).toBe(1);
      expect((await latest.events.get("evt_00000001"))?.siteHost).toBe("www.yellow-telecom.fr");
      latest.close();
    }
  });
});
