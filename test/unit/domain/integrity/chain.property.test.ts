// Property tests: any single tampering of a sealed chain is reported, with the kind of finding it
// should produce; untouched chains always verify. Truncation at the end (and what only looks like
// a genuine later event) is invisible to the chain alone and needs the manifest's expected head.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { EvidenceEvent } from "../../../../src/domain/evidence";
import type { FindingKind } from "../../../../src/domain/integrity/chain-findings";
import { chainHead, verifyChain } from "../../../../src/domain/integrity/chain";
import { sealChain, sealEvent } from "../../../../src/domain/integrity/event-hash";
import { makeEvent, otherHash, textOf, withText } from "./chain-fixtures";

type Mutation =
  | { kind: "edit-text"; a: number; text: string }
  | { kind: "add-field"; a: number }
  | { kind: "shift-time"; a: number }
  | { kind: "set-hash"; a: number }
  | { kind: "set-previous"; a: number; toNull: boolean }
  | { kind: "unseal"; a: number }
  | { kind: "remove"; a: number }
  | { kind: "swap"; a: number; b: number }
  | { kind: "move"; a: number; b: number }
  | { kind: "duplicate"; a: number; b: number }
  | { kind: "fork"; a: number; b: number }
  | { kind: "foreign"; b: number }
  | { kind: "reseal"; a: number; text: string }
  // Undetectable from the chain alone; only used with an expected head.
  | { kind: "truncate"; a: number }
  | { kind: "reseal-last"; text: string }
  | { kind: "append"; text: string };

const index = fc.nat({ max: 1000 });
const text = fc.string({ unit: "binary", minLength: 1, maxLength: 20 });
const detectable: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("edit-text" as const), a: index, text }),
  fc.record({ kind: fc.constant("add-field" as const), a: index }),
  fc.record({ kind: fc.constant("shift-time" as const), a: index }),
  fc.record({ kind: fc.constant("set-hash" as const), a: index }),
  fc.record({ kind: fc.constant("set-previous" as const), a: index, toNull: fc.boolean() }),
  fc.record({ kind: fc.constant("unseal" as const), a: index }),
  fc.record({ kind: fc.constant("remove" as const), a: index }),
  fc.record({ kind: fc.constant("swap" as const), a: index, b: index }),
  fc.record({ kind: fc.constant("move" as const), a: index, b: index }),
  fc.record({ kind: fc.constant("duplicate" as const), a: index, b: index }),
  fc.record({ kind: fc.constant("fork" as const), a: index, b: index }),
  fc.record({ kind: fc.constant("foreign" as const), b: index }),
  fc.record({ kind: fc.constant("reseal" as const), a: index, text }),
);
const atTheEnd: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), a: index }),
  fc.record({ kind: fc.constant("reseal-last" as const), text }),
  fc.record({ kind: fc.constant("append" as const), text }),
);

const chainTexts = fc.array(fc.string({ unit: "binary", maxLength: 30 }), { minLength: 2, maxLength: 30 });
const sealedChain = (texts: readonly string[]): Promise<EvidenceEvent[]> =>
  sealChain(texts.map((t, i) => makeEvent(i, `${i}:${t}`)));

function at(events: readonly EvidenceEvent[], i: number): EvidenceEvent {
  const event = events[i];
  if (!event) throw new Error(`no event at ${i}`);
  return event;
}
const inserted = <T>(list: readonly T[], position: number, item: T): T[] => [
  ...list.slice(0, position),
  item,
  ...list.slice(position),
];
const replaced = <T>(list: readonly T[], position: number, item: T): T[] =>
  list.map((x, i) => (i === position ? item : x));
const differentText = (event: EvidenceEvent, wanted: string): string =>
  wanted === textOf(event) ? `${wanted}!` : wanted;

