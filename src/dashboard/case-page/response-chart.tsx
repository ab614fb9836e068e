// Response times against promised times, drawn by hand in SVG: one bar per contact (how long the brand
// took, or has left it so far), a mark where the promise said it would answer. The same figures as a
// table for anyone who does not read the picture. Bars say their value in text, not by colour alone.
import { useMemo, useState } from "preact/hooks";
import { responseTimes, type ResponseTime } from "../../domain/cases/response-times";
import type { CaseReality } from "../../domain/reality/reality-engine";
import { t } from "../../ui/i18n";
import { channelName, duration, when } from "./case-words";

const SHOWN = 40;
const WIDTH = 720;
const LABEL = 190;
const RIGHT = 90;
const ROW = 28;
const TOP = 28;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function tickStep(max: number): number {
  const steps = [15 * 60_000, 30 * 60_000, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 90 * DAY];
  return steps.find((s) => max / s <= 6) ?? 180 * DAY;
}

function barClass(row: ResponseTime): string {
  if (row.promisedMs === undefined) return row.answered ? "bar-plain" : "bar-waiting";
  if (row.tookMs > row.promisedMs) return "bar-late";
  return row.answered ? "bar-kept" : "bar-waiting";
}

function rowLabel(row: ResponseTime): string {
  return `${when(row.at)} · ${row.channel ? channelName(row.channel) : t("chartPromiseRow")}`;
}

function valueText(row: ResponseTime): string {
  return row.answered ? duration(row.tookMs) : t("chartSoFar", duration(row.tookMs));
}

function verdictText(row: ResponseTime): string {
  if (row.promisedMs === undefined) return t("chartNoPromise");
  if (row.tookMs > row.promisedMs) return row.answered ? t("chartLate") : t("chartLateNothing");
  return row.answered ? t("chartInTime") : t("chartStillTime");
}

export function ResponseChart({ reality }: { reality: CaseReality }) {
  const all = useMemo(() => responseTimes(reality), [reality]);
  const [tableOpen, setTableOpen] = useState(false);
  if (all.length === 0) {
    return (
      <section aria-labelledby="chart-heading" class="case-section">
        <h3 id="chart-heading">{t("chartHeading")}</h3>
        <p class="empty">{t("chartEmpty")}</p>
      </section>
    );
  }
  const rows = all.slice(-SHOWN);
  const max = Math.max(...rows.map((r) => Math.max(r.tookMs, r.promisedMs ?? 0)), HOUR) * 1.05;
  const plot = WIDTH - LABEL - RIGHT;
  const x = (ms: number) => LABEL + (ms / max) * plot;
  const height = TOP + rows.length * ROW + 10;
  const step = tickStep(max);
  const ticks = Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  const late = rows.filter((r) => r.promisedMs !== undefined && r.tookMs > r.promisedMs).length;
  return (
    <section aria-labelledby="chart-heading" class="case-section">
      <h3 id="chart-heading">{t("chartHeading")}</h3>
      <figure class="response-chart">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="chart-title chart-desc" preserveAspectRatio="xMinYMin meet">
          <title id="chart-title">{t("chartTitle")}</title>
          <desc id="chart-desc">{t("chartDescription", [String(rows.length), String(late)])}</desc>
          {ticks.map((tick) => (
            <g key={tick} class="tick">
              <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={height - 6} />
              <text x={x(tick)} y={TOP - 10} text-anchor="middle">
                {tick === 0 ? "0" : duration(tick)}
              </text>
            </g>
          ))}
          {rows.map((row, i) => {
            const y = TOP + i * ROW;
            return (
              <g key={row.id} class={`chart-row ${barClass(row)}`}>
                <text class="row-label" x={LABEL - 8} y={y + ROW / 2 + 4} text-anchor="end">
                  {rowLabel(row)}
                </text>
                <rect class="bar" x={LABEL} y={y + 6} width={Math.max(2, x(row.tookMs) - LABEL)} height={ROW - 12} rx={3} />
                {row.promisedMs !== undefined && (
                  <g class="promised-mark">
                    <line x1={x(row.promisedMs)} x2={x(row.promisedMs)} y1={y + 2} y2={y + ROW - 2} />
                    <path d={`M ${x(row.promisedMs) - 4} ${y + 1} L ${x(row.promisedMs) + 4} ${y + 1} L ${x(row.promisedMs)} ${y + 6} Z`} />
                  </g>
                )}
                <text class="bar-value" x={Math.min(Math.max(x(row.tookMs), row.promisedMs === undefined ? 0 : x(row.promisedMs)), LABEL + plot) + 8} y={y + ROW / 2 + 4}>
                  {valueText(row)}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption>
          <span class="legend legend-kept">{t("legendInTime")}</span> <span class="legend legend-late">{t("legendLate")}</span>{" "}
          <span class="legend legend-waiting">{t("legendWaiting")}</span> <span class="legend legend-mark">{t("legendPromised")}</span>
          {all.length > rows.length && <span class="muted"> · {t("chartLatest", [String(rows.length), String(all.length)])}</span>}
        </figcaption>
      </figure>
      <details class="chart-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t("chartAsTable")}</summary>
        {tableOpen && (
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{t("chartTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("colContact")}</th>
                  <th scope="col">{t("colTook")}</th>
                  <th scope="col">{t("colPromised")}</th>
                  <th scope="col">{t("colVerdict")}</th>
                </tr>
              </thead>
              <tbody>
                {all.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{rowLabel(row)}</th>
                    <td>{valueText(row)}</td>
                    <td>{row.promisedMs === undefined ? "—" : duration(row.promisedMs)}</td>
                    <td>{verdictText(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </section>
  );
}
