// Hidden values: events sealed in format v2 over salted commitments, redacted copies that still
// verify, v1 events that can only be vouched for, and reveals of one value at a time.
import { beforeAll, describe, expect, it } from "vitest";
import { EvidenceEvent } from "../../../../src/domain/evidence";
import { verifyChain } from "../../../../src/domain/integrity/chain";
import { childSeed, leafCommitment, saltedCommitment, seedFromHex, SEED_BYTES, textSegments, toHex } from "../../../../src/domain/integrity/commitments";
import { canonicalize } from "../../../../src/domain/integrity/canonical-json";
import { eventHash, eventHashInput, sealChain } from "../../../../src/domain/integrity/event-hash";
import { sha256Hex } from "../../../../src/domain/integrity/sha256";
import { redactEvents, valueAt, type Hide } from "../../../../src/domain/redaction/redact";
import { checkReveal } from "../../../../src/domain/redaction/reveal";
import { parsePath, pathText } from "../../../../src/domain/redaction/redaction-model";
import { shownEvent } from "../../../../src/domain/redaction/shown-event";

const PHONE = "06 12 34 56 78";
const EMAIL = "marc.dupont@example.org";
const MESSAGE = `Hello, I am Marc Dupont. Call me at ${PHONE} or write to ${EMAIL}, thank you.`;
const moment = (i: number) => ({ at: Date.UTC(2025, 2, 3, 9, i), timeZone: "Europe/Paris" });
const collection = { method: "automatic", extensionVersion: "0.2.0", browser: "chrome", browserVersion: "130", collector: "Marc Dupont" };

function events(v: 1 | 2): EvidenceEvent[] {
  const base = (i: number) => ({ v, id: `evt-${v}-${String(i).padStart(4, "0")}`, caseId: "case-redact-01", recorded: moment(i), occurred: moment(i), collection, hash: null, previousHash: null });
  return [
    EvidenceEvent.parse({
      ...base(0),
      kind: "contact-attempt",
      source: { url: "https://www.yellow-telecom.test/contact", title: "Contact", frameOrigin: "https://www.yellow-telecom.test" },
      payload: {
        channel: "web-form",
        fields: [
          { label: "Nom", name: "nom", type: "text", value: "Marc Dupont", length: 11 },
          { label: "Téléphone", name: "tel", type: "tel", value: PHONE, length: PHONE.length },
          { label: "Message", name: "message", type: "textarea", value: MESSAGE, length: MESSAGE.length },
        ],
      },
    }),
    EvidenceEvent.parse({ ...base(1), kind: "message", payload: { conversationId: "c-1", side: "agent", author: "Julie", text: "We will call you tomorrow." } }),
    EvidenceEvent.parse({ ...base(2), kind: "note", payload: { text: `Called back on ${PHONE}.` } }),
  ];
}

const offsetOf = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

function hides(list: EvidenceEvent[]): Hide[] {
  const [attempt, , note] = list as [EvidenceEvent, EvidenceEvent, EvidenceEvent];
  return [
    { eventId: attempt.id, path: ["payload", "fields", 0, "value"], category: "name" },
    { eventId: attempt.id, path: ["payload", "fields", 1, "value"], category: "phone" },
    { eventId: attempt.id, path: ["payload", "fields", 2, "value"], category: "phone", range: offsetOf(MESSAGE, PHONE) },
    { eventId: attempt.id, path: ["payload", "fields", 2, "value"], category: "email", range: offsetOf(MESSAGE, EMAIL) },
    { eventId: attempt.id, path: ["payload", "fields", 2, "value"], category: "name", range: offsetOf(MESSAGE, "Marc Dupont") },
    { eventId: note.id, path: ["payload", "text"], category: "phone", range: offsetOf(`Called back on ${PHONE}.`, PHONE) },
    ...list.map((e): Hide => ({ eventId: e.id, path: ["collection", "collector"], category: "name" })),
  ];
}

let v1: EvidenceEvent[];
let v2: EvidenceEvent[];
beforeAll(async () => {
  v1 = await sealChain(events(1));
  v2 = await sealChain(events(2));
});

