import { describe, expect, it } from "vitest";
import { Protocol } from "../../../../src/domain/campaigns/campaign";
import { draftOf, emptyProtocolDraft, readBrandLines, readCampaignName, readProtocolDraft, withPromiseText, type ProtocolDraft } from "../../../../src/domain/campaigns/protocol-form";

function filled(overrides: Partial<ProtocolDraft> = {}): ProtocolDraft {
  return { ...withPromiseText({ ...emptyProtocolDraft(), question: "  Can I keep my number?  " }, "We reply to every e-mail within 48 hours."), ...overrides };
}

describe("the protocol form", () => {
  it("reads the yardstick from the promise's words while the person has not set it", () => {
    const draft = filled();
    expect([draft.kind, draft.deadline]).toEqual(["reply-time", { amount: "48", unit: "hours" }]);
    const touched = withPromiseText({ ...draft, yardstickTouched: true, deadline: { amount: "2", unit: "calendar-days" } }, "We answer within 5 working days.");
    expect(touched.deadline).toEqual({ amount: "2", unit: "calendar-days" });
  });

  it("reads a complete draft into a protocol: trimmed, the parser's reading kept when the yardstick agrees", () => {
    const reading = readProtocolDraft(filled());
    if (!reading.ok) throw new Error(JSON.stringify(reading.errors));
    expect(reading.protocol).toMatchObject({
      question: "Can I keep my number?",
      channel: "email",
      promise: { text: "We reply to every e-mail within 48 hours.", reading: { kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact" } },
      pinning: "campaign",
      wait: { amount: 5, unit: "calendar-days" },
      followUpAfter: { amount: 3, unit: "calendar-days" },
      responseRule: "person",
    });
    expect(reading.protocol.promise.reading?.matched.deadline).toBe("48 hours");
  });

  it("a yardstick set by hand is trusted as set, counted from each contact", () => {
    const reading = readProtocolDraft(filled({ yardstickTouched: true, deadline: { amount: "2", unit: "business-days" } }));
    expect(reading.ok && reading.protocol.promise.reading).toEqual({ kind: "reply-time", deadline: { type: "duration", amount: 2, unit: "business-days" }, clockStart: "each-contact", language: "en", confidence: 1, matched: {} });
    const none = readProtocolDraft(filled({ yardstickTouched: true, deadline: { amount: "", unit: "hours" } }));
    expect(none.ok && none.protocol.promise.reading?.deadline).toBeUndefined();
  });

  it("names each field in error and keeps nothing half-read", () => {
    const reading = readProtocolDraft({
      ...emptyProtocolDraft(),
      question: "   ",
      promiseText: "",
      deadline: { amount: "48h", unit: "hours" },
      wait: { amount: "0", unit: "calendar-days" },
      followUpAfter: { amount: "2.5", unit: "calendar-days" },
    });
    expect(reading).toEqual({
      ok: false,
      errors: { question: "campaignErrorQuestion", promiseText: "campaignErrorPromise", deadline: "campaignErrorAmount", wait: "campaignErrorAmount", followUpAfter: "campaignErrorAmount" },
    });
  });

  it("refuses a follow-up that would come with or after the end of the wait", () => {
    expect(readProtocolDraft(filled({ wait: { amount: "3", unit: "calendar-days" }, followUpAfter: { amount: "3", unit: "business-days" } }))).toEqual({ ok: false, errors: { followUpAfter: "campaignErrorFollowUpAfterWait" } });
    expect(readProtocolDraft(filled({ wait: { amount: "1", unit: "weeks" }, followUpAfter: { amount: "4", unit: "business-days" } })).ok).toBe(true);
    const without = readProtocolDraft(filled({ followUp: false, followUpAfter: { amount: "x", unit: "hours" } }));
    expect(without.ok && without.protocol.followUpAfter).toBeUndefined();
  });

  it("round-trips a stored protocol through the form unchanged", () => {
    const reading = readProtocolDraft(filled());
    if (!reading.ok) throw new Error("draft");
    const stored = Protocol.parse({ ...reading.protocol, version: 1, written: { at: 1, timeZone: "UTC" } });
    expect(readProtocolDraft(draftOf(stored))).toEqual(reading);
    const byHand = readProtocolDraft(filled({ yardstickTouched: true, kind: "callback", deadline: { amount: "1", unit: "calendar-days" }, pinning: "per-brand", responseRule: "any", followUp: false }));
    if (!byHand.ok) throw new Error("draft");
    expect(readProtocolDraft(draftOf(Protocol.parse({ ...byHand.protocol, version: 2, written: { at: 1, timeZone: "UTC" } })))).toEqual(byHand);
  });

  it("a campaign needs a name", () => {
    expect(readCampaignName("  Telcos  ")).toEqual({ ok: true, name: "Telcos" });
    expect(readCampaignName(" ")).toEqual({ ok: false, error: "campaignErrorName" });
    expect(readCampaignName("x".repeat(301))).toEqual({ ok: false, error: "campaignErrorTooLong" });
  });
});

describe("brands pasted as lines", () => {
  it('reads "Name, domain" lines (web addresses, several domains, tabs and semicolons), skipping blank lines', () => {
    const { brands, problems } = readBrandLines("Sienna Mobile, sienna.test\n\n  Umber Fibre ; https://www.umber.test/contact , umber-pro.test \nTeal Telecom\tTEAL.test\r\n");
    expect(problems).toEqual([]);
    expect(brands).toEqual([
      { name: "Sienna Mobile", domains: ["sienna.test"] },
      { name: "Umber Fibre", domains: ["umber.test", "umber-pro.test"] },
      { name: "Teal Telecom", domains: ["teal.test"] },
    ]);
  });

  it("says what is wrong with each bad line by its number, and keeps the good ones", () => {
    const { brands, problems } = readBrandLines(", nameless.test\nNo domain\nBad, not a domain!\nSienna, sienna.test\nSienna again, shop.sienna.test\nUmber, umber.test", [{ name: "Umber", domains: ["umber.test"] }]);
    expect(brands).toEqual([{ name: "Sienna", domains: ["sienna.test"] }]);
    expect(problems.map((p) => [p.line, p.problem])).toEqual([
      [1, "brandLineNoName"],
      [2, "brandLineNoDomain"],
      [3, "brandLineBadDomain"],
      [5, "brandLineRepeated"],
      [6, "brandLineAlreadyIn"],
    ]);
    expect(problems[2]?.text).toBe("Bad, not a domain!");
  });

  it("keeps markup and other scripts in names as they are: they are shown as text", () => {
    expect(readBrandLines("<b>Ünïcode</b> ‏שלום, shalom.test").brands).toEqual([{ name: "<b>Ünïcode</b> ‏שלום", domains: ["shalom.test"] }]);
  });
});
