// Every event is sealed into its case's hash chain in the same transaction that stores it.
import { describe, expect, it } from "vitest";
import { verifyChain } from "../../../src/domain/integrity/chain";
import { eventHash } from "../../../src/domain/integrity/event-hash";
import { caseEvents, listCases, storeByHand, storeCapture } from "../../../src/storage/evidence-store";
import { captureOn, freshDatabase, scriptedClock } from "./store-fixtures";

const byHand = { method: "by-hand" as const, extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140.0" };

describe("the hash chain of a case", () => {
  it("links each event to the previous one of the same case, whichever way it entered", async () => {
    const db = freshDatabase();
    const clock = scriptedClock();
    await storeCapture(db, captureOn("www.yellow.example", "k1"), clock);
    await storeCapture(db, captureOn("shop.example", "k2"), clock);
    await storeCapture(db, captureOn("www.yellow.example", "k3"), clock);
    const [yellow] = (await listCases(db)).filter((c) => c.brand.domains.includes("www.yellow.example"));
    await storeByHand(db, { caseId: yellow?.id ?? "", evidence: { kind: "note", payload: { text: "Called 3900, 40 min on hold." } }, collection: byHand }, clock);

    const events = await caseEvents(db, yellow?.id ?? "");
    expect(events.map((e) => e.kind)).toEqual(["contact-attempt", "contact-attempt", "note"]);
    expect(events[0]?.previousHash).toBeNull();
    expect(events[1]?.previousHash).toBe(events[0]?.hash);
    expect(events[2]?.previousHash).toBe(events[1]?.hash);
    for (const event of events) expect(event.hash).toBe(await eventHash(event));
    expect(await verifyChain(events)).toEqual({ ok: true, findings: [] });
    // Sealed in format v2: each with its own random seed, kept in the stored event itself.
    expect(events.map((e) => e.v)).toEqual([2, 2, 2]);
    const seeds = events.map((e) => e.opening);
    for (const seed of seeds) expect(seed).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(seeds).size).toBe(3);
  });

  it("stays one unbroken chain when many captures arrive at once, and a retry adds no link", async () => {
    const db = freshDatabase();
    const clock = scriptedClock();
    await Promise.all(Array.from({ length: 25 }, (_, i) => storeCapture(db, captureOn("www.yellow.example", `k${i % 20}`, `message ${i % 20}`), clock)));
    const [theCase] = await listCases(db);
    const events = await caseEvents(db, theCase?.id ?? "");
    expect(events).toHaveLength(20);
    expect(await verifyChain(events)).toEqual({ ok: true, findings: [] });
  });

  it("shows a stored event changed afterwards", async () => {
    const db = freshDatabase();
    const clock = scriptedClock();
    await storeCapture(db, captureOn("www.yellow.example", "k1"), clock);
    await storeCapture(db, captureOn("www.yellow.example", "k2"), clock);
    const [theCase] = await listCases(db);
    const events = await caseEvents(db, theCase?.id ?? "");
    const tampered = structuredClone(events);
    const first = tampered[0];
    if (first?.kind !== "contact-attempt") throw new Error("unexpected kind");
    first.payload.fields[0] = { ...first.payload.fields[0]!, value: "Everything is fine, thank you." };
    const report = await verifyChain(tampered);
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.kind)).toContain("changed");
  });
});
