// The comparison: one row per brand against the same yardstick (domain/campaigns/comparison.ts), sortable
// by any column (a button in its header; aria-sort says the order), each cell a link to the case page at
// the evidence event it comes from. Above it, the figures across brands.
import { useMemo, useState } from "preact/hooks";
import type { Cell, ComparisonRow } from "../../domain/campaigns/comparison";
import type { Comparison } from "../../domain/campaigns/comparison-summary";
import { sortRows, type ComparisonColumn, type SortDirection } from "../../domain/campaigns/comparison-sort";
import { hoursWords, noteWords, verdictWords, type CampaignLanguage } from "../../domain/campaigns/methodology-words";
import { t, tn, uiLanguage } from "../../ui/i18n";
import { caseHash } from "../case-route";
import { when } from "../case-page/case-words";

export function campaignLanguage(): CampaignLanguage {
  return uiLanguage().toLowerCase().startsWith("fr") ? "fr" : "en";
}

const COLUMNS: readonly ComparisonColumn[] = ["brand", "promised", "firstContact", "firstResponse", "verdict", "attempts", "interlocutors", "followUps", "resolution"];

/** The event a cell opens onto: the one its value names, else the last it rests on. */
function eventOf<T>(cell: Cell<T>, named?: string): string | undefined {
  return named ?? cell.from.at(-1);
}

function CellLink({ caseId, eventId, children, count }: { caseId: string; eventId: string | undefined; children: string; count: number }) {
  if (!eventId) return <>{children}</>;
  return (
    <a href={caseHash(caseId, eventId)} title={tn("comparisonCellEvents", count)}>
      {children}
    </a>
  );
}

function cellText(row: ComparisonRow, column: ComparisonColumn, lang: CampaignLanguage): { text: string; eventId?: string | undefined; count: number } {
  switch (column) {
    case "brand":
      return { text: row.brand.name, count: 0 };
    case "promised":
      return { text: row.promised.value?.text ?? "—", eventId: eventOf(row.promised), count: row.promised.from.length };
    case "firstContact":
      return { text: row.firstContact.value ? when(row.firstContact.value.at) : "—", eventId: row.firstContact.value?.eventId, count: row.firstContact.from.length };
    case "firstResponse": {
      const v = row.firstResponse.value;
      const text = v ? (v.ms !== undefined ? hoursWords(v.ms, lang) : t("comparisonOnTheSpot")) : t("comparisonNoResponse");
      return { text, eventId: v?.eventId, count: row.firstResponse.from.length };
    }
    case "verdict": {
      const v = row.verdict.value;
      // How late says something for a broken promise; a silent brand is silent, however long ago its deadline passed.
      const late = v?.status === "broken" && v.lateMs !== undefined ? ` (${t("comparisonLate", hoursWords(v.lateMs, lang))})` : "";
      return { text: v ? `${verdictWords(v.status, lang)}${late}` : "—", eventId: eventOf(row.verdict), count: row.verdict.from.length };
    }
    case "attempts":
      return { text: row.attempts.value === undefined ? "—" : String(row.attempts.value), eventId: eventOf(row.attempts, row.attempts.from[0]), count: row.attempts.from.length };
    case "interlocutors": {
      const v = row.interlocutors.value;
      return { text: v ? `${v.count}${v.names.length ? ` (${v.names.join(", ")})` : ""}` : "—", eventId: eventOf(row.interlocutors, row.interlocutors.from[0]), count: row.interlocutors.from.length };
    }
    case "followUps":
      return { text: row.followUps.value === undefined ? "—" : String(row.followUps.value), eventId: eventOf(row.followUps, row.followUps.from[0]), count: row.followUps.from.length };
    case "resolution": {
      const v = row.resolution.value;
      return { text: v ? (v.ms !== undefined ? hoursWords(v.ms, lang) : when(v.at)) : "—", eventId: eventOf(row.resolution), count: row.resolution.from.length };
    }
    default:
      return { text: "", count: 0 };
  }
}

function Summary({ comparison, lang }: { comparison: Comparison; lang: CampaignLanguage }) {
  const s = comparison.summary;
  return (
    <ul class="figures campaign-figures" aria-label={t("comparisonFigures")}>
      <li class="figure">
        <span class="figure-value">{s.medianFirstResponseMs ? hoursWords(s.medianFirstResponseMs.value, lang) : "—"}</span>
        <span class="figure-label">{tn("comparisonMedian", s.brands - s.deleted, [String(s.answered), String(s.brands - s.deleted)])}</span>
      </li>
      {(["kept", "broken", "pending", "silent"] as const).map((status) => (
        <li key={status} class={`figure verdict-${status}`}>
          <span class="figure-value">{t("comparisonOf", [String(s.verdicts[status].count), String(s.withVerdict)])}</span>
          <span class="figure-label">{verdictWords(status, lang)}</span>
        </li>
      ))}
    </ul>
  );
}

export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const lang = campaignLanguage();
  const [sort, setSort] = useState<{ column: ComparisonColumn; direction: SortDirection } | undefined>(undefined);
  const rows = useMemo(() => (sort ? sortRows(comparison.rows, sort.column, sort.direction, lang) : comparison.rows), [comparison.rows, sort, lang]);
  const sortBy = (column: ComparisonColumn) =>
    setSort((s) => ({ column, direction: s?.column === column && s.direction === "ascending" ? "descending" : "ascending" }));
  return (
    <>
      <Summary comparison={comparison} lang={lang} />
      <div class="table-scroll">
        <table class="comparison-table">
          <caption>{t("comparisonCaption", when(comparison.now))}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" aria-sort={sort?.column === column ? sort.direction : undefined}>
                  <button type="button" class="link" onClick={() => sortBy(column)}>
                    {t(`comparisonColumn_${column}`)}
                    <span aria-hidden="true">{sort?.column === column ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.caseId} data-case-id={row.caseId} class={row.caseDeleted ? "deleted-row" : undefined}>
                <th scope="row">
                  {row.caseDeleted ? row.brand.name : <a href={caseHash(row.caseId)}>{row.brand.name}</a>}
                  {row.addedAfterStart && <div class="badge late-brand">{t("brandAddedLate")}</div>}
                  {row.notes.length > 0 && <div class="muted row-notes">{row.notes.map((note) => noteWords(note, lang)).join(" · ")}</div>}
                </th>
                {row.caseDeleted ? (
                  <td colSpan={COLUMNS.length - 1} class="muted">
                    {row.caseDeletedAt ? t("brandCaseDeleted", when(row.caseDeletedAt.at)) : noteWords("case-deleted", lang)}
                  </td>
                ) : (
                  COLUMNS.slice(1).map((column) => {
                    const cell = cellText(row, column, lang);
                    return (
                      <td key={column} class={`col-${column}${column === "verdict" && row.verdict.value ? ` verdict-${row.verdict.value.status}` : ""}`}>
                        <CellLink caseId={row.caseId} eventId={cell.eventId} count={cell.count}>
                          {cell.text}
                        </CellLink>
                      </td>
                    );
                  })
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
