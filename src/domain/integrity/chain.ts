// Verifies one case's hash chain and says precisely what is wrong and where. Steps 2–6 are
// computed by chain-shape.ts; this file hashes, orders and words the findings.
//
// Each sealed event carries `hash` (over its content, previousHash included) and `previousHash`
// (the hash of the event sealed before it; null for the case's first event, the genesis). The
// links alone define the true order; the stored order is only a claim to check against them.
//
// Algorithm, for events in stored order:
//  1. Content. Recompute every hash. `hash` null → "unsealed" (left out of the link checks: nothing
//     can have been sealed after it). Recomputed ≠ stored → "changed". Content that is not even
//     canonical JSON → "changed" with no computed hash.
//  2. Copies. Events with the same content (same recomputed hash) are one event: the copy stored
//     right after its predecessor (else the first) is kept, the others are reported "duplicated"
//     and set aside, so a copy is not mistaken for a fork or a reordering.
//  3. Links. Each event's previousHash is looked up among the remaining events, first by their
//     recomputed hashes, then by their stored ones (a changed event still stands where its old
//     hash says; an event whose `hash` field alone was edited is still found by its content). A
//     link is: to the genesis (null), to a present event, or to a missing one.
//  4. Forks. Two or more events claiming the same predecessor → "forked".
//  5. Rebuild the chain. Links form a forest (one predecessor each); rooted at the genesis or at
//     events whose predecessor is missing. From a root, follow successors; at a fork continue with
//     the successor that carries the most events after it (ties: the one stored first after its
//     predecessor, as an honest store would have put it) and set the other branches aside.
//     The main segment starts at the genesis (the largest tree if several events claim to be
//     first). Every missing-predecessor root starts a further segment. (Loops can only come from
//     changed events; the first stored event of a loop is treated as a root with a missing link.)
//  6. Classify. A further segment is an insertion, not a continuation after a gap, when it is
//     stored inside a link of another segment (the chain runs from the event before it straight
//     to the event after it) or before the genesis (nothing can come before the first event).
//     Events on set-aside branches and such segments → "inserted". Each remaining further
//     segment → "removed": at least one event is missing right before its first event.
//  7. Order. The rebuilt chain is the main segment followed by the further segments in stored
//     order. If the stored order of those events differs, → "reordered", naming the fewest events
//     that must move (those outside a longest increasing subsequence of chain positions).
//  8. Head. With a manifest's expected head (last hash and count) → "head-mismatch" if different.
//
// Limits, inherent to a chain without a signed head:
// - Events cut off the end, the last event replaced and resealed, or an event sealed onto the last
//   one and appended all leave a chain that is valid on its own; only an expected head from a
//   signed manifest shows them (step 8).
// - An event replaced and resealed in the middle reads as "removed" before its successor: the
//   successor follows a hash no event has. An outsider appended at the end with an unknown
//   previousHash reads the same way. Both are reported; which story is true the chain cannot say.
// - When two branches of a fork are equally long, which one is "inserted" is a guess (step 5);
//   the "forked" finding names both.
import type { EvidenceEvent } from "../evidence";
import type { ChainHead, ChainReport, EventRef, Finding, Misplacement } from "./chain-findings";
import { chainShape } from "./chain-shape";
import { sha256HexNow } from "./commitments";
import { eventHashInputWithTally, NotRecomputableError, sealsWithCommitments } from "./event-hash";
import { sha256Hex } from "./sha256";
import { longestIncreasingPositions } from "./increasing-subsequence";

export interface VerifyChainOptions {
  /** The head a signed manifest recorded; without it, events cut off the end go unnoticed. */
  expectedHead?: ChainHead;
}

/** The head of a chain as stored: the last event's hash and the number of events. */
export function chainHead(events: readonly EvidenceEvent[]): ChainHead {
  return { hash: events[events.length - 1]?.hash ?? null, count: events.length };
}

/**
 * Checks one case's events, given in stored order. Hash each event once; never throws on bad content.
 * Events exported with hidden values are checked too: a v2 event's hash is recomputed from what it
 * shows and the commitments of what it hides; a v1 event with hidden values cannot be, and its
 * stated hash is taken as it is (listed in `vouched`, so the reader is told).
 */
