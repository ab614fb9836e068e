import { afterEach, describe, expect, it } from "vitest";
import type { Case } from "../../../src/domain/evidence";
import type { ReceiptsDatabase } from "../../../src/storage/database";
import {
  caseEvents,
  ensureCaseForHost,
  findCase,
  isWatched,
  listCases,
  openCaseForHost,
  readSetting,
  recentEventsForHost,
  storeCapture,
  unwatchSite,
  watchedSites,
  watchSite,
  writeSetting,
} from "../../../src/storage/evidence-store";
import { captureOn, freshDatabase, scriptedClock } from "./store-fixtures";

const HOST = "www.yellow-telecom.fr";
const KEY_A = "https://www.yellow-telecom.fr|3f2c1a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f";
const KEY_B = "https://www.yellow-telecom.fr|0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d";

const opened: ReceiptsDatabase[] = [];
function db(): ReceiptsDatabase {
  const made = freshDatabase();
  opened.push(made);
  return made;
}

afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

function caseFor(host: string, status: Case["status"], id: string, at: number): Case {
  return { id, title: host, brand: { name: host, domains: [host] }, status, created: { at, timeZone: "UTC" } };
}

describe("storeCapture: once per capture key", () => {
  it("stores a first capture and says it is not a duplicate", async () => {
    const d = db();
    const stored = await storeCapture(d, captureOn(HOST, KEY_A), scriptedClock());
    expect(stored.duplicate).toBe(false);
    const row = await d.events.get(stored.eventId);
    expect(row).toMatchObject({ id: stored.eventId, caseId: stored.caseId, captureKey: KEY_A, siteHost: HOST });
    // The first event of a case opens its chain: no predecessor, sealed with its own hash.
    expect(row?.event).toMatchObject({ kind: "contact-attempt", caseId: stored.caseId, hash: expect.stringMatching(/^[0-9a-f]{64}$/), previousHash: null });
  });

  it("a retry returns the first event id, flagged duplicate, and adds nothing", async () => {
    const d = db();
    const clock = scriptedClock();
    const first = await storeCapture(d, captureOn(HOST, KEY_A), clock);
    const retry = await storeCapture(d, captureOn(HOST, KEY_A), clock);
    expect(retry).toEqual({ eventId: first.eventId, caseId: first.caseId, duplicate: true });
    expect(await d.events.count()).toBe(1);
    expect(await d.cases.count()).toBe(1);
  });

  it("a retry carrying different content never overwrites the first write", async () => {
    const d = db();
    const clock = scriptedClock();
    const first = await storeCapture(d, captureOn(HOST, KEY_A, "original words"), clock);
    const before = await d.events.get(first.eventId);
    await storeCapture(d, captureOn(HOST, KEY_A, "rewritten by the page"), clock);
    expect(await d.events.get(first.eventId)).toEqual(before);
    expect(JSON.stringify(await d.events.toArray())).not.toContain("rewritten by the page");
  });

  it("two different capture keys give two events in the same case", async () => {
    const d = db();
    const clock = scriptedClock();
    const a = await storeCapture(d, captureOn(HOST, KEY_A), clock);
    const b = await storeCapture(d, captureOn(HOST, KEY_B), clock);
    expect(a.eventId).not.toBe(b.eventId);
    expect(b.caseId).toBe(a.caseId);
    expect(await d.events.count()).toBe(2);
  });

  it("the same capture sent twice at once is stored once", async () => {
    const d = db();
    const clock = scriptedClock();
    const results = await Promise.all([storeCapture(d, captureOn(HOST, KEY_A), clock), storeCapture(d, captureOn(HOST, KEY_A), clock)]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(results[0]?.eventId).toBe(results[1]?.eventId);
    expect(await d.events.count()).toBe(1);
  });

  it("an event id that already exists is refused rather than overwritten", async () => {
    const d = db();
    const first = await storeCapture(d, captureOn(HOST, KEY_A, "first"), scriptedClock());
    const before = await d.events.get(first.eventId);
    // A broken id source that hands out the first event's id again.
    const stuck = { now: () => ({ at: 1, timeZone: "UTC" }), newId: () => first.eventId };
    await expect(storeCapture(d, captureOn(HOST, KEY_B, "second"), stuck)).rejects.toThrow();
    expect(await d.events.get(first.eventId)).toEqual(before);
    expect(await d.events.count()).toBe(1);
  });

  it("a capture that does not match the evidence model is refused and leaves no case behind", async () => {
    const d = db();
    const bad = captureOn(HOST, KEY_A);
    (bad.evidence.payload as { channel: string }).channel = "carrier-pigeon";
    await expect(storeCapture(d, bad, scriptedClock())).rejects.toThrow();
    expect(await d.events.count()).toBe(0);
    expect(await d.cases.count()).toBe(0);
  });

  it("records the time of the clock as both recorded and occurred", async () => {
    const d = db();
    const stored = await storeCapture(d, captureOn(HOST, KEY_A), scriptedClock([], 1_700_000_000_000));
    const row = await d.events.get(stored.eventId);
    expect(row?.event.recorded.at).toBeGreaterThanOrEqual(1_700_000_000_000);
    expect(row?.event.occurred).toEqual(row?.event.recorded);
    expect(row?.event.recorded.timeZone).toBe("Europe/Paris");
  });
});

describe("storeCapture: which case", () => {
  it("creates an open case for a host that has none", async () => {
    const d = db();
    const stored = await storeCapture(d, captureOn(HOST, KEY_A), scriptedClock());
    const theCase = await findCase(d, stored.caseId);
    expect(theCase).toMatchObject({ status: "open", brand: { name: "yellow-telecom.fr", domains: [HOST] } });
  });

  it("assigns the capture to the open case of the host", async () => {
    const d = db();
    await d.cases.add(caseFor(HOST, "open", "case_existing", 1));
    const stored = await storeCapture(d, captureOn(HOST, KEY_A), scriptedClock());
    expect(stored.caseId).toBe("case_existing");
    expect(await d.cases.count()).toBe(1);
  });

  it("assigns a capture on a subdomain to the brand's case", async () => {
    const d = db();
    await d.cases.add({ ...caseFor("yellow-telecom.fr", "open", "case_brand01", 1) });
    const stored = await storeCapture(d, captureOn("aide.yellow-telecom.fr", KEY_A), scriptedClock());
    expect(stored.caseId).toBe("case_brand01");
  });

  it("does not assign a capture to a case of a look-alike domain", async () => {
    const d = db();
    await d.cases.add(caseFor("yellow-telecom.fr", "open", "case_brand01", 1));
    const stored = await storeCapture(d, captureOn("evil-yellow-telecom.fr", KEY_A), scriptedClock());
    expect(stored.caseId).not.toBe("case_brand01");
  });

  it.each(["resolved", "closed"] as const)("does not reuse a %s case: it opens a new one", async (status) => {
    const d = db();
    await d.cases.add(caseFor(HOST, status, "case_finished", 1));
    const stored = await storeCapture(d, captureOn(HOST, KEY_A), scriptedClock());
    expect(stored.caseId).not.toBe("case_finished");
    expect((await findCase(d, stored.caseId))?.status).toBe("open");
    expect((await findCase(d, "case_finished"))?.status).toBe(status);
  });

  it.each(["waiting", "escalated", "claim-filed"] as const)("keeps collecting into a %s case (still in progress)", async (status) => {
    const d = db();
    await d.cases.add(caseFor(HOST, status, "case_ongoing", 1));
    const stored = await storeCapture(d, captureOn(HOST, KEY_A), scriptedClock());
    expect(stored.caseId).toBe("case_ongoing");
  });

  it("uses the most recently opened case when several are open", async () => {
    const d = db();
    await d.cases.bulkAdd([caseFor(HOST, "open", "case_older1", 100), caseFor(HOST, "open", "case_newer1", 200)]);
    expect((await openCaseForHost(d, HOST))?.id).toBe("case_newer1");
  });

  it("captures on two sites go to two cases", async () => {
    const d = db();
    const clock = scriptedClock();
    const a = await storeCapture(d, captureOn(HOST, KEY_A), clock);
    const b = await storeCapture(d, captureOn("www.red-energy.fr", KEY_B), clock);
    expect(a.caseId).not.toBe(b.caseId);
  });

  it("two first captures on a new site at once open a single case", async () => {
    const d = db();
    const clock = scriptedClock();
    const [a, b] = await Promise.all([storeCapture(d, captureOn(HOST, KEY_A), clock), storeCapture(d, captureOn(HOST, KEY_B), clock)]);
    expect(a.caseId).toBe(b.caseId);
    expect(await d.cases.count()).toBe(1);
  });

  it("ensureCaseForHost returns the same case when called again", async () => {
    const d = db();
    const clock = scriptedClock();
    const first = await ensureCaseForHost(d, HOST, clock);
    const again = await ensureCaseForHost(d, HOST, clock);
    expect(again).toEqual(first);
  });
});

describe("reading events back", () => {
  it("caseEvents follows the order of storage even when the clock goes backwards", async () => {
    const d = db();
    // The clock is asked once for the new case, then once per event; it runs backwards.
    const clock = scriptedClock([5000, 4000, 3000, 2000, 1000, 0]);
    const keys = ["k1", "k2", "k3", "k4", "k5"].map((k) => `${KEY_A}-${k}`);
    const ids: string[] = [];
    for (const key of keys) ids.push((await storeCapture(d, captureOn(HOST, key), clock)).eventId);
    const events = await caseEvents(d, (await openCaseForHost(d, HOST))!.id);
    expect(events.map((e) => e.id)).toEqual(ids);
    const times = events.map((e) => e.recorded.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("caseEvents returns only the events of that case", async () => {
    const d = db();
    const clock = scriptedClock();
    const a = await storeCapture(d, captureOn(HOST, KEY_A), clock);
    await storeCapture(d, captureOn("www.red-energy.fr", KEY_B), clock);
    expect((await caseEvents(d, a.caseId)).map((e) => e.id)).toEqual([a.eventId]);
    expect(await caseEvents(d, "case_unknown")).toEqual([]);
  });

  it("recentEventsForHost returns the host's events newest first, up to the limit", async () => {
    const d = db();
    const clock = scriptedClock([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await storeCapture(d, captureOn(HOST, `${KEY_A}-${i}`), clock)).eventId);
    await storeCapture(d, captureOn("www.red-energy.fr", KEY_B), clock);
    const recent = await recentEventsForHost(d, HOST, 3);
    expect(recent.map((e) => e.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect((await recentEventsForHost(d, HOST)).map((e) => e.id)).toEqual([...ids].reverse());
  });

  it("recentEventsForHost does not mix in a subdomain or a parent domain", async () => {
    const d = db();
    const clock = scriptedClock();
    await storeCapture(d, captureOn("aide.yellow-telecom.fr", KEY_A), clock);
    expect(await recentEventsForHost(d, "yellow-telecom.fr")).toEqual([]);
  });

  it("listCases puts the newest case first", async () => {
    const d = db();
    await d.cases.bulkAdd([caseFor("a.fr", "open", "case_aaaaaa", 10), caseFor("b.fr", "closed", "case_bbbbbb", 30), caseFor("c.fr", "open", "case_cccccc", 20)]);
    expect((await listCases(d)).map((c) => c.id)).toEqual(["case_bbbbbb", "case_cccccc", "case_aaaaaa"]);
  });
});

describe("failures are reported, not swallowed", () => {
  it("storeCapture on a closed database rejects", async () => {
    const d = db();
    await d.open();
    d.close();
    await expect(storeCapture(d, captureOn(HOST, KEY_A), scriptedClock())).rejects.toThrow();
  });

  it("watchSite on a closed database rejects", async () => {
    const d = db();
    await d.open();
    d.close();
    await expect(watchSite(d, HOST, 1)).rejects.toThrow();
  });
});

describe("watched sites and settings", () => {
  it("watches, lists and unwatches a site", async () => {
    const d = db();
    expect(await watchSite(d, HOST, 42)).toEqual({ host: HOST, since: 42 });
    expect(await watchedSites(d)).toEqual([{ host: HOST, since: 42 }]);
    expect(await isWatched(d, `https://${HOST}/contact?x=1`)).toBe(true);
    expect(await isWatched(d, `http://${HOST}:8080/`)).toBe(true);
    expect(await isWatched(d, "https://yellow-telecom.fr/")).toBe(false);
    await unwatchSite(d, HOST);
    expect(await isWatched(d, `https://${HOST}/contact`)).toBe(false);
    expect(await watchedSites(d)).toEqual([]);
  });

  it("a non-web address is never watched", async () => {
    const d = db();
    await watchSite(d, HOST, 1);
    expect(await isWatched(d, `ftp://${HOST}/`)).toBe(false);
    expect(await isWatched(d, "not a url")).toBe(false);
  });

  it("reads back a setting and overwrites it with the latest value", async () => {
    const d = db();
    expect(await readSetting(d, "collector")).toBeUndefined();
    await writeSetting(d, "collector", "Ana");
    await writeSetting(d, "collector", "Ana B.");
    expect(await readSetting<string>(d, "collector")).toBe("Ana B.");
  });
});
