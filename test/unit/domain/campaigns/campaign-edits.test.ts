import { describe, expect, it } from "vitest";
import { Campaign } from "../../../../src/domain/campaigns/campaign";
import {
  addBrand,
  brandStart,
  CampaignEditError,
  campaignCaseOpening,
  editProtocol,
  endCampaign,
  markCaseDeleted,
  newCampaign,
  removeBrand,
  startCampaign,
} from "../../../../src/domain/campaigns/campaign-edits";
import { CaseChangePayload } from "../../../../src/domain/evidence";
import { at, BRANDS, DAY, protocolFields, READING, startedCampaign, T0 } from "./campaign-fixtures";

const problemOf = (edit: () => unknown): string | undefined => {
  try {
    edit();
    return undefined;
  } catch (error) {
    return error instanceof CampaignEditError ? error.problem : String(error);
  }
};

function draft() {
  return newCampaign({ id: "campaign-0001", name: "Telcos: 48 hours?", protocol: protocolFields(), brands: BRANDS.slice(0, 2) }, at(T0 - DAY));
}

describe("preparing a campaign", () => {
  it("starts as a draft with protocol v1 and its brands, none of them late", () => {
    const campaign = draft();
    expect(Campaign.parse(campaign)).toEqual(campaign);
    expect(campaign.started).toBeUndefined();
    expect(campaign.protocols).toEqual([{ ...protocolFields(), version: 1, written: at(T0 - DAY) }]);
    expect(campaign.brands.map((b) => [b.brand.name, b.caseId, b.addedAfterStart, b.protocolVersion])).toEqual([
      ["Sienna Mobile", "case_sienna-01", false, 1],
      ["Umber Fibre", "case_umber-001", false, 1],
    ]);
  });

  it("refuses the same brand twice (a shared domain or a subdomain of it)", () => {
    expect(problemOf(() => addBrand(draft(), { name: "Sienna again", domains: ["www.sienna.test"] }, "case_other-01", at(T0)))).toBe("brand-already-in");
    expect(problemOf(() => newCampaign({ id: "campaign-0002", name: "x", protocol: protocolFields(), brands: [BRANDS[0]!, BRANDS[0]!] }, at(T0)))).toBe("brand-already-in");
  });

  it("rewrites the draft's protocol in place: nothing ran it yet, so no version is kept", () => {
    const edited = editProtocol(draft(), protocolFields({ question: "Do you charge for a SIM swap?" }), undefined, at(T0 - 1000));
    expect(edited.protocols).toEqual([{ ...protocolFields({ question: "Do you charge for a SIM swap?" }), version: 1, written: at(T0 - 1000) }]);
  });

  it("refuses an edit that changes nothing", () => {
    expect(problemOf(() => editProtocol(draft(), protocolFields(), "because", at(T0)))).toBe("protocol-unchanged");
  });

  it("removes a brand before the start only", () => {
    expect(removeBrand(draft(), "case_umber-001").brands.map((b) => b.caseId)).toEqual(["case_sienna-01"]);
    expect(problemOf(() => removeBrand(draft(), "case_nobody-01"))).toBe("brand-not-found");
    expect(problemOf(() => removeBrand(startCampaign(draft(), at(T0)), "case_umber-001"))).toBe("already-started");
  });

  it("cannot start without brands, nor twice", () => {
    const empty = newCampaign({ id: "campaign-0003", name: "Empty", protocol: protocolFields(), brands: [] }, at(T0));
    expect(problemOf(() => startCampaign(empty, at(T0)))).toBe("no-brands");
    expect(problemOf(() => startCampaign(startCampaign(draft(), at(T0)), at(T0 + 1)))).toBe("already-started");
  });
});