export async function verifyChain(
  events: readonly EvidenceEvent[],
  options: VerifyChainOptions = {},
): Promise<ChainReport> {
  const ref = (i: number): EventRef => ({ index: i, eventId: events[i]?.id ?? "" });

  // 1. Content.
  const hashed = await Promise.all(events.map(hashOrNull));
  const vouched: EventRef[] = [];
  let hiddenValues = 0;
  const computed = hashed.map((h, i) => {
    hiddenValues += h.hidden;
    if (h.vouched) vouched.push(ref(i));
    return h.vouched ? (events[i]?.hash ?? null) : h.hash;
  });
  const contentFindings: Finding[] = [];
  events.forEach((event, i) => {
    const actual = computed[i] ?? null;
    if (actual === null) {
      contentFindings.push({ kind: "changed", event: ref(i), storedHash: event.hash, computedHash: null });
    } else if (event.hash === null) {
      contentFindings.push({ kind: "unsealed", event: ref(i) });
    } else if (actual !== event.hash) {
      contentFindings.push({ kind: "changed", event: ref(i), storedHash: event.hash, computedHash: actual });
    }
  });

  // 2–6. Copies, links, forks, the rebuilt chain, gaps and insertions.
  const shape = chainShape(
    events.map((e, i) => ({ storedHash: e.hash, computedHash: computed[i] ?? null, previousHash: e.previousHash })),
  );
  const position = new Map(shape.line.map((node, k) => [node, k]));
  const belongsAfter = (node: number): EventRef | null => {
    const k = position.get(node) ?? 0;
    return k > 0 ? ref(shape.line[k - 1] as number) : null;
  };

  // 7. Order: the fewest events that must move for the stored order to follow the chain.
  const stored = [...shape.line].sort((a, b) => a - b);
  const keep = new Set(longestIncreasingPositions(stored.map((node) => position.get(node) ?? 0)));
  const misplaced: Misplacement[] = stored
    .filter((_, k) => !keep.has(k))
    .map((node) => ({ event: ref(node), belongsAfter: belongsAfter(node) }));

  // 8. Head.
  const expected = options.expectedHead;
  const actual = chainHead(events);
  const headFindings: Finding[] =
    expected !== undefined && (expected.hash !== actual.hash || expected.count !== actual.count)
      ? [{ kind: "head-mismatch", expected, actual }]
      : [];

  const findings: Finding[] = [
    ...contentFindings,
    ...shape.copies.map((c): Finding => ({ kind: "duplicated", event: ref(c.kept), copies: c.copies.map(ref) })),
    ...shape.forks.map(
      (f): Finding => ({
        kind: "forked",
        predecessor: f.predecessor === null ? null : ref(f.predecessor),
        predecessorHash: f.predecessorHash,
        successors: f.successors.map(ref),
      }),
    ),
    ...shape.gaps.map(
      (g): Finding => ({ kind: "removed", before: ref(g.first), after: belongsAfter(g.first), missingHash: g.missingHash }),
    ),
    ...shape.offLine.map(
      (i): Finding => ({ kind: "inserted", event: ref(i), claimedPreviousHash: events[i]?.previousHash ?? null }),
    ),
    ...(misplaced.length > 0 ? [{ kind: "reordered", misplaced } as const] : []),
    ...headFindings,
  ];
  return { ok: findings.length === 0, findings, ...(hiddenValues > 0 ? { hiddenValues } : {}), ...(vouched.length > 0 ? { vouched } : {}) };
}

async function hashOrNull(event: EvidenceEvent): Promise<{ hash: string | null; hidden: number; vouched: boolean }> {
  try {
    const { text, hidden } = eventHashInputWithTally(event);
    // A v2 event was hashed value by value already: its last hash is done here too, without a promise each.
    return { hash: sealsWithCommitments(event) ? sha256HexNow(text) : await sha256Hex(text), hidden, vouched: false };
  } catch (error) {
    // v1 with hidden values: its hidden values were counted by its own list.
    if (error instanceof NotRecomputableError) return { hash: null, hidden: (event as { redactions?: unknown[] }).redactions?.length ?? 0, vouched: true };
    return { hash: null, hidden: 0, vouched: false }; // not canonical JSON, or a broken opening: reported as changed
  }
}