const json = (value: unknown) => JSON.stringify(value);
/** Sets the value at `path` in a parsed copy (what someone editing case.json by hand does). */
function put(root: unknown, path: ReadonlyArray<string | number>, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = value;
}

describe("sealing in format v2", () => {
  it("gives each event a fresh 32-byte seed, kept in its opening and never hashed", async () => {
    const seeds = v2.map((e) => e.opening);
    for (const seed of seeds) expect(seedFromHex(seed)?.length).toBe(SEED_BYTES);
    expect(new Set(seeds).size).toBe(seeds.length);
    const event = v2[0] as EvidenceEvent;
    expect(eventHashInput(event)).not.toContain(event.opening as string);
    // Another seed, same content: another hash.
    expect(await eventHash({ ...event, opening: "ab".repeat(32) })).not.toBe(event.hash);
  });

  it("hashes commitments, not values: the phone number is nowhere in what is hashed", () => {
    const input = eventHashInput(v2[0] as EvidenceEvent);
    expect(input).not.toContain(PHONE);
    expect(input).not.toContain("Marc");
    // The envelope is as in v1: id, case, times, kind, previous hash in clear.
    expect(input).toContain(`"id":"${(v2[0] as EvidenceEvent).id}"`);
  });

  it("derives a different salt for every value, and for every segment of a text", () => {
    const seed = seedFromHex((v2[0] as EvidenceEvent).opening) as Uint8Array;
    const salts = Array.from({ length: 200 }, (_, i) => toHex(childSeed(seed, i)));
    expect(new Set(salts).size).toBe(200);
    expect(salts.every((s) => s.length === 64)).toBe(true);
  });

  it("cuts a text into segments that tile it", () => {
    expect(textSegments("Call me at +33 6 12, ok?")).toEqual(["Call ", "me ", "at ", "+33 ", "6 ", "12, ", "ok?"]);
    expect(textSegments("  «Bonjour» — (555) x")).toEqual(["  «", "Bonjour» ", "— (", "555) ", "x"]);
    expect(textSegments("jeanne.martin@example.org.")).toEqual(["jeanne.", "martin@", "example.", "org."]);
    for (const text of [MESSAGE, "", "日本語のテキスト 123", "a👍b c", " — ", "x\n\n- y", "((a))"]) {
      const segments = textSegments(text);
      expect(segments.join("")).toBe(text);
      // Any run of whole segments is cut again into the same segments.
      for (let i = 0; i < segments.length; i++) for (let j = i + 1; j <= segments.length; j++) expect(textSegments(segments.slice(i, j).join(""))).toEqual(segments.slice(i, j));
    }
  });

  it("verifies a chain of v1 events followed by v2 events (an installation that was updated)", async () => {
    const mixed = await sealChain([...events(1), ...events(2)]);
    expect(mixed.map((e) => e.v)).toEqual([1, 1, 1, 2, 2, 2]);
    expect(await verifyChain(mixed)).toEqual({ ok: true, findings: [] });
    // A v1 event still hashes as it always did: canonical JSON without its hash.
    const { hash: _hash, ...rest } = mixed[0] as EvidenceEvent;
    expect(mixed[0]?.hash).toBe(await sha256Hex(canonicalize(rest)));
  });

  it("finds a changed value in a v2 event, and a v2 event passed off as v1", async () => {
    const changed = v2.map((e, i) => (i === 1 ? ({ ...e, payload: { ...e.payload, text: "We never said that." } } as EvidenceEvent) : e));
    expect((await verifyChain(changed)).findings).toMatchObject([{ kind: "changed", event: { index: 1 } }]);
    const relabelled = v2.map((e, i) => (i === 2 ? ({ ...e, v: 1, opening: undefined } as unknown as EvidenceEvent) : e));
    expect((await verifyChain(relabelled)).findings[0]).toMatchObject({ kind: "changed", event: { index: 2 } });
  });
});

