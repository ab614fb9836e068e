import { beforeAll, describe, expect, it } from "vitest";
import type { EvidenceEvent } from "../../../../src/domain/evidence";
import { chainHead, verifyChain } from "../../../../src/domain/integrity/chain";
import { eventHash, sealChain, sealEvent } from "../../../../src/domain/integrity/event-hash";
import { makeEvent, makeEvents, otherHash, ref, textOf, withText } from "./chain-fixtures";

let chain: EvidenceEvent[];
beforeAll(async () => {
  chain = await sealChain(makeEvents(6));
});

/** The sealed chain's events, by their original positions. */
const pick = (...positions: number[]): EvidenceEvent[] => positions.map((p) => at(chain, p));
function at(events: readonly EvidenceEvent[], index: number): EvidenceEvent {
  const event = events[index];
  if (!event) throw new Error(`no event at ${index}`);
  return event;
}
const hashOf = (index: number): string => at(chain, index).hash ?? "";
/** An event that was never part of the case, sealed onto `previousHash`. */
const forged = (previousHash: string | null): Promise<EvidenceEvent> =>
  sealEvent(makeEvent(99, "I was never here"), previousHash);

describe("verifyChain on untouched chains", () => {
  it("accepts a sealed chain", async () => {
    expect(await verifyChain(chain)).toEqual({ ok: true, findings: [] });
  });

  it("accepts an empty chain and a single genesis event", async () => {
    expect(await verifyChain([])).toEqual({ ok: true, findings: [] });
    expect(await verifyChain(pick(0))).toEqual({ ok: true, findings: [] });
  });

  it("accepts a chain that went through a JSON export", async () => {
    const exported = JSON.parse(JSON.stringify(chain)) as EvidenceEvent[];
    expect(await verifyChain(exported)).toEqual({ ok: true, findings: [] });
  });
});

describe("verifyChain on changed events", () => {
  it("names an event whose payload lost one character", async () => {
    const original = at(chain, 2);
    const edited = withText(original, textOf(original).slice(0, -1));
    const events = [...pick(0, 1), edited, ...pick(3, 4, 5)];
    expect(await verifyChain(events)).toEqual({
      ok: false,
      findings: [
        { kind: "changed", event: ref(events, 2), storedHash: original.hash, computedHash: await eventHash(edited) },
      ],
    });
  });

  it("names an event with a field added", async () => {
    const added = { ...at(chain, 3), reviewed: true } as unknown as EvidenceEvent;
    const events = [...pick(0, 1, 2), added, ...pick(4, 5)];
    const report = await verifyChain(events);
    expect(report.findings).toEqual([
      { kind: "changed", event: ref(events, 3), storedHash: hashOf(3), computedHash: await eventHash(added) },
    ]);
  });

  it("names an event with a field taken away", async () => {
    const { source: _source, ...withoutSource } = at(chain, 1);
    const events = [at(chain, 0), withoutSource as EvidenceEvent, ...pick(2, 3, 4, 5)];
    expect((await verifyChain(events)).findings.map((f) => f.kind)).toEqual(["changed"]);
    expect((await verifyChain(events)).findings[0]).toMatchObject({ event: ref(events, 1) });
  });

  it("names an event whose stored hash alone was edited, without breaking the link after it", async () => {
    const events = [...pick(0, 1), { ...at(chain, 2), hash: otherHash(hashOf(2)) }, ...pick(3, 4, 5)];
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "changed", event: ref(events, 2), storedHash: otherHash(hashOf(2)), computedHash: hashOf(2) },
    ]);
  });

  it("names an event that is no longer canonical JSON", async () => {
    const broken = { ...at(chain, 4), recorded: { at: Number.NaN, timeZone: "UTC" } } as EvidenceEvent;
    const events = [...pick(0, 1, 2, 3), broken, at(chain, 5)];
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "changed", event: ref(events, 4), storedHash: hashOf(4), computedHash: null },
    ]);
  });

  it("reports unsealed events as such and nothing else", async () => {
    const legacy = makeEvents(3);
    expect(await verifyChain(legacy)).toEqual({
      ok: false,
      findings: [0, 1, 2].map((i) => ({ kind: "unsealed", event: ref(legacy, i) })),
    });
  });

  it("terminates and reports a change that makes two events follow each other", async () => {
    const looped = { ...at(chain, 1), previousHash: hashOf(2) };
    const events = [at(chain, 0), looped, ...pick(2, 3, 4, 5)];
    const report = await verifyChain(events);
    expect(report.ok).toBe(false);
    expect(report.findings[0]).toMatchObject({ kind: "changed", event: ref(events, 1) });
  });
});

