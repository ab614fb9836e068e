// Makes the copy of a case's events that an export shows when the person hides values: the sealed
// originals are never touched. Each hidden value becomes a salted commitment:
//   - a v2 event: the commitment it was sealed with (commitments.ts), and its `opening` reveals the
//     seeds of everything shown, so anyone still recomputes its hash; hidden seeds are left out;
//   - a v1 event: a commitment made now with a fresh random salt, and no opening: its hash can no
//     longer be recomputed, and the verifiers say its content is vouched for by the signature only.
// Parts of a text are hidden by whole segments (commitments.ts): a selection hides every segment it
// touches. What it takes to reveal a hidden value later (its value and its seeds) is returned apart,
// for the person to keep: never in the export.
import type { EvidenceEvent } from "../evidence";
import {
  canonicalKeys,
  childSeed,
  committedMembers,
  leafCommitment,
  newSeed,
  saltedCommitment,
  seedFromHex,
  textSegments,
  toHex,
} from "../integrity/commitments";
import { sealsWithCommitments } from "../integrity/event-hash";
import { pathText, type HiddenCategory, type RedactedEvent, type RedactionEntry, type RedactionLogEntry, type ValuePath } from "./redaction-model";

/** What the person chose to hide: a whole value, or a range of a text (UTF-16 offsets, end excluded). */
export interface Hide {
  eventId: string;
  path: ValuePath;
  category: HiddenCategory;
  range?: { start: number; end: number };
}

/** What reveals one hidden value (or one hidden run of a text) later: give it to whoever must see it. */
export interface RevealEntry {
  eventId: string;
  path: string;
  /** For a run of a text: its position among the text's hidden runs (0-based). */
  run?: number;
  category: HiddenCategory;
  /** The hidden value (for a run: the hidden text). */
  value: unknown;
  /** Its seed (a whole value, a v1 run) or its segments' seeds (a v2 run), hex. */
  seeds: string[];
}

export type ExportedEvent = EvidenceEvent | RedactedEvent;

