// The campaign's comparison: every brand against the same yardstick, through the reality engine, with
// each cell's evidence.
import { describe, expect, it } from "vitest";
import { compareBrands, type ComparisonRow } from "../../../../src/domain/campaigns/comparison";
import { dueTimes } from "../../../../src/domain/promises/deadline";
import { BrandCase, campaign, campaignBrand, DAY, HOUR, moment, PROMISE_TEXT, protocol, replyWithin, T0, threeBrands } from "./comparison-fixtures";

const rowOf = (rows: ComparisonRow[], caseId: string): ComparisonRow => {
  const row = rows.find((r) => r.caseId === caseId);
  if (!row) throw new Error(`no row for ${caseId}`);
  return row;
};

/** Every event id any cell of the rows cites. */
const citedIds = (rows: ComparisonRow[]): string[] =>
  rows.flatMap((r) => [r.promised, r.firstContact, r.lastContact, r.firstResponse, r.verdict, r.attempts, r.interlocutors, r.followUps, r.resolution].flatMap((c) => c.from));

describe("compareBrands: three brands under the same protocol", () => {
  const { campaign: theCampaign, cases, ids } = threeBrands();
  const now = T0 + 10 * DAY;
  const rows = compareBrands({ campaign: theCampaign, cases, now });
  const prompt = rowOf(rows, "case-prompt-01");
  const slow = rowOf(rows, "case-slow-0001");
  const mute = rowOf(rows, "case-mute-0001");

  it("keeps the campaign's order and gives each brand its protocol version, with the event its case records it in", () => {
    expect(rows.map((r) => r.brand.name)).toEqual(["Prompt Telecom", "Slow Telecom", "Mute Telecom"]);
    expect(rows.map((r) => r.protocolVersion)).toEqual([1, 1, 1]);
    expect(rows.map((r) => r.membership)).toEqual([[ids.prompt!.membership], [ids.slow!.membership], [ids.mute!.membership]]);
  });

  it("answers in time: kept, with the response time and the events it comes from", () => {
    expect(prompt.verdict.value).toEqual({ status: "kept", due: T0 + HOUR + 48 * HOUR, waitEnds: T0 + HOUR + 7 * DAY });
    expect(prompt.verdict.from).toEqual([ids.prompt!.promise, ids.prompt!.attempt, ids.prompt!.response]);
    expect(prompt.firstResponse.value).toMatchObject({ eventId: ids.prompt!.response, ms: 19 * HOUR, how: "response" });
    expect(prompt.firstResponse.from).toEqual([ids.prompt!.attempt, ids.prompt!.response]);
    expect(prompt.promised).toEqual({ value: { text: PROMISE_TEXT, reading: replyWithin(48), source: "campaign" }, from: [ids.prompt!.promise] });
    expect(prompt.firstContact.value).toEqual({ eventId: ids.prompt!.attempt, at: T0 + HOUR, timeZone: "Europe/Paris", channel: "web-form" });
    expect(prompt.followUps).toEqual({ value: 0, from: [] });
    expect(prompt.attempts).toEqual({ value: 1, from: [ids.prompt!.attempt] });
    expect(prompt.interlocutors).toEqual({ value: { count: 1, names: ["Claire Martin"] }, from: [ids.prompt!.response] });
  });

  it("answers late: broken by how late, the automatic acknowledgement not counted, the follow-up counted", () => {
    const due = T0 + HOUR + 48 * HOUR;
    const answered = T0 + 5 * DAY + HOUR;
    expect(slow.verdict.value).toEqual({ status: "broken", due, lateMs: answered - due, waitEnds: T0 + HOUR + 7 * DAY });
    expect(slow.verdict.from).toEqual([ids.slow!.promise, ids.slow!.attempt, ids.slow!.response]);
    expect(slow.firstResponse.value).toMatchObject({ eventId: ids.slow!.response, ms: answered - (T0 + HOUR) });
    // The response names no attempt: it answers the first one too.
    expect(slow.firstResponse.from).toEqual([ids.slow!.attempt, ids.slow!.response]);
    expect(slow.followUps).toEqual({ value: 1, from: [ids.slow!.followUp] });
    expect(slow.attempts.value).toBe(2);
    expect(slow.lastContact.value?.eventId).toBe(ids.slow!.followUp);
  });

  it("never answers: silent once the wait is over, citing the promise and the contact", () => {
    expect(mute.verdict.value).toMatchObject({ status: "silent", waitEnds: T0 + HOUR + 7 * DAY });
    expect(mute.verdict.from).toEqual([ids.mute!.promise, ids.mute!.attempt]);
    expect(mute.firstResponse).toEqual({ from: [] });
    expect(mute.interlocutors).toEqual({ value: { count: 0, names: [] }, from: [] });
  });

  it("cites only events of the brand's own case", () => {
    for (const row of rows) {
      const own = new Set(cases.get(row.caseId)?.events.map((s) => s.event.id));
      for (const id of citedIds([row])) expect(own.has(id)).toBe(true);
    }
  });

  it("reads the silent brand as pending before the deadline and broken after it, until the wait ends", () => {
    const pending = rowOf(compareBrands({ campaign: theCampaign, cases, now: T0 + 30 * HOUR }), "case-mute-0001");
    expect(pending.verdict.value).toEqual({ status: "pending", due: T0 + 49 * HOUR, waitEnds: T0 + HOUR + 7 * DAY });
    const overdue = rowOf(compareBrands({ campaign: theCampaign, cases, now: T0 + 4 * DAY }), "case-mute-0001");
    expect(overdue.verdict.value).toEqual({ status: "broken", due: T0 + 49 * HOUR, lateMs: T0 + 4 * DAY - (T0 + 49 * HOUR), waitEnds: T0 + HOUR + 7 * DAY });
  });

  it("counts the automatic acknowledgement when the protocol says any reply counts", () => {
    const anyReply = { ...theCampaign, protocols: [protocol({ responseRule: "any" })] };
    const row = rowOf(compareBrands({ campaign: anyReply, cases, now }), "case-slow-0001");
    expect(row.verdict.value?.status).toBe("kept");
    expect(row.firstResponse.value).toMatchObject({ eventId: ids.slow!.acknowledgement, ms: 60_000 });
    expect(row.followUps.value).toBe(0);
  });
});

