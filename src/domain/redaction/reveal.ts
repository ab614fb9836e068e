// Revealing a hidden value later, to one person (a judge, an ombudsman): the person gives them an
// entry of the reveal file kept at export time (the value and its seeds), and anyone can check it
// against the commitment that the signed bundle shows in its place. One entry reveals one value
// and nothing else: each value has its own seed.
import { z } from "zod";
import { leafCommitment, saltedCommitment, seedFromHex, textSegments, toHex } from "../integrity/commitments";
import { sealsWithCommitments } from "../integrity/event-hash";
import { isHiddenRun, isHiddenValue, isPartlyHiddenText } from "../integrity/sealed-form";
import { HiddenCategory, parsePath } from "./redaction-model";
import { valueAt, type RevealEntry } from "./redact";

export const REVEAL_FORMAT = "receipts.reveal";

export const RevealFile = z.object({
  format: z.literal(REVEAL_FORMAT),
  formatVersion: z.literal(1),
  /** The case the bundle is about. */
  caseId: z.string().max(64),
  values: z
    .array(
      z.object({
        eventId: z.string().max(64),
        path: z.string().max(2000),
        run: z.number().int().nonnegative().optional(),
        category: HiddenCategory,
        value: z.unknown(),
        seeds: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1).max(1_000_000),
      }),
    )
    .max(100_000),
});
export type RevealFile = z.infer<typeof RevealFile>;

export function revealFile(caseId: string, values: readonly RevealEntry[]): RevealFile {
  return { format: REVEAL_FORMAT, formatVersion: 1, caseId, values: [...values] };
}

export type RevealOutcome =
  | { ok: true }
  | { ok: false; reason: "no-such-event" | "not-hidden" | "mismatch" };

/** Whether `entry` is the value hidden at its place in `events` (case.json's events). */
export function checkReveal(events: readonly unknown[], entry: RevealEntry): RevealOutcome {
  const event = events.find((e) => e !== null && typeof e === "object" && (e as { id?: unknown }).id === entry.eventId) as Record<string, unknown> | undefined;
  if (!event) return { ok: false, reason: "no-such-event" };
  const path = parsePath(entry.path);
  const hidden = path ? valueAt(event, path) : undefined;
  const seeds = entry.seeds.map(seedFromHex);
  if (seeds.some((s) => s === null)) return { ok: false, reason: "mismatch" };
  const salts = seeds as Uint8Array[];
  try {
    if (entry.run === undefined) {
      if (!isHiddenValue(hidden) || salts.length !== 1) return { ok: false, reason: "not-hidden" };
      const salt = salts[0] as Uint8Array;
      const commitment = sealsWithCommitments(event) ? leafCommitment(salt, entry.value) : saltedCommitment(salt, entry.value);
      return toHex(commitment) === hidden.commitment ? { ok: true } : { ok: false, reason: "mismatch" };
    }
    if (!isPartlyHiddenText(hidden) || typeof entry.value !== "string") return { ok: false, reason: "not-hidden" };
    const run = hidden.redactedText.filter(isHiddenRun)[entry.run];
    if (!run) return { ok: false, reason: "not-hidden" };
    // One salt for the whole run (v1, or a run of one segment), else one per segment.
    const texts = salts.length === 1 ? [entry.value] : textSegments(entry.value);
    if (texts.length !== salts.length || salts.length !== run.commitments.length) return { ok: false, reason: "mismatch" };
    return texts.every((text, i) => toHex(saltedCommitment(salts[i] as Uint8Array, text)) === run.commitments[i]) ? { ok: true } : { ok: false, reason: "mismatch" };
  } catch {
    return { ok: false, reason: "mismatch" };
  }
}
