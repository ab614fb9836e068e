// The storage side of cases: every change and correction is an event in the case's chain, and the cached
// state in the cases table always equals the fold of those events.
import { afterEach, describe, expect, it } from "vitest";
import { foldCase } from "../../../../src/domain/cases/case-state";
import { correctedEvents } from "../../../../src/domain/cases/corrections";
import { verifyChain } from "../../../../src/domain/integrity/chain";
import type { ReceiptsDatabase } from "../../../../src/storage/database";
import {
  answerFollowUp,
  caseEvents,
  caseTrail,
  changeCase,
  correctEvent,
  createCase,
  findCase,
  markReminded,
  openCaseForHost,
  storeByHand,
  storeCapture,
} from "../../../../src/storage/evidence-store";
import { captureOn, freshDatabase, scriptedClock } from "../../storage/store-fixtures";

const HOST = "www.yellow-telecom.fr";
const byHand = { method: "by-hand" as const, extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140.0" };
const opened: ReceiptsDatabase[] = [];
function db(): ReceiptsDatabase {
  const made = freshDatabase();
  opened.push(made);
  return made;
}
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

async function cacheMatchesHistory(d: ReceiptsDatabase, caseId: string): Promise<void> {
  const row = await findCase(d, caseId);
  if (!row) throw new Error("no case");
  expect(foldCase(row, await caseEvents(d, caseId))).toEqual(row);
  expect(await verifyChain(await caseEvents(d, caseId))).toEqual({ ok: true, findings: [] });
}

describe("changing a case", () => {
  it("create, rename, close, reopen, brand and tags: each an event, the cache folded from them", async () => {
    const d = db();
    const clock = scriptedClock();
    const created = await createCase(d, { title: "Mum's fibre", brand: { name: "Yellow", domains: ["yellow-telecom.fr"] }, tags: ["fibre"] }, byHand, clock);
    await changeCase(d, created.id, { title: "Mum's flooded wall" }, byHand, clock);
    await changeCase(d, created.id, { status: "closed" }, byHand, clock);
    await changeCase(d, created.id, { status: "open" }, byHand, clock);
    await changeCase(d, created.id, { brand: { name: "Yellow Telecom", domains: ["yellow-telecom.fr", "yellow.fr"] }, tags: ["fibre", "insurer"] }, byHand, clock);
    // The same title again is no change.
    await changeCase(d, created.id, { title: "Mum's flooded wall" }, byHand, clock);
    const events = await caseEvents(d, created.id);
    expect(events.map((e) => (e.kind === "case-change" ? e.payload.change : e.kind))).toEqual(["opened", "renamed", "status", "status", "brand", "tags"]);
    expect(await findCase(d, created.id)).toMatchObject({ title: "Mum's flooded wall", status: "open", tags: ["fibre", "insurer"], brand: { name: "Yellow Telecom" } });
    await cacheMatchesHistory(d, created.id);
  });

  it("refuses a change the evidence model would not hold, and stores nothing", async () => {
    const d = db();
    const clock = scriptedClock();
    const created = await createCase(d, { title: "Yellow", brand: { name: "Yellow", domains: ["yellow-telecom.fr"] } }, byHand, clock);
    await expect(changeCase(d, created.id, { title: "   " }, byHand, clock)).rejects.toThrow();
    await expect(changeCase(d, created.id, { brand: { name: "Yellow", domains: ["Not A Host!"] } }, byHand, clock)).rejects.toThrow();
    expect(await caseEvents(d, created.id)).toHaveLength(1);
    expect((await findCase(d, created.id))?.title).toBe("Yellow");
  });

  it("a capture for the closed brand starts a new case, which says what it follows; the person keeps it", async () => {
    const d = db();
    const clock = scriptedClock();
    const first = await storeCapture(d, captureOn(HOST, "k1"), clock);
    await changeCase(d, first.caseId, { status: "resolved" }, byHand, clock);
    const second = await storeCapture(d, captureOn(HOST, "k2"), clock);
    expect(second.caseId).not.toBe(first.caseId);
    expect(await findCase(d, second.caseId)).toMatchObject({ follows: first.caseId, status: "open" });
    expect((await findCase(d, second.caseId))?.followUpAnswered).toBeUndefined();
    // A third capture goes to the new case; no third case.
    expect((await storeCapture(d, captureOn(HOST, "k3"), clock)).caseId).toBe(second.caseId);
    const kept = await answerFollowUp(d, second.caseId, "keep", byHand, clock);
    expect(kept.followUpAnswered).toBe(true);
    // Asked once: a second answer changes nothing.
    await answerFollowUp(d, second.caseId, "merge", byHand, clock);
    expect((await findCase(d, first.caseId))?.status).toBe("resolved");
    await cacheMatchesHistory(d, second.caseId);
  });

  it("adding the new case to the earlier one reopens it; both chains stay whole and the trail reads both", async () => {
    const d = db();
    const clock = scriptedClock();
    const first = await storeCapture(d, captureOn(HOST, "k1"), clock);
    await changeCase(d, first.caseId, { status: "closed" }, byHand, clock);
    const second = await storeCapture(d, captureOn(HOST, "k2"), clock);
    await answerFollowUp(d, second.caseId, "merge", byHand, clock);
    expect(await findCase(d, first.caseId)).toMatchObject({ status: "open", absorbed: [second.caseId] });
    expect(await findCase(d, second.caseId)).toMatchObject({ status: "closed", mergedInto: first.caseId, followUpAnswered: true });
    expect((await openCaseForHost(d, HOST))?.id).toBe(first.caseId);
    const next = await storeCapture(d, captureOn(HOST, "k3"), clock);
    expect(next.caseId).toBe(first.caseId);
    const trail = await caseTrail(d, first.caseId);
    const contactIds = trail.filter((s) => s.event.kind === "contact-attempt").map((s) => s.event.id);
    expect(contactIds).toEqual([first.eventId, second.eventId, next.eventId]);
    expect(trail.map((s) => s.seq)).toEqual([...trail.map((s) => s.seq)].sort((a, b) => a - b));
    await cacheMatchesHistory(d, first.caseId);
    await cacheMatchesHistory(d, second.caseId);
  });
});

describe("correcting an event", () => {
  it("appends a correction; the corrected event stays as stored", async () => {
    const d = db();
    const clock = scriptedClock();
    const theCase = await createCase(d, { title: "Yellow", brand: { name: "Yellow", domains: ["yellow-telecom.fr"] } }, byHand, clock);
    const call = await storeByHand(d, { caseId: theCase.id, evidence: { kind: "contact-attempt", payload: { channel: "phone", fields: [], spokeWith: "Gertrud" } }, collection: byHand }, clock);
    const fix = await correctEvent(d, { supersedes: call.id, reason: "Her name is Gertrude.", payload: { spokeWith: "Gertrude" } }, byHand, clock);
    const events = await caseEvents(d, theCase.id);
    expect(events.find((e) => e.id === call.id)).toEqual(call);
    expect(fix).toMatchObject({ kind: "correction", caseId: theCase.id });
    expect(correctedEvents(events).effective.find((e) => e.id === call.id)).toMatchObject({ payload: { spokeWith: "Gertrude" } });
    expect(await verifyChain(events)).toEqual({ ok: true, findings: [] });
  });

  it("refuses a correction that would make the event invalid, and a correction of a case change", async () => {
    const d = db();
    const clock = scriptedClock();
    const theCase = await createCase(d, { title: "Yellow", brand: { name: "Yellow", domains: ["yellow-telecom.fr"] } }, byHand, clock);
    const note = await storeByHand(d, { caseId: theCase.id, evidence: { kind: "note", payload: { text: "Called." } }, collection: byHand }, clock);
    await expect(correctEvent(d, { supersedes: note.id, reason: "typo", payload: { text: 42 } }, byHand, clock)).rejects.toThrow();
    const [openedEvent] = await caseEvents(d, theCase.id);
    await expect(correctEvent(d, { supersedes: openedEvent?.id ?? "", reason: "no" }, byHand, clock)).rejects.toThrow();
    expect(await caseEvents(d, theCase.id)).toHaveLength(2);
  });
});

describe("reminders", () => {
  it("a reminder is marked once, even when asked twice at the same time", async () => {
    const d = db();
    const results = await Promise.all([markReminded(d, "promise-1|attempt-1|123", 1), markReminded(d, "promise-1|attempt-1|123", 2)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await markReminded(d, "promise-1|attempt-2|123", 3)).toBe(true);
  });
});