describe("compareBrands: what counts as a response", () => {
  function chatCase() {
    const c = new BrandCase("case-chatbot-1", "Chatty");
    c.promise(T0, PROMISE_TEXT, replyWithin(48));
    const first = c.chat("conv-1", "person", "Can I move my appointment?", T0 + HOUR);
    const bot = c.chat("conv-1", "bot", "I am Max, the virtual assistant. Please describe your request.", T0 + HOUR + 5_000, "Max");
    return { c, first, bot };
  }
  const chatProtocol = (responseRule: "person" | "any") => ({ ...campaign([campaignBrand("Chatty", "case-chatbot-1")]), protocols: [protocol({ channel: "chat", responseRule })] });

  it("person: a chatbot's reply is no response and its bot no interlocutor", () => {
    const { c, first } = chatCase();
    const row = rowOf(compareBrands({ campaign: chatProtocol("person"), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.firstContact.value).toMatchObject({ eventId: first, channel: "chat" });
    expect(row.firstResponse.value).toBeUndefined();
    expect(row.verdict.value?.status).toBe("silent");
    expect(row.interlocutors.value).toEqual({ count: 0, names: [] });
  });

  it("any: the chatbot's reply counts as the response, and still not as an interlocutor", () => {
    const { c, bot } = chatCase();
    const row = rowOf(compareBrands({ campaign: chatProtocol("any"), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.firstResponse.value).toMatchObject({ eventId: bot, ms: 5_000, how: "chat" });
    expect(row.verdict.value?.status).toBe("kept");
    expect(row.interlocutors.value?.count).toBe(0);
  });

  it("a response withdrawn by a correction is not counted", () => {
    const c = new BrandCase("case-withdrawn", "Withdrawn");
    c.promise(T0, PROMISE_TEXT, replyWithin(48));
    c.attempt(T0 + HOUR);
    const response = c.response(T0 + 2 * HOUR);
    c.withdraw(response, T0 + 3 * HOUR);
    const row = rowOf(compareBrands({ campaign: campaign([campaignBrand("Withdrawn", c.caseId)]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.firstResponse.value).toBeUndefined();
    expect(row.verdict.value?.status).toBe("silent");
  });

  it("a call answered on the spot has a response but no response time", () => {
    const c = new BrandCase("case-phone-01", "Phone");
    c.promise(T0, PROMISE_TEXT, replyWithin(48));
    const call = c.attempt(T0 + HOUR, "phone", { spokeWith: "Nadia" });
    const row = rowOf(compareBrands({ campaign: { ...campaign([campaignBrand("Phone", c.caseId)]), protocols: [protocol({ channel: "phone" })] }, cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.firstResponse.value).toEqual({ eventId: call, at: T0 + HOUR, timeZone: "Europe/Paris", how: "in-person" });
    expect(row.notes).toContain("answered-in-person");
    expect(row.verdict.value?.status).toBe("kept");
  });
});

describe("compareBrands: the yardstick", () => {
  it("measures against the campaign's promise even where the case lacks it, citing no event for it", () => {
    const c = new BrandCase("case-unpinned", "Unpinned");
    const attempt = c.attempt(T0 + HOUR);
    const response = c.response(T0 + 60 * HOUR);
    const row = rowOf(compareBrands({ campaign: campaign([campaignBrand("Unpinned", c.caseId)]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.promised).toEqual({ value: { text: PROMISE_TEXT, reading: replyWithin(48), source: "campaign" }, from: [] });
    expect(row.verdict.value).toMatchObject({ status: "broken", due: T0 + 49 * HOUR, lateMs: 11 * HOUR });
    expect(row.verdict.from).toEqual([attempt, response]);
    expect(citedIds([row]).every((id) => id.startsWith("case-unpinned-"))).toBe(true);
  });

  it("per-brand pinning: the brand's own promise, in business days, from the engine's calendar", () => {
    const c = new BrandCase("case-own-word", "Own Word");
    const other = c.promise(T0, "Our shops are open 7 days a week.", { kind: "channel-availability", deadline: { type: "always" }, clockStart: "each-contact", language: "en", confidence: 1, matched: {} });
    const pinned = c.promise(T0, "We answer within 2 business days.", replyWithin(2, "business-days"));
    // Friday 7 March 2025, 10:00: two business days later is Tuesday 11 March, 10:00.
    const friday = Date.parse("2025-03-07T10:00:00+01:00");
    c.attempt(friday);
    c.response(Date.parse("2025-03-11T09:00:00+01:00"));
    const perBrand = { ...campaign([campaignBrand("Own Word", c.caseId)]), protocols: [protocol({ pinning: "per-brand" })] };
    const row = rowOf(compareBrands({ campaign: perBrand, cases: new Map([[c.caseId, c.evidence()]]), now: friday + 10 * DAY }), c.caseId);
    expect(row.promised).toEqual({ value: { text: "We answer within 2 business days.", reading: replyWithin(2, "business-days"), source: "brand" }, from: [pinned] });
    expect(row.promised.from).not.toContain(other);
    const due = dueTimes({ deadline: { type: "duration", amount: 2, unit: "business-days" } }, moment(friday))[0];
    expect(due).toBe(Date.parse("2025-03-11T10:00:00+01:00"));
    expect(row.verdict.value).toMatchObject({ status: "kept", due });
  });

  it("per-brand pinning with nothing pinned yet: said so, and no verdict until the wait is over", () => {
    const c = new BrandCase("case-nothing-1", "Nothing Pinned");
    c.attempt(T0 + HOUR);
    const perBrand = { ...campaign([campaignBrand("Nothing Pinned", c.caseId)]), protocols: [protocol({ pinning: "per-brand" })] };
    const early = rowOf(compareBrands({ campaign: perBrand, cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 2 * DAY }), c.caseId);
    expect(early.notes).toContain("promise-not-pinned");
    expect(early.promised).toEqual({ from: [] });
    expect(early.verdict.value).toBeUndefined();
    const late = rowOf(compareBrands({ campaign: perBrand, cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 9 * DAY }), c.caseId);
    expect(late.verdict.value?.status).toBe("silent");
  });

  it("a brand contacted on another channel than the protocol's is measured, and marked", () => {
    const c = new BrandCase("case-mailer-1", "Mailer");
    c.promise(T0, PROMISE_TEXT, replyWithin(48));
    c.attempt(T0 + HOUR, "email");
    c.response(T0 + 5 * HOUR);
    const row = rowOf(compareBrands({ campaign: campaign([campaignBrand("Mailer", c.caseId)]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.notes).toContain("other-channel");
    expect(row.verdict.value?.status).toBe("kept");
  });

  it("a form that failed to send is no contact", () => {
    const c = new BrandCase("case-failed-1", "Failed");
    const attempt = c.attempt(T0 + HOUR);
    c.outcome(attempt, "error", T0 + HOUR + 1_000);
    const row = rowOf(compareBrands({ campaign: campaign([campaignBrand("Failed", c.caseId)]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.notes).toContain("contact-failed");
    expect(row.firstContact.value).toBeUndefined();
    expect(row.verdict.value).toEqual({ status: "pending" });
    expect(row.attempts.value).toBe(1);
  });
});

describe("compareBrands: bad input", () => {
  it("a brand added mid-campaign is marked in its row", () => {
    const c = new BrandCase("case-latecomer", "Latecomer");
    c.attempt(T0 + 3 * DAY);
    const late = campaignBrand("Latecomer", c.caseId, { added: moment(T0 + 2 * DAY), addedAfterStart: true });
    const row = rowOf(compareBrands({ campaign: campaign([late]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 4 * DAY }), c.caseId);
    expect(row.addedAfterStart).toBe(true);
    expect(row.added).toEqual(moment(T0 + 2 * DAY));
    expect(row.verdict.value?.status).toBe("pending");
  });

  it("a deleted case keeps its row, marked, with no figures", () => {
    const { campaign: theCampaign, cases } = threeBrands();
    const deletedAt = moment(T0 + 6 * DAY);
    const marked = { ...theCampaign, brands: theCampaign.brands.map((b) => (b.caseId === "case-slow-0001" ? { ...b, caseDeleted: deletedAt } : b)) };
    const withoutIt = new Map([...cases].map(([id, c]) => [id, id === "case-slow-0001" ? undefined : c]));
    const row = rowOf(compareBrands({ campaign: marked, cases: withoutIt, now: T0 + 10 * DAY }), "case-slow-0001");
    expect(row.caseDeleted).toBe(true);
    expect(row.caseDeletedAt).toEqual(deletedAt);
    expect(row.notes).toEqual(["case-deleted"]);
    expect(row.verdict).toEqual({ from: [] });
    expect(row.attempts).toEqual({ from: [] });
    // A case missing from storage but not marked: still shown as deleted, without a date.
    const unmarked = rowOf(compareBrands({ campaign: theCampaign, cases: withoutIt, now: T0 + 10 * DAY }), "case-slow-0001");
    expect(unmarked.caseDeleted).toBe(true);
    expect(unmarked.caseDeletedAt).toBeUndefined();
  });

  it("two protocol versions: each brand is measured with the version it ran", () => {
    const a = new BrandCase("case-version-1", "Version One");
    a.attempt(T0 + HOUR);
    a.response(T0 + 30 * HOUR);
    const b = new BrandCase("case-version-2", "Version Two");
    b.attempt(T0 + HOUR);
    b.response(T0 + 30 * HOUR);
    const v2 = protocol({ version: 2, written: moment(T0 + DAY), change: "The brands' own pages say 24 hours.", promise: { text: "We reply within 24 hours.", reading: replyWithin(24) } });
    const twoVersions = campaign([campaignBrand("Version One", a.caseId), campaignBrand("Version Two", b.caseId, { protocolVersion: 2, added: moment(T0 + DAY), addedAfterStart: true })], { protocols: [protocol(), v2] });
    const rows = compareBrands({ campaign: twoVersions, cases: new Map([[a.caseId, a.evidence()], [b.caseId, b.evidence()]]), now: T0 + 10 * DAY });
    expect(rows.map((r) => r.protocolVersion)).toEqual([1, 2]);
    expect(rows.map((r) => r.promised.value?.text)).toEqual([PROMISE_TEXT, "We reply within 24 hours."]);
    expect(rows.map((r) => r.verdict.value?.status)).toEqual(["kept", "broken"]);
  });

  it("a protocol version the campaign lacks: measured with the latest one, and said", () => {
    const c = new BrandCase("case-unknown-v", "Unknown Version");
    c.attempt(T0 + HOUR);
    const row = rowOf(compareBrands({ campaign: campaign([campaignBrand("Unknown Version", c.caseId, { protocolVersion: 9 })]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 2 * HOUR }), c.caseId);
    expect(row.notes).toContain("protocol-unknown");
    expect(row.protocolVersion).toBe(9);
    expect(row.verdict.value?.status).toBe("pending");
  });

  it("not contacted yet: pending, no first contact", () => {
    const c = new BrandCase("case-waiting-1", "Waiting");
    c.opened(T0);
    const row = rowOf(compareBrands({ campaign: campaign([campaignBrand("Waiting", c.caseId)]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 20 * DAY }), c.caseId);
    expect(row.notes).toContain("not-contacted");
    expect(row.verdict.value).toEqual({ status: "pending" });
    expect(row.attempts.value).toBe(0);
  });

  it("events handed over out of storage order read the same", () => {
    const { campaign: theCampaign, cases } = threeBrands();
    const shuffled = new Map([...cases].map(([id, c]) => [id, { ...c, events: [...c.events].reverse() }]));
    expect(compareBrands({ campaign: theCampaign, cases: shuffled, now: T0 + 10 * DAY })).toEqual(compareBrands({ campaign: theCampaign, cases, now: T0 + 10 * DAY }));
  });
});

describe("compareBrands: time to resolution", () => {
  it("from the first contact to the change that set the case resolved, with both events", () => {
    const c = new BrandCase("case-resolved", "Resolved");
    const attempt = c.attempt(T0 + HOUR);
    c.response(T0 + 5 * HOUR);
    const resolved = c.status(T0 + 3 * DAY, "open", "resolved");
    const row = rowOf(compareBrands({ campaign: campaign([campaignBrand("Resolved", c.caseId)]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.resolution).toEqual({ value: { at: T0 + 3 * DAY, timeZone: "Europe/Paris", status: "resolved", ms: 3 * DAY - HOUR }, from: [attempt, resolved] });
  });

  it("none once the case was reopened", () => {
    const c = new BrandCase("case-reopened", "Reopened");
    c.attempt(T0 + HOUR);
    c.status(T0 + 3 * DAY, "open", "closed");
    c.status(T0 + 4 * DAY, "closed", "open");
    const row = rowOf(compareBrands({ campaign: campaign([campaignBrand("Reopened", c.caseId)]), cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 10 * DAY }), c.caseId);
    expect(row.resolution).toEqual({ from: [] });
  });
});

describe("compareBrands: a campaign promise without a reading", () => {
  it("reads the pinned promise as the case reads it, and shows that reading", () => {
    const c = new BrandCase("case-no-reading", "No Reading");
    const pinned = c.promise(T0, PROMISE_TEXT, replyWithin(24));
    c.attempt(T0 + HOUR);
    c.response(T0 + 30 * HOUR);
    const unread = { ...campaign([campaignBrand("No Reading", c.caseId)]), protocols: [protocol({ promise: { text: PROMISE_TEXT } })] };
    const row = rowOf(compareBrands({ campaign: unread, cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 3 * DAY }), c.caseId);
    expect(row.promised).toEqual({ value: { text: PROMISE_TEXT, reading: replyWithin(24), source: "campaign" }, from: [pinned] });
    expect(row.verdict.value).toMatchObject({ status: "broken", due: T0 + 25 * HOUR });
  });

  it("has no verdict to give before the wait is over when nothing reads a deadline", () => {
    const c = new BrandCase("case-unread-01", "Unread");
    c.attempt(T0 + HOUR);
    const unread = { ...campaign([campaignBrand("Unread", c.caseId)]), protocols: [protocol({ promise: { text: PROMISE_TEXT } })] };
    const row = rowOf(compareBrands({ campaign: unread, cases: new Map([[c.caseId, c.evidence()]]), now: T0 + 3 * DAY }), c.caseId);
    expect(row.notes).toContain("no-deadline");
    expect(row.verdict.value).toBeUndefined();
  });
});

describe("compareBrands: two campaigns sharing a brand", () => {
  it("cites only this campaign's record in the case, and reads each campaign with its own protocol", () => {
    const c = new BrandCase("case-shared-01", "Shared");
    const ours = c.membership(T0, "campaign-telcos-0001");
    c.membership(T0, "campaign-other-0001", 3);
    c.attempt(T0 + HOUR);
    c.response(T0 + 30 * HOUR);
    const evidence = new Map([[c.caseId, c.evidence()]]);
    const telcos = compareBrands({ campaign: campaign([campaignBrand("Shared", c.caseId)]), cases: evidence, now: T0 + 3 * DAY });
    const other = compareBrands({ campaign: campaign([campaignBrand("Shared", c.caseId)], { id: "campaign-other-0001", protocols: [protocol({ promise: { text: "We reply within 24 hours.", reading: replyWithin(24) } })] }), cases: evidence, now: T0 + 3 * DAY });
    expect(telcos[0]?.membership).toEqual([ours]);
    expect(other[0]?.membership).not.toContain(ours);
    expect([telcos[0]?.verdict.value?.status, other[0]?.verdict.value?.status]).toEqual(["kept", "broken"]);
  });
});