export interface Redaction {
  events: ExportedEvent[];
  log: RedactionLogEntry[];
  reveals: RevealEntry[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isLeaf(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** The value at `path` in `root`, or undefined. */
export function valueAt(root: unknown, path: ValuePath): unknown {
  let value = root;
  for (const step of path) {
    if (Array.isArray(value) && typeof step === "number") value = value[step];
    else if (isRecord(value) && typeof step === "string" && Object.hasOwn(value, step)) value = value[step];
    else return undefined;
  }
  return value;
}

function setAt(root: Record<string, unknown>, path: ValuePath, replacement: unknown): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
}

/**
 * Sets the leaf at `path` in a copy of an event, copying the objects and arrays along the path the
 * first time (`copied` remembers which are copies): the original event is never written to, and what
 * is not on a hidden value's path is shared, not copied.
 */
function setInCopy(copy: Record<string, unknown>, path: ValuePath, replacement: unknown, copied: Set<object>): void {
  let node = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) {
    const child = node[step] as Record<string | number, unknown>;
    if (!copied.has(child)) {
      const own = (Array.isArray(child) ? [...child] : { ...child }) as Record<string | number, unknown>;
      copied.add(own);
      node[step] = own;
      node = own;
    } else node = child;
  }
  node[path[path.length - 1] as string | number] = replacement;
}

interface PlannedValue {
  path: ValuePath;
  /** null: the whole value; else the category of each segment, null where shown. */
  segments: Array<HiddenCategory | null> | null;
  category: HiddenCategory;
}

/** Merges the hides of one event: per value, whole or by segment; nothing under a value hidden whole twice. */
function planFor(event: EvidenceEvent, hides: readonly Hide[]): PlannedValue[] {
  const byPath = new Map<string, PlannedValue>();
  for (const hide of hides) {
    const [member] = hide.path;
    if (typeof member !== "string" || !committedMembers(event).includes(member)) continue;
    const value = valueAt(event, hide.path);
    if (value === undefined || !isLeaf(value)) continue;
    const key = pathText(hide.path);
    const segments = typeof value === "string" ? textSegments(value) : [];
    let planned = byPath.get(key);
    if (!planned) {
      planned = { path: [...hide.path], segments: segments.length > 1 ? segments.map(() => null) : null, category: hide.category };
      byPath.set(key, planned);
    }
    // A value hidden whole stays whole, whatever else is asked of it (in the first hide's category).
    if (!hide.range || planned.segments === null) {
      planned.segments = null;
      continue;
    }
    const { start, end } = hide.range;
    if (!(end > start)) continue;
    let at = 0;
    segments.forEach((segment, i) => {
      const from = at;
      at += segment.length;
      if (from < end && start < at && planned.segments) planned.segments[i] ??= hide.category;
    });
  }
  const planned = [...byPath.values()].filter((p) => p.segments === null || p.segments.some((c) => c !== null));
  // A text hidden in every segment is hidden whole.
  for (const p of planned) if (p.segments?.every((c) => c !== null)) p.segments = null;
  return planned.sort((a, b) => (pathText(a.path) < pathText(b.path) ? -1 : 1));
}

/** Expands the opening along `path` (a seed becomes its children's seeds) and returns the leaf's seed. */
function openAlong(opening: Record<string, unknown>, event: Record<string, unknown>, path: ValuePath): Uint8Array {
  let node = opening as Record<string | number, unknown>;
  let value: unknown = event;
  for (const [k, step] of path.entries()) {
    value = (value as Record<string | number, unknown>)[step];
    let child = node[step];
    if (k === path.length - 1) break;
    if (typeof child === "string") {
      const seed = seedFromHex(child) as Uint8Array;
      child = Array.isArray(value)
        ? value.map((_, i) => toHex(childSeed(seed, i)))
        : Object.fromEntries(canonicalKeys(value as object).map((key, i) => [key, toHex(childSeed(seed, i))]));
      node[step] = child;
    }
    node = child as Record<string | number, unknown>;
  }
  const leaf = seedFromHex(node[path[path.length - 1] as string | number]);
  if (!leaf) throw new Error(`No seed at ${pathText(path)}.`);
  return leaf;
}

/** The runs of a segmented text: consecutive segments shown, or hidden with the same category. */
function runsOf(hidden: ReadonlyArray<HiddenCategory | null>): Array<{ category: HiddenCategory | null; first: number; count: number }> {
  const runs: Array<{ category: HiddenCategory | null; first: number; count: number }> = [];
  hidden.forEach((category, i) => {
    const last = runs[runs.length - 1];
    if (last && last.category === category) last.count++;
    else runs.push({ category, first: i, count: 1 });
  });
  return runs;
}

function redactOne(event: EvidenceEvent, plan: readonly PlannedValue[], reveals: RevealEntry[]): RedactedEvent {
  const copy = { ...event } as unknown as Record<string, unknown>;
  const copied = new Set<object>([copy]);
  const v2 = sealsWithCommitments(event);
  const eventSeed = v2 ? seedFromHex(event.opening) : null;
  if (v2 && !eventSeed) throw new Error(`Event ${event.id} has no seed: it cannot be shown with hidden values.`);
  // The opening starts as the seeds of the committed members, and opens further along each hidden value's path.
  const opening: Record<string, unknown> = {};
  if (eventSeed) committedMembers(copy).forEach((key, i) => (opening[key] = toHex(childSeed(eventSeed, i))));
  const entries: RedactionEntry[] = [];
  for (const planned of plan) {
    const value = valueAt(event, planned.path);
    const where = pathText(planned.path);
    const seed = eventSeed ? openAlong(opening, event as unknown as Record<string, unknown>, planned.path) : null;
    if (planned.segments === null) {
      const salt = seed ?? (seedFromHex(newSeed()) as Uint8Array);
      const commitment = seed ? leafCommitment(seed, value) : saltedCommitment(salt, value);
      setInCopy(copy, planned.path, { redacted: planned.category, commitment: toHex(commitment) }, copied);
      if (seed) setAt(opening, planned.path, null);
      entries.push({ path: where, category: planned.category, part: false });
      reveals.push({ eventId: event.id, path: where, category: planned.category, value, seeds: [toHex(salt)] });
      continue;
    }
    const segments = textSegments(value as string);
    const segmentSeeds = seed ? segments.map((_, i) => childSeed(seed, i)) : [];
    const parts: unknown[] = [];
    let run = 0;
    for (const r of runsOf(planned.segments)) {
      const text = segments.slice(r.first, r.first + r.count).join("");
      if (r.category === null) {
        parts.push(text);
        continue;
      }
      if (seed) {
        const seeds = segmentSeeds.slice(r.first, r.first + r.count);
        parts.push({ redacted: r.category, commitments: seeds.map((s, i) => toHex(saltedCommitment(s, segments[r.first + i]))) });
        reveals.push({ eventId: event.id, path: where, run, category: r.category, value: text, seeds: seeds.map(toHex) });
      } else {
        const salt = seedFromHex(newSeed()) as Uint8Array;
        parts.push({ redacted: r.category, commitments: [toHex(saltedCommitment(salt, text))] });
        reveals.push({ eventId: event.id, path: where, run, category: r.category, value: text, seeds: [toHex(salt)] });
      }
      entries.push({ path: where, category: r.category, part: true });
      run++;
    }
    setInCopy(copy, planned.path, { redactedText: parts }, copied);
    if (seed) setAt(opening, planned.path, planned.segments.map((c, i) => (c === null ? toHex(segmentSeeds[i] as Uint8Array) : null)));
  }
  delete copy.opening;
  return { ...(copy as unknown as RedactedEvent), ...(eventSeed ? { opening } : {}), redacted: true, redactions: entries };
}

/**
 * The events as an export shows them with `hides` applied: events with nothing hidden are the
 * originals, the others redacted copies. The log names each hidden value (never the value); the
 * reveals are for the person alone.
 */
export function redactEvents(events: readonly EvidenceEvent[], hides: readonly Hide[]): Redaction {
  const steps = redactionSteps(events, hides, Infinity);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** The same, a slice of events at a time with a pause between slices, so the page building an export stays responsive. */
export async function redactEventsInSteps(events: readonly EvidenceEvent[], hides: readonly Hide[], pause: () => Promise<void>, perStep = 500): Promise<Redaction> {
  const steps = redactionSteps(events, hides, perStep);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

function* redactionSteps(events: readonly EvidenceEvent[], hides: readonly Hide[], perStep: number): Generator<void, Redaction> {
  const byEvent = new Map<string, Hide[]>();
  for (const hide of hides) {
    const list = byEvent.get(hide.eventId);
    if (list) list.push(hide);
    else byEvent.set(hide.eventId, [hide]);
  }
  const log: RedactionLogEntry[] = [];
  const reveals: RevealEntry[] = [];
  const out: ExportedEvent[] = [];
  let done = 0;
  for (const [eventIndex, event] of events.entries()) {
    const wanted = byEvent.get(event.id);
    const plan = wanted ? planFor(event, wanted) : [];
    if (plan.length === 0) {
      out.push(event);
      continue;
    }
    const redacted = redactOne(event, plan, reveals);
    for (const entry of redacted.redactions) log.push({ eventId: event.id, eventIndex, ...entry, sealing: sealsWithCommitments(event) ? 2 : 1 });
    out.push(redacted);
    if (++done % perStep === 0) yield;
  }
  return { events: out, log, reveals };
}

export function isRedactedEvent(event: unknown): event is RedactedEvent {
  return isRecord(event) && event.redacted === true;
}
