// Sorting the comparison by any column: stable (equal rows keep their order, so sorting by verdict then
// by response time reads as expected), and rows without a value last whichever the direction: a brand
// that never answered has no response time, which is neither the fastest nor the slowest.
import type { CampaignVerdict, ComparisonRow } from "./comparison";

export const COMPARISON_COLUMNS = [
  "brand",
  "promised",
  "firstContact",
  "firstResponse",
  "verdict",
  "attempts",
  "interlocutors",
  "followUps",
  "resolution",
  "protocolVersion",
  "added",
  "caseDeleted",
] as const;
export type ComparisonColumn = (typeof COMPARISON_COLUMNS)[number];
export type SortDirection = "ascending" | "descending";

/** Best to worst, for sorting by verdict. */
const VERDICT_ORDER: Record<CampaignVerdict, number> = { kept: 0, pending: 1, broken: 2, silent: 3 };

/** The value a row sorts by in `column`; undefined when the row has none. */
export function sortValue(row: ComparisonRow, column: ComparisonColumn): string | number | undefined {
  switch (column) {
    case "brand":
      return row.brand.name;
    case "promised":
      return row.promised.value?.text;
    case "firstContact":
      return row.firstContact.value?.at;
    case "firstResponse":
      return row.firstResponse.value?.ms;
    case "verdict":
      return row.verdict.value ? VERDICT_ORDER[row.verdict.value.status] : undefined;
    case "attempts":
      return row.attempts.value;
    case "interlocutors":
      return row.interlocutors.value?.count;
    case "followUps":
      return row.followUps.value;
    case "resolution":
      return row.resolution.value?.ms;
    case "protocolVersion":
      return row.protocolVersion;
    case "added":
      return row.added.at;
    case "caseDeleted":
      return row.caseDeleted ? 1 : 0;
  }
}

/** A new array of the rows sorted by `column`; `locale` orders names ("é" with "e" in French). */
export function sortRows(rows: readonly ComparisonRow[], column: ComparisonColumn, direction: SortDirection = "ascending", locale = "en"): ComparisonRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const sign = direction === "ascending" ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: sortValue(row, column) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === undefined ? 1 : -1;
    }
    const order = typeof a.value === "number" && typeof b.value === "number" ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map((k) => k.row);
}