describe("a redacted copy of v2 events", () => {
  it("still verifies in full, counting the hidden values", async () => {
    const { events: copy, log } = redactEvents(v2, hides(v2));
    const report = await verifyChain(JSON.parse(json(copy)) as EvidenceEvent[], { expectedHead: { hash: v2.at(-1)?.hash ?? null, count: 3 } });
    expect(report).toEqual({ ok: true, findings: [], hiddenValues: 9 });
    expect(log.map((l) => [l.eventIndex, l.path, l.category, l.part, l.sealing])).toEqual([
      [0, "collection.collector", "name", false, 2],
      [0, "payload.fields[0].value", "name", false, 2],
      [0, "payload.fields[1].value", "phone", false, 2],
      [0, "payload.fields[2].value", "name", true, 2],
      [0, "payload.fields[2].value", "phone", true, 2],
      [0, "payload.fields[2].value", "email", true, 2],
      [1, "collection.collector", "name", false, 2],
      [2, "collection.collector", "name", false, 2],
      [2, "payload.text", "phone", true, 2],
    ]);
  });

  it("never changes the sealed originals", () => {
    const before = json(v2);
    redactEvents(v2, hides(v2));
    expect(json(v2)).toBe(before);
  });

  it("holds neither the hidden values nor their seeds, nor the events' own seeds", () => {
    const { events: copy, reveals } = redactEvents(v2, hides(v2));
    const text = json(copy);
    for (const secret of [PHONE, EMAIL, "Marc", "Dupont", "12 34"]) expect(text).not.toContain(secret);
    for (const reveal of reveals) for (const seed of reveal.seeds) expect(text).not.toContain(seed);
    for (const event of v2) expect(text).not.toContain(event.opening as string);
    // What is shown is still there, word for word.
    expect(text).toContain('"Hello, I am "');
    expect(text).toContain("We will call you tomorrow.");
  });

  it("gives the same phone number a different commitment in each place (no linking, no dictionary)", () => {
    const { events: copy } = redactEvents(v2, hides(v2));
    const first = valueAt(copy[0], ["payload", "fields", 1, "value"]) as { commitment: string };
    const unsalted = toHex(saltedCommitment(new Uint8Array(0), PHONE));
    expect(first.commitment).not.toBe(unsalted);
    const inText = valueAt(copy[2], ["payload", "text"]) as { redactedText: unknown[] };
    expect(json(inText)).not.toContain(first.commitment);
  });

  it("shows a partly hidden text with its shown words and a label per hidden run", () => {
    const { events: copy } = redactEvents(v2, hides(v2));
    const label = (c: string) => `[hidden: ${c}]`;
    const shown = shownEvent(copy[0] as EvidenceEvent, label);
    expect(shown.kind === "contact-attempt" && shown.payload.fields.map((f) => f.value)).toEqual([
      "[hidden: name]",
      "[hidden: phone]",
      "Hello, I am [hidden: name] Call me at [hidden: phone] or write to [hidden: email] thank you.",
    ]);
    expect(shownEvent(copy[1] as EvidenceEvent, label).collection.collector).toBe("[hidden: name]");
  });

  it("is caught when a shown word, a commitment, a seed or the order is changed", async () => {
    const copy = () => JSON.parse(json(redactEvents(v2, hides(v2)).events)) as EvidenceEvent[];
    const word = copy();
    put(word, [0, "payload", "fields", 2, "value", "redactedText", 0], "Hello, you are ");
    expect((await verifyChain(word)).findings).toMatchObject([{ kind: "changed", event: { index: 0 } }]);
    const commitment = copy();
    put(commitment, [0, "payload", "fields", 1, "value", "commitment"], "0".repeat(64));
    expect((await verifyChain(commitment)).findings).toMatchObject([{ kind: "changed", event: { index: 0 } }]);
    const seed = copy();
    put(seed, [1, "opening", "payload"], "1".repeat(64));
    expect((await verifyChain(seed)).findings).toMatchObject([{ kind: "changed", event: { index: 1 } }]);
    const swapped = copy();
    swapped.splice(1, 2, swapped[2] as EvidenceEvent, swapped[1] as EvidenceEvent);
    expect((await verifyChain(swapped)).findings.map((f) => f.kind)).toEqual(["reordered"]);
  });

  it("cannot hide a value whose seed it then shows: a hidden value with a seed fails", async () => {
    const copy = JSON.parse(json(redactEvents(v2, hides(v2)).events)) as EvidenceEvent[];
    put(copy, [0, "opening", "payload", "fields", 1, "value"], "2".repeat(64));
    expect((await verifyChain(copy)).findings).toMatchObject([{ kind: "changed", event: { index: 0 } }]);
  });
});