describe("verifyChain on removed events", () => {
  it("names the gap when a middle event is gone", async () => {
    const events = pick(0, 1, 2, 4, 5);
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "removed", before: ref(events, 3), after: ref(events, 2), missingHash: hashOf(3) },
    ]);
  });

  it("names the gap when two neighbouring events are gone", async () => {
    const events = pick(0, 3, 4, 5);
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "removed", before: ref(events, 1), after: ref(events, 0), missingHash: hashOf(2) },
    ]);
  });

  it("names the gap when the first event is gone", async () => {
    const events = pick(1, 2, 3, 4, 5);
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "removed", before: ref(events, 0), after: null, missingHash: hashOf(0) },
    ]);
  });

  it("cannot see the last event gone from the chain alone; the manifest's head shows it", async () => {
    const truncated = pick(0, 1, 2, 3, 4);
    // Documented limit: a chain cut at its end is still a valid chain.
    expect(await verifyChain(truncated)).toEqual({ ok: true, findings: [] });
    const expectedHead = chainHead(chain);
    expect(await verifyChain(truncated, { expectedHead })).toEqual({
      ok: false,
      findings: [{ kind: "head-mismatch", expected: expectedHead, actual: { hash: hashOf(4), count: 5 } }],
    });
    expect(await verifyChain(chain, { expectedHead })).toEqual({ ok: true, findings: [] });
  });

  it("sees a replaced and resealed event as a gap before its successor", async () => {
    const replaced = await sealEvent(withText(at(chain, 2), "They promised nothing"), hashOf(1));
    const events = [...pick(0, 1), replaced, ...pick(3, 4, 5)];
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "removed", before: ref(events, 3), after: ref(events, 2), missingHash: hashOf(2) },
    ]);
  });
});

describe("verifyChain on reordered events", () => {
  it("names one of two swapped neighbours and where it belongs", async () => {
    const events = pick(0, 1, 3, 2, 4, 5);
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "reordered", misplaced: [{ event: ref(events, 2), belongsAfter: ref(events, 3) }] },
    ]);
  });

  it("names both events of a distant swap", async () => {
    const events = pick(0, 4, 2, 3, 1, 5);
    expect((await verifyChain(events)).findings).toEqual([
      {
        kind: "reordered",
        misplaced: [
          { event: ref(events, 1), belongsAfter: ref(events, 3) },
          { event: ref(events, 4), belongsAfter: ref(events, 0) },
        ],
      },
    ]);
  });

  it("names a genesis moved to the end", async () => {
    const events = pick(1, 2, 3, 4, 5, 0);
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "reordered", misplaced: [{ event: ref(events, 5), belongsAfter: null }] },
    ]);
  });
});

describe("verifyChain on inserted and duplicated events", () => {
  it("names a fork and the inserted event when it sits right after its claimed predecessor", async () => {
    const intruder = await forged(hashOf(2));
    const events = [...pick(0, 1, 2), intruder, ...pick(3, 4, 5)];
    expect((await verifyChain(events)).findings).toEqual([
      {
        kind: "forked",
        predecessor: ref(events, 2),
        predecessorHash: hashOf(2),
        successors: [ref(events, 3), ref(events, 4)],
      },
      { kind: "inserted", event: ref(events, 3), claimedPreviousHash: hashOf(2) },
    ]);
  });

  it("names a fork appended at the end", async () => {
    const intruder = await forged(hashOf(2));
    const events = [...chain, intruder];
    expect((await verifyChain(events)).findings).toEqual([
      {
        kind: "forked",
        predecessor: ref(events, 2),
        predecessorHash: hashOf(2),
        successors: [ref(events, 3), ref(events, 6)],
      },
      { kind: "inserted", event: ref(events, 6), claimedPreviousHash: hashOf(2) },
    ]);
  });

  it("names a second event claiming to be first", async () => {
    const intruder = await forged(null);
    const events = [...chain, intruder];
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "forked", predecessor: null, predecessorHash: null, successors: [ref(events, 0), ref(events, 6)] },
      { kind: "inserted", event: ref(events, 6), claimedPreviousHash: null },
    ]);
  });

  it("names an event that follows nothing present, stored where the chain skips over it", async () => {
    const unknown = "12".repeat(32);
    const intruder = await forged(unknown);
    const events = [...pick(0, 1, 2), intruder, ...pick(3, 4, 5)];
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "inserted", event: ref(events, 3), claimedPreviousHash: unknown },
    ]);
  });

  it("names an event stored before the genesis", async () => {
    const unknown = "34".repeat(32);
    const intruder = await forged(unknown);
    const events = [intruder, ...chain];
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "inserted", event: ref(events, 0), claimedPreviousHash: unknown },
    ]);
  });

  it("names a duplicated event and its copies, and nothing else", async () => {
    const events = pick(0, 1, 2, 2, 3, 4, 5, 2);
    expect((await verifyChain(events)).findings).toEqual([
      { kind: "duplicated", event: ref(events, 2), copies: [ref(events, 3), ref(events, 7)] },
    ]);
  });
});
