// Figures across the campaign's brands, each with the brands (and their events) it was computed from:
// the median time to a first response, and the share of brands whose promise was kept, broken, is still
// pending, or who stayed silent. Shares are of the brands with a verdict (deleted cases have none); the
// counts are given with them, so a reader can say "3 of 10" rather than "30 %".
import { median } from "../reality/median";
import { CAMPAIGN_VERDICTS, compareBrands, type CampaignVerdict, type ComparisonInput, type ComparisonRow } from "./comparison";

/** A brand's part in a figure: its case and the events of that case the figure rests on. */
export interface BrandEvidence {
  caseId: string;
  from: string[];
}

export interface VerdictShare {
  count: number;
  /** count / brands with a verdict; 0 when no brand has one. */
  share: number;
  brands: BrandEvidence[];
}

export interface ComparisonSummary {
  brands: number;
  deleted: number;
  addedAfterStart: number;
  /** Brands with a verdict, pending included: the denominator of the shares. */
  withVerdict: number;
  /** Brands that answered at a distance (a response time exists). */
  answered: number;
  /** Absent when no brand answered at a distance. */
  medianFirstResponseMs?: { value: number; brands: BrandEvidence[] };
  verdicts: Record<CampaignVerdict, VerdictShare>;
}

export interface Comparison {
  now: number;
  rows: ComparisonRow[];
  summary: ComparisonSummary;
}

export function summarizeComparison(rows: readonly ComparisonRow[]): ComparisonSummary {
  const timed = rows.filter((r) => r.firstResponse.value?.ms !== undefined);
  const middle = median(timed.map((r) => r.firstResponse.value?.ms as number));
  const judged = rows.filter((r) => r.verdict.value !== undefined);
  const verdicts = {} as Record<CampaignVerdict, VerdictShare>;
  for (const status of CAMPAIGN_VERDICTS) {
    const those = judged.filter((r) => r.verdict.value?.status === status);
    verdicts[status] = { count: those.length, share: judged.length === 0 ? 0 : those.length / judged.length, brands: those.map((r) => ({ caseId: r.caseId, from: r.verdict.from })) };
  }
  return {
    brands: rows.length,
    deleted: rows.filter((r) => r.caseDeleted).length,
    addedAfterStart: rows.filter((r) => r.addedAfterStart).length,
    withVerdict: judged.length,
    answered: timed.length,
    ...(middle === undefined ? {} : { medianFirstResponseMs: { value: middle, brands: timed.map((r) => ({ caseId: r.caseId, from: r.firstResponse.from })) } }),
    verdicts,
  };
}

/** The table and its summary, as of `input.now`. */
export function compareCampaign(input: ComparisonInput): Comparison {
  const rows = compareBrands(input);
  return { now: input.now, rows, summary: summarizeComparison(rows) };
}