describe("a started campaign", () => {
  it("starts every brand on the protocol as it is now", () => {
    const started = startCampaign(draft(), at(T0));
    expect(started.started).toEqual(at(T0));
    expect(started.brands.every((b) => b.protocolVersion === 1 && !b.addedAfterStart)).toBe(true);
    expect(brandStart(started, started.brands[0]!)).toEqual(at(T0));
    expect(brandStart(draft(), draft().brands[0]!)).toBeUndefined();
  });

  it("a protocol edited after the start is a new version with its reason; running brands keep theirs, new brands get it", () => {
    const started = startCampaign(draft(), at(T0));
    expect(problemOf(() => editProtocol(started, protocolFields({ wait: { amount: 7, unit: "calendar-days" } }), "  ", at(T0 + DAY)))).toBe("why-needed");
    const v2 = editProtocol(started, protocolFields({ wait: { amount: 7, unit: "calendar-days" } }), "Five days was too short for letters.", at(T0 + DAY));
    expect(v2.protocols.map((p) => [p.version, p.change, p.wait.amount])).toEqual([
      [1, undefined, 5],
      [2, "Five days was too short for letters.", 7],
    ]);
    expect(v2.brands.map((b) => b.protocolVersion)).toEqual([1, 1]);
    const joined = addBrand(v2, BRANDS[2]!.brand, BRANDS[2]!.caseId, at(T0 + 2 * DAY));
    expect(joined.brands.at(-1)).toEqual({ ...BRANDS[2], added: at(T0 + 2 * DAY), addedAfterStart: true, protocolVersion: 2 });
    expect(brandStart(joined, joined.brands.at(-1)!)).toEqual(at(T0 + 2 * DAY));
  });

  it("once ended, takes no brand and no protocol change", () => {
    const ended = endCampaign(startCampaign(draft(), at(T0)), at(T0 + 9 * DAY));
    expect(ended.ended).toEqual(at(T0 + 9 * DAY));
    expect(problemOf(() => addBrand(ended, BRANDS[2]!.brand, BRANDS[2]!.caseId, at(T0 + 10 * DAY)))).toBe("ended");
    expect(problemOf(() => editProtocol(ended, protocolFields({ question: "Other?" }), "why", at(T0 + 10 * DAY)))).toBe("ended");
    expect(problemOf(() => endCampaign(ended, at(T0 + 10 * DAY)))).toBe("ended");
    expect(problemOf(() => endCampaign(draft(), at(T0)))).toBe("not-started");
  });

  it("a deleted case stays listed, marked once; the brand may then join again", () => {
    const campaign = startedCampaign();
    const marked = markCaseDeleted(campaign, "case_umber-001", at(T0 + DAY));
    expect(marked.brands.map((b) => b.caseDeleted)).toEqual([undefined, at(T0 + DAY), undefined]);
    expect(markCaseDeleted(marked, "case_umber-001", at(T0 + 2 * DAY)).brands[1]!.caseDeleted).toEqual(at(T0 + DAY));
    const again = addBrand(marked, BRANDS[1]!.brand, "case_umber-002", at(T0 + 2 * DAY));
    expect(again.brands.map((b) => [b.caseId, b.addedAfterStart])).toEqual([
      ["case_sienna-01", false],
      ["case_umber-001", false],
      ["case_teal-0001", false],
      ["case_umber-002", true],
    ]);
  });
});

describe("what opens a brand's case", () => {
  it("records the opening, the campaign it runs (version, question, channel) and, with campaign pinning, the promise under test", () => {
    const campaign = startedCampaign();
    const opening = campaignCaseOpening(campaign, campaign.brands[0]!);
    expect(opening.opened).toEqual({ change: "opened", from: {}, to: { title: "Sienna Mobile — Telcos: 48 hours?", brand: BRANDS[0]!.brand, status: "open" } });
    expect(CaseChangePayload.parse(opening.membership)).toEqual({
      change: "campaign",
      from: {},
      to: {},
      campaign: {
        campaignId: "campaign-0001",
        name: "Telcos: 48 hours?",
        protocolVersion: 1,
        question: "Can I keep my number if I cancel my contract?",
        channel: "email",
        pinning: "campaign",
        addedAfterStart: false,
      },
    });
    expect(opening.promise).toEqual({ quote: "We reply within 48 hours.", context: expect.stringContaining("Telcos: 48 hours?"), reading: READING });
  });

  it("with per-brand pinning, pins nothing: the brand's own promise is to be pinned from its site", () => {
    const campaign = startedCampaign({}, { pinning: "per-brand" });
    const opening = campaignCaseOpening(campaign, campaign.brands[0]!);
    expect(opening.promise).toBeUndefined();
    expect(opening.membership.campaign?.pinning).toBe("per-brand");
  });

  it("runs the brand's own protocol version, not the latest", () => {
    const v2 = editProtocol(startedCampaign(), protocolFields({ question: "Second wording?" }), "clearer", at(T0 + DAY));
    expect(campaignCaseOpening(v2, v2.brands[0]!).membership.campaign).toMatchObject({ protocolVersion: 1, question: "Can I keep my number if I cancel my contract?" });
  });
});
