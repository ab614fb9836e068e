// Each contact entered by hand becomes an event of the right kind and channel, valid in the model.
import { describe, expect, it } from "vitest";
import { EVIDENCE_MODEL_VERSION, EvidenceEvent, type EmailDetails } from "../../../../src/domain/evidence";
import { ByHandEntry } from "../../../../src/domain/offline/by-hand-entry";
import { evidenceFromEntry, type ByHandEvidence } from "../../../../src/domain/offline/by-hand-evidence";

const occurred = { at: Date.UTC(2026, 2, 9, 17, 40), timeZone: "Europe/Paris" };

/** The evidence as a stored event would carry it: the schema must accept it. */
function asEvent(evidence: ByHandEvidence): EvidenceEvent {
  return EvidenceEvent.parse({
    v: EVIDENCE_MODEL_VERSION,
    id: "evt_0001-abcd",
    caseId: "case_0001-abcd",
    ...evidence,
    recorded: { at: Date.UTC(2026, 2, 10, 9), timeZone: "Europe/Paris" },
    occurred,
    collection: { method: "by-hand", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140" },
    hash: null,
    previousHash: null,
  });
}

const email: EmailDetails = {
  fileName: "reply.eml",
  fileSize: 2635,
  fileSha256: "b".repeat(64),
  date: "Wed, 4 Mar 2026 11:30:00 +0100",
  sentAt: Date.UTC(2026, 2, 4, 10, 30),
  from: { name: "Yellow Service", address: "service@yellow-telecom.fr" },
  to: [{ name: "Marc Dupont", address: "marc@example.org" }, { name: "", address: "lea@example.org" }],
  cc: [],
  subject: "Re: damage",
  messageId: "<r@yellow-telecom.fr>",
  text: "Un expert passera.",
  textFromHtml: false,
  textLength: 18,
  attachments: [{ fileName: "facture.pdf", mediaType: "application/pdf", size: 71, sha256: "c".repeat(64) }],
};

describe("a contact entered by hand becomes one event", () => {
  it("a phone call is a contact attempt by phone, with who answered, how long, what was said and promised", () => {
    const evidence = evidenceFromEntry(ByHandEntry.parse({ contact: "phone-call", occurred, number: "3900", durationMinutes: 25, answeredBy: "Julie", said: "Said", promised: "Friday" }));
    expect(asEvent(evidence)).toMatchObject({
      kind: "contact-attempt",
      payload: { channel: "phone", fields: [], target: "3900", durationMinutes: 25, spokeWith: "Julie", summary: "Said", promised: "Friday" },
    });
  });

  it("a letter sent is a contact attempt; a letter received is the brand's response; both keep registered mail details", () => {
    const sent = evidenceFromEntry(ByHandEntry.parse({ contact: "letter", occurred, direction: "sent", registered: true, trackingNumber: "1A2", summary: "Formal notice" }));
    expect(asEvent(sent)).toMatchObject({ kind: "contact-attempt", payload: { channel: "letter", registered: true, trackingNumber: "1A2", summary: "Formal notice" } });
    const received = evidenceFromEntry(ByHandEntry.parse({ contact: "letter", occurred, direction: "received", registered: false, summary: "Refusal" }));
    expect(asEvent(received)).toMatchObject({ kind: "response", payload: { channel: "letter", registered: false, text: "Refusal" } });
    expect(received.payload).not.toHaveProperty("trackingNumber");
  });

  it("a visit keeps where and with whom", () => {
    const evidence = evidenceFromEntry(ByHandEntry.parse({ contact: "visit", occurred, place: "Shop", spokeWith: "Manager", said: "No" }));
    expect(asEvent(evidence)).toMatchObject({ kind: "contact-attempt", payload: { channel: "visit", place: "Shop", spokeWith: "Manager", summary: "No" } });
  });

  it("a social post keeps its address, platform and text", () => {
    const evidence = evidenceFromEntry(ByHandEntry.parse({ contact: "social-post", occurred, url: "https://social.example/@me/1", platform: "Mastodon", text: "@yellow fix it", tabId: 4 }));
    expect(asEvent(evidence)).toMatchObject({ kind: "contact-attempt", payload: { channel: "social", target: "https://social.example/@me/1", platform: "Mastodon", summary: "@yellow fix it" } });
  });

  it("an e-mail from the brand is its response from the sender; one from the person is an attempt to its recipients", () => {
    const received = evidenceFromEntry(ByHandEntry.parse({ contact: "email", occurred, direction: "received", email }));
    expect(asEvent(received)).toMatchObject({ kind: "response", payload: { channel: "email", from: "Yellow Service <service@yellow-telecom.fr>", email } });
    const sent = evidenceFromEntry(ByHandEntry.parse({ contact: "email", occurred, direction: "sent", email }));
    expect(asEvent(sent)).toMatchObject({ kind: "contact-attempt", payload: { channel: "email", target: "Marc Dupont <marc@example.org>, lea@example.org", email } });
  });

  it("refuses entries the popup should never send", () => {
    expect(ByHandEntry.safeParse({ contact: "phone-call", occurred, number: "  " }).success).toBe(false);
    expect(ByHandEntry.safeParse({ contact: "social-post", occurred, url: "javascript:alert(1)" }).success).toBe(false);
    expect(ByHandEntry.safeParse({ contact: "fax", occurred }).success).toBe(false);
  });
});