describe("a redacted copy of v1 events", () => {
  it("keeps the chain's links checked, and says which events only the signature vouches for", async () => {
    const { events: copy, log } = redactEvents(v1, hides(v1));
    const report = await verifyChain(JSON.parse(json(copy)) as EvidenceEvent[], { expectedHead: { hash: v1.at(-1)?.hash ?? null, count: 3 } });
    expect(report.ok).toBe(true);
    expect(report.vouched?.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(report.hiddenValues).toBe(9);
    expect(new Set(log.map((l) => l.sealing))).toEqual(new Set([1]));
    expect(json(copy)).not.toContain(PHONE);
  });

  it("still names a removed or reordered event around them", async () => {
    const copy = JSON.parse(json(redactEvents(v1, hides(v1)).events)) as EvidenceEvent[];
    const removed = await verifyChain([copy[0], copy[2]] as EvidenceEvent[]);
    expect(removed.findings.map((f) => f.kind)).toEqual(["removed"]);
  });

  it("leaves an unredacted v1 event checked as before", async () => {
    const { events: copy } = redactEvents(v1, [{ eventId: (v1[2] as EvidenceEvent).id, path: ["payload", "text"], category: "phone" }]);
    const report = await verifyChain(copy as EvidenceEvent[]);
    expect(report.vouched?.map((r) => r.index)).toEqual([2]);
    const changed = [{ ...(copy[0] as EvidenceEvent), id: "evt-forged-0001" }, copy[1], copy[2]] as EvidenceEvent[];
    expect((await verifyChain(changed)).findings[0]).toMatchObject({ kind: "changed", event: { index: 0 } });
  });
});

describe("revealing one hidden value", () => {
  it("checks each reveal against its commitment, for a whole value and for a run of a text, in both formats", () => {
    for (const sealed of [v2, v1]) {
      const { events: copy, reveals } = redactEvents(sealed, hides(sealed));
      expect(reveals).toHaveLength(9);
      for (const reveal of reveals) expect(checkReveal(copy, reveal), `${reveal.path} ${String(reveal.run)}`).toEqual({ ok: true });
      const phone = reveals.find((r) => r.path === "payload.fields[1].value");
      expect(phone?.value).toBe(PHONE);
      expect(checkReveal(copy, { ...phone!, value: "06 12 34 56 79" })).toEqual({ ok: false, reason: "mismatch" });
      const run = reveals.find((r) => r.run !== undefined && r.category === "email");
      expect(run?.value).toBe(`${EMAIL}, `);
      expect(checkReveal(copy, { ...run!, value: "someone@else.org, " })).toEqual({ ok: false, reason: "mismatch" });
      expect(checkReveal(copy, { ...run!, path: "payload.fields[0].label" })).toEqual({ ok: false, reason: "not-hidden" });
      expect(checkReveal(copy, { ...run!, eventId: "evt-nobody-0000" })).toEqual({ ok: false, reason: "no-such-event" });
    }
  });

  it("reveals one value without the seeds of the others", () => {
    const { reveals } = redactEvents(v2, hides(v2));
    const all = reveals.flatMap((r) => r.seeds);
    expect(new Set(all).size).toBe(all.length);
    // A v2 whole value's reveal is its own seed, from which its commitment follows.
    const name = reveals.find((r) => r.path === "payload.fields[0].value");
    expect(toHex(leafCommitment(seedFromHex(name?.seeds[0]) as Uint8Array, "Marc Dupont"))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("paths", () => {
  it("are written and read back the same way", () => {
    for (const path of [["payload", "fields", 2, "value"], ["collection", "collector"], ["payload", "email", "to", 0, "address"], ["payload", "odd key"]]) {
      expect(parsePath(pathText(path))).toEqual(path);
    }
    expect(parsePath(".payload")).toBeNull();
    expect(parsePath("payload..x")).toBeNull();
  });
});
