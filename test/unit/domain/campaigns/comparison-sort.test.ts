// Sorting the comparison and its figures across brands.
import { describe, expect, it } from "vitest";
import { compareBrands } from "../../../../src/domain/campaigns/comparison";
import { sortRows } from "../../../../src/domain/campaigns/comparison-sort";
import { compareCampaign, summarizeComparison } from "../../../../src/domain/campaigns/comparison-summary";
import { BrandCase, campaign, campaignBrand, DAY, HOUR, moment, PROMISE_TEXT, replyWithin, T0, threeBrands } from "./comparison-fixtures";

/** Prompt (19 h, kept), Slow (~4 days, broken), Mute (silent), a deleted brand, and Élan (answers in 2 h, kept). */
function fiveBrands() {
  const { campaign: three, cases } = threeBrands();
  const elan = new BrandCase("case-elan-0001", "Élan");
  elan.promise(T0, PROMISE_TEXT, replyWithin(48));
  elan.attempt(T0 + HOUR);
  elan.response(T0 + 3 * HOUR);
  const brands = [...three.brands, campaignBrand("Gone", "case-gone-0001", { caseDeleted: moment(T0 + 2 * DAY) }), campaignBrand("Élan", elan.caseId)];
  const all = new Map([...cases, ["case-gone-0001", undefined], [elan.caseId, elan.evidence()]]);
  return compareBrands({ campaign: campaign(brands), cases: all, now: T0 + 10 * DAY });
}

const names = (rows: { brand: { name: string } }[]) => rows.map((r) => r.brand.name);

describe("sortRows", () => {
  const rows = fiveBrands();

  it("sorts by response time either way, brands without one last both times", () => {
    expect(names(sortRows(rows, "firstResponse"))).toEqual(["Élan", "Prompt Telecom", "Slow Telecom", "Mute Telecom", "Gone"]);
    expect(names(sortRows(rows, "firstResponse", "descending"))).toEqual(["Slow Telecom", "Prompt Telecom", "Élan", "Mute Telecom", "Gone"]);
  });

  it("sorts by verdict from kept to silent, equal verdicts keeping their order", () => {
    expect(names(sortRows(rows, "verdict"))).toEqual(["Prompt Telecom", "Élan", "Slow Telecom", "Mute Telecom", "Gone"]);
    expect(names(sortRows(rows, "verdict", "descending"))).toEqual(["Mute Telecom", "Slow Telecom", "Prompt Telecom", "Élan", "Gone"]);
  });

  it("sorts names as the language does, accents with their letter", () => {
    expect(names(sortRows(rows, "brand", "ascending", "fr"))).toEqual(["Élan", "Gone", "Mute Telecom", "Prompt Telecom", "Slow Telecom"]);
  });

  it("is stable: a sort by attempts keeps the previous order among equals", () => {
    const byVerdict = sortRows(rows, "verdict");
    expect(names(sortRows(byVerdict, "attempts"))).toEqual(["Prompt Telecom", "Élan", "Mute Telecom", "Slow Telecom", "Gone"]);
  });

  it("leaves the rows given untouched", () => {
    const before = names(rows);
    sortRows(rows, "brand", "descending");
    expect(names(rows)).toEqual(before);
  });
});

describe("summarizeComparison", () => {
  it("gives the median response time and the shares of verdicts, with their brands and counts", () => {
    const rows = fiveBrands();
    const summary = summarizeComparison(rows);
    expect(summary.brands).toBe(5);
    expect(summary.deleted).toBe(1);
    expect(summary.withVerdict).toBe(4);
    expect(summary.answered).toBe(3);
    // 2 h, 19 h and 4 days 24 h: the middle one.
    expect(summary.medianFirstResponseMs?.value).toBe(19 * HOUR);
    expect(summary.medianFirstResponseMs?.brands.map((b) => b.caseId)).toEqual(["case-prompt-01", "case-slow-0001", "case-elan-0001"]);
    expect(summary.verdicts.kept).toMatchObject({ count: 2, share: 0.5 });
    expect(summary.verdicts.broken).toMatchObject({ count: 1, share: 0.25 });
    expect(summary.verdicts.silent).toMatchObject({ count: 1, share: 0.25, brands: [{ caseId: "case-mute-0001", from: rows[2]?.verdict.from }] });
    expect(summary.verdicts.pending).toMatchObject({ count: 0, share: 0, brands: [] });
  });

  it("has no median and zero shares for a campaign not yet run", () => {
    const summary = compareCampaign({ campaign: campaign([campaignBrand("Gone", "case-gone-0001")]), cases: new Map(), now: T0 }).summary;
    expect(summary.medianFirstResponseMs).toBeUndefined();
    expect(summary.withVerdict).toBe(0);
    expect(summary.verdicts.kept.share).toBe(0);
  });
});
