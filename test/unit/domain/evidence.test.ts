import { describe, expect, it } from "vitest";
import {
  CapturedEvidence,
  Case,
  CaseStatus,
  EVENT_KINDS,
  EVIDENCE_MODEL_VERSION,
  EvidenceEvent,
  FormField,
  Id,
} from "../../../src/domain/evidence";

const HASH = "a".repeat(64);
const moment = { at: 1_767_225_600_000, timeZone: "Europe/Paris" };

function base(kind: string, payload: unknown): Record<string, unknown> {
  return {
    v: EVIDENCE_MODEL_VERSION,
    id: "evt_0001-abcd",
    caseId: "case_0001-abcd",
    kind,
    recorded: moment,
    occurred: moment,
    source: { url: "https://www.yellow-telecom.fr/contact", title: "Contact", frameOrigin: "https://www.yellow-telecom.fr", tabId: 4 },
    collection: { method: "automatic", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140.0.1" },
    hash: null,
    previousHash: null,
    payload,
  };
}

const WELL_FORMED: Record<string, unknown> = {
  "contact-attempt": {
    channel: "web-form",
    fields: [
      { label: "Name", name: "name", type: "text", value: "Ana", length: 3 },
      { label: "Password", name: "pw", type: "password", withheld: "password", length: 0 },
      { label: "Message", name: "m", type: "textarea", value: "x".repeat(10), length: 10, sha256: HASH },
    ],
    target: "https://www.yellow-telecom.fr/contact",
    method: "POST",
  },
  "contact-outcome": { attemptId: "evt_0001-abcd", status: "confirmed", pageUrl: "https://x.test/merci", reference: "YT-48151", text: "Merci" },
  message: { conversationId: "chat-1", side: "agent", author: "Julie", text: "We will refund you within 14 days.", shownTime: "10:42" },
  promise: { quote: "We will refund you within 14 days.", context: "Chat of 3 March" },
  "promise-reading": { promiseId: "evt_0001-abcd", reading: { kind: "refund", deadline: { type: "duration", amount: 14, unit: "calendar-days" }, clockStart: "statement" } },
  response: { channel: "email", from: "support@yellow-telecom.fr", text: "Your case is closed.", inReplyTo: "evt_0001-abcd" },
  note: { text: "Called the hotline, waited 40 minutes." },
  attachment: { fileName: "invoice.pdf", mediaType: "application/pdf", size: 48213, sha256: HASH },
  "case-change": { change: "status", from: { status: "open" }, to: { status: "closed" } },
  correction: { supersedes: "evt_0001-abcd", reason: "The call was on Tuesday.", occurred: moment },
};

describe("EvidenceEvent", () => {
  it("covers exactly the kinds that have a well-formed example here", () => {
    expect([...EVENT_KINDS].sort()).toEqual(Object.keys(WELL_FORMED).sort());
  });

  it.each(Object.entries(WELL_FORMED))("accepts a well-formed %s event", (kind, payload) => {
    const parsed = EvidenceEvent.parse(base(kind, payload));
    expect(parsed.kind).toBe(kind);
    expect(parsed.payload).toMatchObject(payload as object);
  });

  it("accepts an event entered by hand (no source) with hashes filled in", () => {
    const event = { ...base("note", { text: "Letter posted" }), source: undefined, hash: HASH, previousHash: "0123456789abcdef".repeat(4) };
    expect(EvidenceEvent.safeParse(event).success).toBe(true);
  });

  it("fills in an empty field list for a contact attempt that has none", () => {
    const parsed = EvidenceEvent.parse(base("contact-attempt", { channel: "phone" }));
    expect(parsed.kind === "contact-attempt" && parsed.payload.fields).toEqual([]);
  });

  it("rejects an unknown kind", () => {
    expect(EvidenceEvent.safeParse(base("voicemail", { text: "hi" })).success).toBe(false);
  });

  it("rejects a payload that belongs to another kind", () => {
    expect(EvidenceEvent.safeParse(base("promise", WELL_FORMED.note)).success).toBe(false);
    expect(EvidenceEvent.safeParse(base("attachment", WELL_FORMED.note)).success).toBe(false);
  });

  it.each([
    ["too short", "abc"],
    ["with a slash", "evt/../../x"],
    ["with spaces", "evt 0001 abcd"],
    ["with markup", "<script>x</script>"],
    ["too long", "a".repeat(65)],
    ["empty", ""],
  ])("rejects an id %s", (_what, id) => {
    expect(EvidenceEvent.safeParse({ ...base("note", WELL_FORMED.note), id }).success).toBe(false);
    expect(EvidenceEvent.safeParse({ ...base("note", WELL_FORMED.note), caseId: id }).success).toBe(false);
  });

  it("accepts a UUID as an id", () => {
    expect(Id.safeParse("3f2c1a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f").success).toBe(true);
  });

  it.each(["recorded", "occurred", "collection", "hash", "previousHash", "v", "payload"])("rejects an event missing %s", (key) => {
    const event = base("note", WELL_FORMED.note);
    delete event[key];
    expect(EvidenceEvent.safeParse(event).success).toBe(false);
  });

  it.each([
    ["a negative time", { at: -1, timeZone: "UTC" }],
    ["a fractional time", { at: 1.5, timeZone: "UTC" }],
    ["a time as text", { at: "2026-01-01", timeZone: "UTC" }],
    ["no time zone", { at: 1 }],
    ["an empty time zone", { at: 1, timeZone: "" }],
  ])("rejects %s", (_what, recorded) => {
    expect(EvidenceEvent.safeParse({ ...base("note", WELL_FORMED.note), recorded }).success).toBe(false);
  });

  it.each([
    ["upper-case hex", "A".repeat(64)],
    ["63 characters", "a".repeat(63)],
    ["65 characters", "a".repeat(65)],
    ["not hex", "g".repeat(64)],
    ["base64", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80="],
  ])("rejects a hash in %s", (_what, hash) => {
    expect(EvidenceEvent.safeParse({ ...base("note", WELL_FORMED.note), hash }).success).toBe(false);
    expect(EvidenceEvent.safeParse({ ...base("note", WELL_FORMED.note), previousHash: hash }).success).toBe(false);
    expect(EvidenceEvent.safeParse(base("attachment", { ...(WELL_FORMED.attachment as object), sha256: hash })).success).toBe(false);
  });

  it("rejects another format version", () => {
    expect(EvidenceEvent.safeParse({ ...base("note", WELL_FORMED.note), v: EVIDENCE_MODEL_VERSION + 1 }).success).toBe(false);
  });

  it("rejects an empty note and an empty promise", () => {
    expect(EvidenceEvent.safeParse(base("note", { text: "" })).success).toBe(false);
    expect(EvidenceEvent.safeParse(base("promise", { quote: "" })).success).toBe(false);
  });

  it("rejects an unknown channel, side and outcome status", () => {
    expect(EvidenceEvent.safeParse(base("response", { channel: "pigeon" })).success).toBe(false);
    expect(EvidenceEvent.safeParse(base("message", { conversationId: "c", side: "brand", text: "x" })).success).toBe(false);
    expect(EvidenceEvent.safeParse(base("contact-outcome", { attemptId: "evt_0001-abcd", status: "maybe" })).success).toBe(false);
  });

  it("rejects a negative attachment size", () => {
    expect(EvidenceEvent.safeParse(base("attachment", { ...(WELL_FORMED.attachment as object), size: -1 })).success).toBe(false);
  });
});

describe("FormField", () => {
  it("rejects an unknown withheld reason", () => {
    expect(FormField.safeParse({ label: "x", name: "x", type: "text", withheld: "secret", length: 0 }).success).toBe(false);
  });

  it("rejects a negative length", () => {
    expect(FormField.safeParse({ label: "x", name: "x", type: "text", value: "", length: -1 }).success).toBe(false);
  });

  it("keeps a long value whole (no length limit on the value)", () => {
    const value = "é".repeat(3_000_000);
    const parsed = FormField.parse({ label: "Message", name: "m", type: "textarea", value, length: value.length });
    expect(parsed.value).toHaveLength(3_000_000);
  });
});

describe("Case", () => {
  const theCase = {
    id: "case_0001-abcd",
    title: "Box en panne",
    brand: { name: "Yellow Telecom", domains: ["yellow-telecom.fr", "www.yellow-telecom.fr"] },
    status: "open",
    created: moment,
  };

  it("accepts a well-formed case", () => {
    expect(Case.parse(theCase)).toEqual(theCase);
  });

  it.each(CaseStatus.options)("accepts the status %s", (status) => {
    expect(Case.safeParse({ ...theCase, status }).success).toBe(true);
  });

  it.each([
    ["an unknown status", { status: "lost" }],
    ["an empty title", { title: "" }],
    ["a brand without domains", { brand: { name: "Y", domains: [] } }],
    ["an upper-case domain", { brand: { name: "Y", domains: ["Yellow.fr"] } }],
    ["a domain with a port", { brand: { name: "Y", domains: ["yellow.fr:8080"] } }],
    ["a domain with a path", { brand: { name: "Y", domains: ["yellow.fr/contact"] } }],
    ["a bad id", { id: "x" }],
  ])("rejects %s", (_what, change) => {
    expect(Case.safeParse({ ...theCase, ...change }).success).toBe(false);
  });

  it("accepts an IPv6 host as a brand domain", () => {
    expect(Case.safeParse({ ...theCase, brand: { name: "Lab", domains: ["[::1]"] } }).success).toBe(true);
  });
});

describe("CapturedEvidence", () => {
  it("accepts what a content script may capture: a contact attempt or a message", () => {
    expect(CapturedEvidence.safeParse({ kind: "contact-attempt", payload: WELL_FORMED["contact-attempt"] }).success).toBe(true);
    expect(CapturedEvidence.safeParse({ kind: "message", payload: WELL_FORMED.message }).success).toBe(true);
  });

  it.each(["contact-outcome", "promise", "response", "note", "attachment"])("refuses %s from a capture", (kind) => {
    expect(CapturedEvidence.safeParse({ kind, payload: WELL_FORMED[kind] }).success).toBe(false);
  });
});
