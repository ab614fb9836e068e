import { describe, expect, it } from "vitest";
import { guidedRun, type GuidedRun } from "../../../../src/domain/campaigns/guided-run";
import { addBrand, editProtocol, endCampaign } from "../../../../src/domain/campaigns/campaign-edits";
import type { Campaign } from "../../../../src/domain/campaigns/campaign";
import { EVIDENCE_MODEL_VERSION, type EventKind, type EventOfKind, type EvidenceEvent } from "../../../../src/domain/evidence";
import { at, BRANDS, DAY, HOUR, protocolFields, startedCampaign, T0 } from "./campaign-fixtures";

const CASE = BRANDS[0]!.caseId;
let counter = 0;

function ev<K extends EventKind>(kind: K, payload: EventOfKind<K>["payload"], when: number, id?: string): EvidenceEvent {
  counter += 1;
  return {
    v: EVIDENCE_MODEL_VERSION,
    id: id ?? `evt_${String(counter).padStart(6, "0")}`,
    caseId: CASE,
    kind,
    recorded: at(when),
    occurred: at(when),
    collection: { method: "by-hand", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140" },
    hash: null,
    previousHash: null,
    payload,
  } as unknown as EvidenceEvent;
}

const sent = (when: number, id?: string) => ev("contact-attempt", { channel: "email", fields: [], target: "care@sienna.test", summary: "Can I keep my number?" }, when, id);
const reply = (when: number, text = "Yes, you can keep it: ask for your RIO code at 3179.", id?: string) => ev("response", { channel: "email", from: "care@sienna.test", text }, when, id);
const ack = (when: number) => ev("response", { channel: "email", from: "no-reply@sienna.test", text: "We have received your message and will reply within 48 hours." }, when);
const promise = (when: number, id?: string) => ev("promise", { quote: "Our advisers answer every e-mail within 48 hours." }, when, id);
const form = (when: number, id: string) => ev("contact-attempt", { channel: "web-form", fields: [] }, when, id);
const outcome = (when: number, attemptId: string, status: "confirmed" | "error") => ev("contact-outcome", { attemptId, status }, when);

function run(events: EvidenceEvent[], now: number, campaign: Campaign = startedCampaign(), brandIndex = 0): GuidedRun {
  return guidedRun({ campaign, brand: campaign.brands[brandIndex]!, trail: events.map((event, i) => ({ seq: i + 1, event })), now });
}

describe("guided run: before and around the message", () => {
  it("says nothing is due while the campaign is being prepared", () => {
    const draft = startedCampaign();
    delete draft.started;
    expect(run([], T0, draft).step).toBe("not-started");
  });

  it("asks to send the question once the campaign pinned its promise", () => {
    const r = run([promise(T0, "evt_pinned01")], T0 + HOUR);
    expect(r).toMatchObject({ step: "send-message", start: T0, promise: { needed: false, pinned: { eventId: "evt_pinned01" } } });
    expect(r.protocol.question).toBe("Can I keep my number if I cancel my contract?");
    expect(r.message).toBeUndefined();
  });

  it("per-brand pinning: asks to pin the brand's promise first, then to send", () => {
    const campaign = startedCampaign({}, { pinning: "per-brand" });
    expect(run([], T0 + HOUR, campaign)).toMatchObject({ step: "pin-promise", promise: { needed: true } });
    expect(run([promise(T0 + HOUR)], T0 + 2 * HOUR, campaign).step).toBe("send-message");
  });

  it("per-brand pinning: a message sent without the promise still runs, and the missing promise stays listed", () => {
    const campaign = startedCampaign({}, { pinning: "per-brand" });
    const r = run([sent(T0 + HOUR)], T0 + 2 * HOUR, campaign);
    expect(r.step).toBe("waiting");
    expect(r.promise).toEqual({ needed: true });
  });

  it("counts only contacts on the protocol's channel, from the start on", () => {
    const before = ev("contact-attempt", { channel: "email", fields: [] }, T0 - HOUR);
    const other = ev("contact-attempt", { channel: "phone", fields: [], spokeWith: "Ana" }, T0 + HOUR);
    expect(run([before, other], T0 + 2 * HOUR).step).toBe("send-message");
  });

  it("a form whose page said it failed is not the message; the failed attempt is named", () => {
    const campaign = startedCampaign({}, { channel: "web-form" });
    const failed = [form(T0 + HOUR, "evt_form0001"), outcome(T0 + HOUR + 1000, "evt_form0001", "error")];
    expect(run(failed, T0 + 2 * HOUR, campaign)).toMatchObject({ step: "send-message", failedAttempt: { eventId: "evt_form0001" } });
    const again = [...failed, form(T0 + 3 * HOUR, "evt_form0002"), outcome(T0 + 3 * HOUR + 1000, "evt_form0002", "confirmed")];
    expect(run(again, T0 + 4 * HOUR, campaign)).toMatchObject({ step: "waiting", message: { eventId: "evt_form0002", at: T0 + 3 * HOUR } });
  });

  it("a brand added after the start counts from when it joined", () => {
    const campaign = addBrand(startedCampaign(), { name: "Ochre", domains: ["ochre.test"] }, "case_ochre-01", at(T0 + 2 * DAY));
    const early = sent(T0 + DAY);
    expect(run([early], T0 + 3 * DAY, campaign, 3)).toMatchObject({ step: "send-message", start: T0 + 2 * DAY });
  });
});

describe("guided run: waiting, following up, silence", () => {
  it("waits, with the follow-up and the end of the wait as the next changes", () => {
    const r = run([sent(T0 + HOUR, "evt_sent0001")], T0 + DAY);
    expect(r).toMatchObject({ step: "waiting", message: { eventId: "evt_sent0001", at: T0 + HOUR }, followUp: { due: T0 + HOUR + 3 * DAY }, silentAt: T0 + HOUR + 5 * DAY });
    expect(r.nextChange).toBe(T0 + HOUR + 3 * DAY);
  });

  it("asks to follow up once the follow-up is due, until one is sent", () => {
    const due = T0 + HOUR + 3 * DAY;
    expect(run([sent(T0 + HOUR)], due - 1).step).toBe("waiting");
    const now = run([sent(T0 + HOUR)], due);
    expect(now).toMatchObject({ step: "follow-up", followUp: { due }, nextChange: T0 + HOUR + 5 * DAY });
    const followed = run([sent(T0 + HOUR), sent(due + HOUR, "evt_follow01")], due + 2 * HOUR);
    expect(followed).toMatchObject({ step: "waiting", followUp: { due, sent: { eventId: "evt_follow01", early: false } }, nextChange: T0 + HOUR + 5 * DAY });
  });

  it("a second message before the follow-up was due is the follow-up, flagged early", () => {
    const r = run([sent(T0 + HOUR), sent(T0 + DAY, "evt_early001")], T0 + 4 * DAY);
    expect(r).toMatchObject({ step: "waiting", followUp: { sent: { eventId: "evt_early001", early: true } } });
  });

  it("without a follow-up in the protocol, only waits", () => {
    const campaign = startedCampaign({}, { followUpAfter: undefined });
    const r = run([sent(T0 + HOUR)], T0 + 4 * DAY, campaign);
    expect(r.step).toBe("waiting");
    expect(r.followUp).toBeUndefined();
    expect(r.nextChange).toBe(T0 + HOUR + 5 * DAY);
  });

  it("is silent once the wait has passed with no response, and stays so", () => {
    expect(run([sent(T0 + HOUR)], T0 + HOUR + 5 * DAY)).toMatchObject({ step: "silent", silentAt: T0 + HOUR + 5 * DAY });
    const r = run([sent(T0 + HOUR), sent(T0 + 4 * DAY)], T0 + 30 * DAY);
    expect(r.step).toBe("silent");
    expect(r.nextChange).toBeUndefined();
  });

  it("counts business days as the protocol says (a Friday message waits over the weekend)", () => {
    const friday = Date.UTC(2026, 2, 6, 9, 0);
    const campaign = startedCampaign({}, { wait: { amount: 2, unit: "business-days" }, followUpAfter: { amount: 1, unit: "business-days" } });
    const r = run([sent(friday)], friday + HOUR, campaign);
    expect(r.followUp?.due).toBe(Date.UTC(2026, 2, 9, 9, 0));
    expect(r.silentAt).toBe(Date.UTC(2026, 2, 10, 9, 0));
  });

  it("an ended campaign stops the run of a brand still waiting, but keeps an answer or a silence", () => {
    const ended = endCampaign(startedCampaign(), at(T0 + 2 * DAY));
    expect(run([sent(T0 + HOUR)], T0 + 2 * DAY, ended).step).toBe("ended");
    expect(run([], T0 + 2 * DAY, ended).step).toBe("ended");
    expect(run([sent(T0 + HOUR), reply(T0 + DAY)], T0 + 2 * DAY, ended).step).toBe("answered");
    expect(run([sent(T0 + HOUR)], T0 + 9 * DAY, ended).step).toBe("silent");
  });
});

describe("guided run: the response, under the protocol's rule", () => {
  it("an answer in time", () => {
    const r = run([sent(T0 + HOUR), reply(T0 + DAY, undefined, "evt_reply001")], T0 + 2 * DAY);
    expect(r).toMatchObject({ step: "answered", response: { eventId: "evt_reply001", at: T0 + DAY, afterMs: DAY - HOUR, afterWait: false } });
    expect(r.nextChange).toBeUndefined();
  });

  it("an answer after the follow-up, and one after the wait was over (still an answer, marked)", () => {
    const late = run([sent(T0 + HOUR), sent(T0 + 3 * DAY + 2 * HOUR), reply(T0 + 4 * DAY)], T0 + 4 * DAY + HOUR);
    expect(late).toMatchObject({ step: "answered", response: { afterMs: 4 * DAY - HOUR, afterWait: false }, followUp: { sent: { early: false } } });
    const afterWait = run([sent(T0 + HOUR), reply(T0 + 6 * DAY)], T0 + 7 * DAY);
    expect(afterWait).toMatchObject({ step: "answered", response: { afterWait: true } });
  });

  it('"person": an automatic acknowledgement is not the response; "any": it is', () => {
    const events = [sent(T0 + HOUR), ack(T0 + HOUR + 60_000)];
    expect(run(events, T0 + 2 * HOUR).step).toBe("waiting");
    const any = startedCampaign({}, { responseRule: "any" });
    expect(run(events, T0 + 2 * HOUR, any)).toMatchObject({ step: "answered", response: { afterMs: 60_000 } });
  });

  it("a response dated before the message does not answer it", () => {
    expect(run([reply(T0 + HOUR), sent(T0 + 2 * HOUR)], T0 + 3 * HOUR).step).toBe("waiting");
  });

  it("a response the person withdrew (a correction) no longer counts; a corrected date does", () => {
    const events = [sent(T0 + HOUR), reply(T0 + DAY, undefined, "evt_reply002")];
    const withdrawn = [...events, ev("correction", { supersedes: "evt_reply002", reason: "Wrong case." }, T0 + DAY + HOUR)];
    expect(run(withdrawn, T0 + 2 * DAY).step).toBe("waiting");
    const redated = [...events, ev("correction", { supersedes: "evt_reply002", reason: "It came later.", occurred: at(T0 + 6 * DAY) }, T0 + 7 * DAY)];
    expect(run(redated, T0 + 7 * DAY)).toMatchObject({ step: "answered", response: { at: T0 + 6 * DAY, afterWait: true } });
  });

  it("does not count what happens after `now`", () => {
    expect(run([sent(T0 + HOUR), reply(T0 + 3 * DAY)], T0 + DAY).step).toBe("waiting");
  });
});

describe("guided run: the brand's case and protocol", () => {
  it("a deleted case says so, whatever its events were", () => {
    const campaign = startedCampaign();
    campaign.brands[0]!.caseDeleted = at(T0 + DAY);
    expect(run([sent(T0 + HOUR)], T0 + 2 * DAY, campaign)).toMatchObject({ step: "case-deleted", start: T0 });
  });

  it("each brand runs its own protocol version", () => {
    const v2 = editProtocol(startedCampaign(), protocolFields({ wait: { amount: 10, unit: "calendar-days" }, followUpAfter: undefined }), "Letters are slow.", at(T0 + DAY));
    const joined = addBrand(v2, { name: "Ochre", domains: ["ochre.test"] }, "case_ochre-01", at(T0 + DAY));
    const old = run([sent(T0 + 2 * DAY)], T0 + 3 * DAY, joined, 0);
    const fresh = run([sent(T0 + 2 * DAY)], T0 + 3 * DAY, joined, 3);
    expect([old.protocol.version, old.silentAt, old.followUp?.due]).toEqual([1, T0 + 7 * DAY, T0 + 5 * DAY]);
    expect([fresh.protocol.version, fresh.silentAt, fresh.followUp]).toEqual([2, T0 + 12 * DAY, undefined]);
  });
});
