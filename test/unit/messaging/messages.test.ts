import { describe, expect, it } from "vitest";
import { CaptureAck, ContentMessage, failure, PrivilegedMessage } from "../../../src/messaging/messages";

const CAPTURE_KEY = "3f2c1a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f";

const capture = {
  type: "capture.record",
  captureKey: CAPTURE_KEY,
  title: "Contact — Yellow Telecom",
  evidence: {
    kind: "contact-attempt",
    payload: {
      channel: "web-form",
      fields: [{ label: "Message", name: "m", type: "textarea", value: "Hello", length: 5 }],
      target: "https://www.yellow-telecom.fr/contact",
      method: "POST",
    },
  },
};

const outcome = {
  type: "capture.outcome",
  captureKey: "7d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a",
  attemptCaptureKey: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
  title: "Merci",
  status: "confirmed",
  text: "Votre demande n° YT-48151 a bien été enregistrée.",
  reference: "YT-48151",
};

const PRIVILEGED_EXAMPLES = [
  { type: "site.watch-intent", host: "www.yellow-telecom.fr" },
  { type: "site.watch", host: "www.yellow-telecom.fr", tabId: 12 },
  { type: "site.watch", host: "localhost" },
  { type: "site.unwatch", host: "www.yellow-telecom.fr" },
  { type: "case.export", caseId: "case_0001-abcd" },
  { type: "settings.update", collector: "Ana, Le Journal" },
  { type: "settings.update", collector: "" },
  { type: "storage-error.dismiss" },
  { type: "link-prompt.answer", eventId: "evt_0001-abcd", text: "They promised a technician on Monday." },
  { type: "link-prompt.dismiss", eventId: "evt_0001-abcd" },
  { type: "backup.import", stagingKey: "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" },
  { type: "backup.automatic", enabled: true },
  {
    type: "backup.record",
    backup: { at: 1_767_225_600_000, sha256: "a".repeat(64), size: 1234, cases: 2, events: 40, lastSeq: 40, fileName: "receipts-backup-2026-01-01-0000.zip", automatic: false },
  },
];

describe("ContentMessage", () => {
  it("accepts a capture of a contact form", () => {
    expect(ContentMessage.parse(capture)).toMatchObject({ type: "capture.record", captureKey: CAPTURE_KEY });
  });

  it("accepts a captured chat message", () => {
    const message = { ...capture, evidence: { kind: "message", payload: { conversationId: "c1", side: "agent", text: "Hi" } } };
    expect(ContentMessage.safeParse(message).success).toBe(true);
  });

  it("accepts the outcome a page showed after a form was sent", () => {
    expect(ContentMessage.parse(outcome)).toEqual(outcome);
  });

  it.each([
    ["a capture key that is not a UUID", { ...capture, captureKey: "retry-1" }],
    ["a missing capture key", { ...capture, captureKey: undefined }],
    ["a missing title", { ...capture, title: undefined }],
    ["a title too long", { ...capture, title: "t".repeat(2001) }],
    ["evidence a page may not produce (a note)", { ...capture, evidence: { kind: "note", payload: { text: "fake" } } }],
    ["evidence claiming an outcome", { ...capture, evidence: { kind: "contact-outcome", payload: { attemptId: "evt_0001-abcd", status: "confirmed" } } }],
    ["a malformed payload", { ...capture, evidence: { kind: "contact-attempt", payload: { channel: "carrier-pigeon" } } }],
    ["a page text over 20 000 characters", { ...outcome, text: "x".repeat(20_001) }],
    ["an outcome with an unknown status", { ...outcome, status: "maybe" }],
    ["an outcome for an attempt key that is not a UUID", { ...outcome, attemptCaptureKey: "evt_0001" }],
    ["an unknown type", { type: "case.delete", caseId: "case_0001-abcd" }],
    ["no type", { title: "x", text: "y" }],
    ["a string", "capture.record"],
    ["null", null],
    ["an array", [capture]],
  ])("rejects %s", (_what, message) => {
    expect(ContentMessage.safeParse(message).success).toBe(false);
  });

  it.each(PrivilegedMessage.options.map((o) => o.shape.type.value))("rejects the privileged type %s sent by a content script", (type) => {
    // Every field any message could carry, so that only the type decides.
    const kitchenSink = { ...capture, ...outcome, host: "www.yellow-telecom.fr", tabId: 1, caseId: "case_0001-abcd", collector: "x", type };
    expect(ContentMessage.safeParse(kitchenSink).success).toBe(false);
  });

  it("no message type is both a content and a privileged message", () => {
    const content = ContentMessage.options.map((o) => o.shape.type.value);
    const privileged = PrivilegedMessage.options.map((o) => o.shape.type.value);
    expect(content.filter((t) => (privileged as string[]).includes(t))).toEqual([]);
  });
});

describe("PrivilegedMessage", () => {
  it.each(PRIVILEGED_EXAMPLES)("accepts $type", (message) => {
    expect(PrivilegedMessage.parse(message)).toEqual(message);
  });

  it.each([
    ["a host in upper case", { type: "site.watch", host: "Yellow.fr" }],
    ["a host with a port", { type: "site.watch", host: "yellow.fr:443" }],
    ["a URL instead of a host", { type: "site.watch", host: "https://yellow.fr/" }],
    ["a match pattern instead of a host", { type: "site.watch", host: "*://*/*" }],
    ["an empty host", { type: "site.unwatch", host: "" }],
    ["a fractional tab id", { type: "site.watch", host: "yellow.fr", tabId: 1.5 }],
    ["a bad case id", { type: "case.export", caseId: "../x" }],
    ["a collector name too long", { type: "settings.update", collector: "c".repeat(201) }],
    ["a missing collector", { type: "settings.update" }],
    ["a content message", capture],
    ["an import without its staging key", { type: "backup.import" }],
    ["an import naming a file path instead of a staging key", { type: "backup.import", stagingKey: "../../etc/passwd" }],
    ["a backup record with a hash that is not SHA-256", { type: "backup.record", backup: { at: 1, sha256: "xyz", size: 1, cases: 0, events: 0, lastSeq: 0, fileName: "b.zip", automatic: false } }],
    ["an unknown type", { type: "site.watch-all" }],
  ])("rejects %s", (_what, message) => {
    expect(PrivilegedMessage.safeParse(message).success).toBe(false);
  });
});

describe("CaptureAck and failures", () => {
  it("accepts a stored acknowledgement and a failure", () => {
    expect(CaptureAck.safeParse({ ok: true, eventId: "evt_0001-abcd", duplicate: false }).success).toBe(true);
    expect(CaptureAck.safeParse(failure("storage-failed", "QuotaExceededError")).success).toBe(true);
  });

  it("failure() builds the shape the schemas expect", () => {
    expect(failure("forbidden", "Unknown sender.")).toEqual({ ok: false, error: { code: "forbidden", message: "Unknown sender." } });
  });

  it("rejects an acknowledgement without its duplicate flag or with an unknown error code", () => {
    expect(CaptureAck.safeParse({ ok: true, eventId: "evt_0001-abcd" }).success).toBe(false);
    expect(CaptureAck.safeParse({ ok: false, error: { code: "teapot", message: "" } }).success).toBe(false);
  });
});
