import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EvidenceEvent } from "../../../../src/domain/evidence";
import { CanonicalJsonError } from "../../../../src/domain/integrity/canonical-json";
import { eventHash, eventHashInput, sealChain, sealEvent } from "../../../../src/domain/integrity/event-hash";
import { makeEvent, makeEvents, otherHash, textOf, withText } from "./chain-fixtures";

const moment = { at: 1_700_000_000_000, timeZone: "Europe/Paris" };
const note = EvidenceEvent.parse({
  v: 1,
  id: "evt-00000000",
  caseId: "case-0001-test",
  kind: "note",
  recorded: moment,
  occurred: moment,
  collection: { method: "by-hand", extensionVersion: "0.1.0", browser: "firefox", browserVersion: "128.0" },
  payload: { text: "Called: « no refund »" },
  hash: null,
  previousHash: null,
});

describe("eventHashInput", () => {
  it("is the event's canonical JSON without `hash` and with `previousHash` (written out by hand)", () => {
    const expected =
      '{"caseId":"case-0001-test","collection":{"browser":"firefox","browserVersion":"128.0",' +
      '"extensionVersion":"0.1.0","method":"by-hand"},"id":"evt-00000000","kind":"note",' +
      '"occurred":{"at":1700000000000,"timeZone":"Europe/Paris"},"payload":{"text":"Called: « no refund »"},' +
      '"previousHash":null,"recorded":{"at":1700000000000,"timeZone":"Europe/Paris"},"v":1}';
    expect(eventHashInput({ ...note, hash: "ab".repeat(32) })).toBe(expected);
  });
});

describe("eventHash", () => {
  it("is SHA-256 of that text, as `jcs | sha256sum` would compute it", async () => {
    const oracle = createHash("sha256").update(Buffer.from(eventHashInput(note), "utf8")).digest("hex");
    expect(await eventHash(note)).toBe(oracle);
  });

  it("does not depend on what `hash` holds", async () => {
    expect(await eventHash({ ...note, hash: "ab".repeat(32) })).toBe(await eventHash(note));
  });

  it("changes with previousHash, so the link is sealed too", async () => {
    expect(await eventHash({ ...note, previousHash: "ab".repeat(32) })).not.toBe(await eventHash(note));
  });

  it("changes with any change of text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), async (text) => {
        fc.pre(text !== textOf(note));
        expect(await eventHash(withText(note, text))).not.toBe(await eventHash(note));
      }),
      { numRuns: 50 },
    );
  });

  it("is the same for an event that went through a JSON export and back", async () => {
    const event = makeEvent(1);
    const exported = JSON.parse(JSON.stringify(event)) as typeof event;
    expect(await eventHash(exported)).toBe(await eventHash(event));
  });
});

describe("sealEvent", () => {
  it("fills previousHash and a hash that matches the result, without touching the input", async () => {
    const previous = "cd".repeat(32);
    const sealed = await sealEvent(note, previous);
    expect(sealed.previousHash).toBe(previous);
    expect(sealed.hash).toBe(await eventHash(sealed));
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(note.hash).toBeNull();
    expect(note.previousHash).toBeNull();
    expect(EvidenceEvent.parse(sealed)).toEqual(sealed);
  });

  it("refuses an event with a lone surrogate (text cut inside a surrogate pair), which has no UTF-8 form", async () => {
    const cut = "Smile 😀".slice(0, -1);
    await expect(sealEvent(withText(note, cut), null)).rejects.toThrow(CanonicalJsonError);
    const repaired = cut.replace(/[\ud800-\udfff]$/, "\ufffd");
    await expect(sealEvent(withText(note, repaired), null)).resolves.toMatchObject({ previousHash: null });
  });

  it("gives a different hash for the same event after a different predecessor", async () => {
    const a = await sealEvent(note, "cd".repeat(32));
    const b = await sealEvent(note, otherHash("cd".repeat(32)));
    expect(a.hash).not.toBe(b.hash);
  });

  it("replaces an earlier seal rather than building on it", async () => {
    const once = await sealEvent(note, null);
    const again = await sealEvent({ ...once, hash: "ef".repeat(32) }, null);
    expect(again.hash).toBe(once.hash);
  });
});

describe("sealChain", () => {
  it("links each event to the one before, the first to null", async () => {
    const sealed = await sealChain(makeEvents(5));
    expect(sealed[0]?.previousHash).toBeNull();
    for (let i = 1; i < sealed.length; i++) expect(sealed[i]?.previousHash).toBe(sealed[i - 1]?.hash);
    for (const event of sealed) expect(event.hash).toBe(await eventHash(event));
    expect(new Set(sealed.map((e) => e.hash)).size).toBe(5);
  });

  it("seals nothing into nothing", async () => {
    expect(await sealChain([])).toEqual([]);
  });
});