/** The tampered copy of `chain`, and the finding kinds that mutation must produce (undefined: any). */
async function apply(chain: EvidenceEvent[], m: Mutation): Promise<{ events: EvidenceEvent[]; kinds?: FindingKind[] }> {
  const n = chain.length;
  const last = at(chain, n - 1);
  const outsider = (previousHash: string | null, t = "forged") => sealEvent(makeEvent(1000, t), previousHash);
  switch (m.kind) {
    case "edit-text": {
      const i = m.a % n;
      const event = at(chain, i);
      return { events: replaced(chain, i, withText(event, differentText(event, m.text))), kinds: ["changed"] };
    }
    case "add-field": {
      const i = m.a % n;
      return { events: replaced(chain, i, { ...at(chain, i), extra: 0 } as unknown as EvidenceEvent), kinds: ["changed"] };
    }
    case "shift-time": {
      const i = m.a % n;
      const event = at(chain, i);
      const occurred = { ...event.occurred, at: event.occurred.at + 1 };
      return { events: replaced(chain, i, { ...event, occurred }), kinds: ["changed"] };
    }
    case "set-hash": {
      const i = m.a % n;
      const event = at(chain, i);
      return { events: replaced(chain, i, { ...event, hash: otherHash(event.hash) }), kinds: ["changed"] };
    }
    case "set-previous": {
      const i = m.a % n;
      const event = at(chain, i);
      const previousHash = m.toNull && event.previousHash !== null ? null : otherHash(event.previousHash);
      return { events: replaced(chain, i, { ...event, previousHash }) };
    }
    case "unseal": {
      const i = m.a % n;
      return { events: replaced(chain, i, { ...at(chain, i), hash: null }) };
    }
    case "remove": {
      const i = m.a % (n - 1); // not the last: see "truncate"
      return { events: chain.filter((_, k) => k !== i), kinds: ["removed"] };
    }
    case "swap": {
      const i = m.a % n;
      const j = (i + 1 + (m.b % (n - 1))) % n;
      const events = replaced(replaced(chain, i, at(chain, j)), j, at(chain, i));
      return { events, kinds: ["reordered"] };
    }
    case "move": {
      const i = m.a % n;
      const rest = chain.filter((_, k) => k !== i);
      const to = (i + 1 + (m.b % (n - 1))) % n;
      return { events: inserted(rest, to, at(chain, i)), kinds: ["reordered"] };
    }
    case "duplicate": {
      const i = m.a % n;
      return { events: inserted(chain, m.b % (n + 1), at(chain, i)), kinds: ["duplicated"] };
    }
    case "fork": {
      // Sealed onto the genesis (-1) or any event; onto the last event only where it cannot pass for a later event.
      const j = (m.a % (n + 1)) - 1;
      if (j === n - 1) {
        const intruder = await outsider(last.hash);
        return { events: inserted(chain, m.b % n, intruder), kinds: ["reordered"] };
      }
      const intruder = await outsider(j < 0 ? null : at(chain, j).hash);
      return { events: inserted(chain, m.b % (n + 1), intruder), kinds: ["forked", "inserted"] };
    }
    case "foreign": {
      const position = m.b % (n + 1);
      const intruder = await outsider("99".repeat(32));
      // At the end it looks like the last event after a gap: still reported, as "removed".
      return { events: inserted(chain, position, intruder), kinds: [position === n ? "removed" : "inserted"] };
    }
    case "reseal": {
      const i = m.a % (n - 1); // not the last: see "reseal-last"
      const event = at(chain, i);
      const resealed = await sealEvent(withText(event, differentText(event, m.text)), event.previousHash);
      return { events: replaced(chain, i, resealed), kinds: ["removed"] };
    }
    case "truncate":
      return { events: chain.slice(0, 1 + (m.a % (n - 1))) };
    case "reseal-last": {
      const resealed = await sealEvent(withText(last, differentText(last, m.text)), last.previousHash);
      return { events: replaced(chain, n - 1, resealed) };
    }
    case "append":
      return { events: [...chain, await outsider(last.hash, m.text)] };
  }
}

// Hashing hundreds of chains takes a moment on a busy machine; the default 5 s is too tight.
const SLOW = 60_000;

const kindsOf = (findings: readonly { kind: FindingKind }[]): FindingKind[] => findings.map((f) => f.kind);

describe("verifyChain properties", () => {
  it("always accepts an untouched sealed chain", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "binary", maxLength: 30 }), { maxLength: 30 }), async (texts) => {
        const chain = await sealedChain(texts);
        expect(await verifyChain(chain, { expectedHead: chainHead(chain) })).toEqual({ ok: true, findings: [] });
      }),
      { numRuns: 100 },
    );
  }, SLOW);

  it("reports any single tampering, with the finding it calls for", async () => {
    await fc.assert(
      fc.asyncProperty(chainTexts, detectable, async (texts, mutation) => {
        const chain = await sealedChain(texts);
        const { events, kinds } = await apply(chain, mutation);
        const report = await verifyChain(events);
        expect(report.ok).toBe(false);
        expect(report.findings.length).toBeGreaterThan(0);
        if (kinds) expect(kindsOf(report.findings)).toEqual(kinds);
      }),
      { numRuns: 400 },
    );
  }, SLOW);

  it("passes truncation and look-alike later events, which only the expected head reveals", async () => {
    await fc.assert(
      fc.asyncProperty(chainTexts, atTheEnd, async (texts, mutation) => {
        const chain = await sealedChain(texts);
        const { events } = await apply(chain, mutation);
        expect((await verifyChain(events)).ok).toBe(true);
        const report = await verifyChain(events, { expectedHead: chainHead(chain) });
        expect(kindsOf(report.findings)).toEqual(["head-mismatch"]);
      }),
      { numRuns: 100 },
    );
  }, SLOW);

  it("reports every tampering when the expected head is known", async () => {
    await fc.assert(
      fc.asyncProperty(chainTexts, fc.oneof(detectable, atTheEnd), async (texts, mutation) => {
        const chain = await sealedChain(texts);
        const { events } = await apply(chain, mutation);
        expect((await verifyChain(events, { expectedHead: chainHead(chain) })).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, SLOW);
});
