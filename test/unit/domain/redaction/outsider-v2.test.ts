// The v2 hash as docs/dossier-format.md describes it, written again from the text alone with Node's
// own SHA-256 and a plain canonical-JSON writer: a sceptic's verifier. It must agree with Receipts on
// whole events and on redacted copies.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { EvidenceEvent } from "../../../../src/domain/evidence";
import { sealChain } from "../../../../src/domain/integrity/event-hash";
import { redactEvents } from "../../../../src/domain/redaction/redact";

const sha = (...parts: Buffer[]) => createHash("sha256").update(Buffer.concat(parts)).digest();
const jcs = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(jcs).join(",")}]` : v !== null && typeof v === "object" ? `{${Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${jcs((v as Record<string, unknown>)[k])}`).join(",")}}` : JSON.stringify(v);
const child = (seed: Buffer, i: number) => {
  const index = Buffer.alloc(4);
  index.writeUInt32BE(i);
  return sha(Buffer.from([0]), seed, index);
};
const segments = (text: string) => text.match(/[^\p{L}\p{M}\p{N}\s]*[\p{L}\p{M}\p{N}]+[^\p{L}\p{M}\p{N}\s]*\s*|[^\p{L}\p{M}\p{N}]+/gu) ?? [];
const salted = (salt: Buffer, value: unknown) => sha(salt, Buffer.from(jcs(value), "utf8"));
const aggregate = (parts: Buffer[]) => sha(Buffer.from([1]), ...parts);

function leaf(seed: Buffer, value: unknown): string {
  const parts = typeof value === "string" ? segments(value) : [];
  return (parts.length > 1 ? aggregate(parts.map((p, i) => salted(child(seed, i), p))) : salted(seed, value)).toString("hex");
}
function tree(value: unknown, seed: Buffer): unknown {
  if (Array.isArray(value)) return value.map((v, i) => tree(v, child(seed, i)));
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return Object.fromEntries(keys.map((k, i) => [k, tree((value as Record<string, unknown>)[k], child(seed, i))]));
  }
  return leaf(seed, value);
}
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Part = string | { commitments: string[] };

function opened(value: Json, node: Json): unknown {
  if (typeof node === "string") return tree(value, Buffer.from(node, "hex"));
  if (node === null) return (value as { commitment: string }).commitment;
  if (Array.isArray(node) && !Array.isArray(value)) {
    const commitments: Buffer[] = [];
    let at = 0;
    for (const part of (value as { redactedText: Part[] }).redactedText) {
      if (typeof part === "string") for (const s of segments(part)) commitments.push(salted(Buffer.from(node[at++] as string, "hex"), s));
      else
        for (const c of part.commitments) {
          at++;
          commitments.push(Buffer.from(c, "hex"));
        }
    }
    return aggregate(commitments).toString("hex");
  }
  if (Array.isArray(node)) return (value as Json[]).map((v, i) => opened(v, node[i] as Json));
  const record = value as Record<string, Json>;
  return Object.fromEntries(Object.keys(record).map((k) => [k, opened(record[k] as Json, (node as Record<string, Json>)[k] as Json)]));
}
function outsiderHash(event: Record<string, Json>): string {
  const { hash: _h, opening, redacted: _r, redactions: _rs, ...form } = event as Record<string, Json> & { opening: Json };
  const members = ["collection", "payload", "source"].filter((k) => form[k] !== undefined);
  members.forEach((key, i) => (form[key] = (typeof opening === "string" ? tree(form[key], child(Buffer.from(opening, "hex"), i)) : opened(form[key] as Json, (opening as Record<string, Json>)[key] as Json)) as Json));
  return sha(Buffer.from(jcs(form), "utf8")).toString("hex");
}

let events: EvidenceEvent[];
beforeAll(async () => {
  const moment = { at: Date.UTC(2025, 2, 3), timeZone: "Europe/Paris" };
  const base = (i: number) => ({ v: 2, id: `evt-out-${i}000`, caseId: "case-out-0001", recorded: moment, occurred: moment, collection: { method: "by-hand", extensionVersion: "0.2.0", browser: "firefox", browserVersion: "128", collector: "Zoé Lefèvre" }, hash: null, previousHash: null });
  events = await sealChain([
    EvidenceEvent.parse({ ...base(1), kind: "note", payload: { text: "Appelée au 06 12 34 56 78 — « pas de nouvelles » 👍, rappel demain.", about: "evt-out-0000" } }),
    EvidenceEvent.parse({ ...base(2), kind: "contact-attempt", source: { url: "https://shop.example/c?x=1", title: "Contact", frameOrigin: "https://shop.example", tabId: 7 }, payload: { channel: "phone", fields: [], durationMinutes: 12, registered: false, spokeWith: "Agent 47" } }),
  ]);
});

describe("the v2 hash, recomputed from the documentation alone", () => {
  it("agrees on whole events", () => {
    for (const event of events) expect(outsiderHash(JSON.parse(JSON.stringify(event)))).toBe(event.hash);
  });

  it("agrees on redacted copies: whole values, runs of text, numbers", () => {
    const text = (events[0] as Extract<EvidenceEvent, { kind: "note" }>).payload.text;
    const { events: copy } = redactEvents(events, [
      { eventId: "evt-out-1000", path: ["payload", "text"], category: "phone", range: { start: text.indexOf("06"), end: text.indexOf("78") + 2 } },
      { eventId: "evt-out-1000", path: ["collection", "collector"], category: "name" },
      { eventId: "evt-out-2000", path: ["payload", "spokeWith"], category: "name" },
      { eventId: "evt-out-2000", path: ["payload", "durationMinutes"], category: "text" },
    ]);
    copy.forEach((event, i) => expect(outsiderHash(JSON.parse(JSON.stringify(event))), `event ${i}`).toBe(events[i]?.hash));
  });
});
