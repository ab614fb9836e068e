// The report's chart: per brand, the hours from the first contact to the first response (or waited so
// far, hatched) against the deadline the promise gave (a black mark). Inline SVG written here, no
// library and no script; accessible: a title and a description the SVG is labelled by, a <title> on
// every bar, words beside the bars (the verdict is never told by colour alone), and the same figures as
// a table right after it. Every string from the campaign goes through escapeHtml.
import type { CampaignVerdict, ComparisonRow } from "../domain/campaigns/comparison";
import { hoursWords, verdictWords, type CampaignLanguage } from "../domain/campaigns/methodology-words";
import { rt } from "./campaign-report-text";
import { escapeHtml as e } from "./html-escape";

export interface ChartBar {
  caseId: string;
  brand: string;
  /** Hours to the first response, or waited so far. */
  tookMs: number;
  answered: boolean;
  promisedMs?: number;
  verdict?: CampaignVerdict;
}

const HOUR = 3_600_000;
const WIDTH = 760;
const LEFT = 190;
const RIGHT = 170;
const TOP = 34;
const ROW = 26;
const BAR = 14;
const STEPS_HOURS = [1, 2, 4, 6, 12, 24, 48, 72, 96, 168, 336, 720, 1440, 2160, 4320, 8760];

/** The bars: brands with a first contact and a response time, or still waiting; in the order given. */
export function chartBars(rows: readonly ComparisonRow[], now: number): { bars: ChartBar[]; leftOut: string[] } {
  const bars: ChartBar[] = [];
  const leftOut: string[] = [];
  for (const row of rows) {
    const contact = row.firstContact.value;
    const response = row.firstResponse.value;
    const verdict = row.verdict.value;
    if (row.caseDeleted || !contact || (response && response.ms === undefined)) {
      leftOut.push(row.brand.name);
      continue;
    }
    const promisedMs = verdict?.due !== undefined ? verdict.due - contact.at : undefined;
    bars.push({
      caseId: row.caseId,
      brand: row.brand.name,
      tookMs: response?.ms ?? Math.max(0, now - contact.at),
      answered: response !== undefined,
      ...(promisedMs !== undefined ? { promisedMs } : {}),
      ...(verdict ? { verdict: verdict.status } : {}),
    });
  }
  return { bars, leftOut };
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const fixed = (n: number) => (Math.round(n * 10) / 10).toString();

export function chartSvg(bars: readonly ChartBar[], lang: CampaignLanguage, leftOut: readonly string[] = []): string {
  const maxMs = Math.max(HOUR, ...bars.flatMap((b) => [b.tookMs, b.promisedMs ?? 0]));
  const step = (STEPS_HOURS.find((h) => (maxMs / HOUR) / h <= 8) ?? Math.ceil(maxMs / HOUR / 8)) * HOUR;
  const scaleMax = Math.ceil(maxMs / step) * step;
  const plot = WIDTH - LEFT - RIGHT;
  const x = (ms: number) => LEFT + (plot * ms) / scaleMax;
  const height = TOP + bars.length * ROW + 40;
  const out: string[] = [];
  const left = leftOut.length ? rt(lang, "chartLeftOut", leftOut.join(", ")) : "";
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="chart-title chart-desc">`);
  out.push(`<title id="chart-title">${e(rt(lang, "chartTitle"))}</title><desc id="chart-desc">${e(rt(lang, "chartDesc", left).trim())}</desc>`);
  out.push(`<defs><pattern id="waiting" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8a1c1c" stroke-width="3"/></pattern></defs>`);
  // Axis: a line per step, labelled in hours.
  for (let ms = 0; ms <= scaleMax; ms += step) {
    out.push(`<line x1="${fixed(x(ms))}" y1="${TOP - 6}" x2="${fixed(x(ms))}" y2="${TOP + bars.length * ROW}" stroke="#ddd"/><text x="${fixed(x(ms))}" y="${TOP - 10}" text-anchor="middle" font-size="11">${ms / HOUR}</text>`);
  }
  out.push(`<text x="${LEFT + plot}" y="12" text-anchor="end" font-size="11">${e(rt(lang, "chartHours"))}</text>`);
  bars.forEach((bar, i) => {
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    const fill = !bar.answered ? "url(#waiting)" : bar.verdict === "kept" ? "#2e7d32" : bar.verdict === "broken" || bar.verdict === "silent" ? "#c62828" : "#757575";
    const took = hoursWords(bar.tookMs, lang);
    const label = `${bar.answered ? took : rt(lang, "noResponseYet", took)}${bar.verdict ? ` · ${verdictWords(bar.verdict, lang)}` : ""}`;
    out.push(`<g class="bar">`);
    out.push(`<title>${e(`${bar.brand}: ${label}`)}</title>`);
    out.push(`<text x="${LEFT - 8}" y="${fixed(y + BAR - 3)}" text-anchor="end" font-size="12">${e(clip(bar.brand, 28))}</text>`);
    out.push(`<rect x="${LEFT}" y="${fixed(y)}" width="${fixed(Math.max(1, x(bar.tookMs) - LEFT))}" height="${BAR}" fill="${fill}" stroke="#333" stroke-width="0.5"/>`);
    if (bar.promisedMs !== undefined) out.push(`<line x1="${fixed(x(bar.promisedMs))}" y1="${fixed(y - 4)}" x2="${fixed(x(bar.promisedMs))}" y2="${fixed(y + BAR + 4)}" stroke="#000" stroke-width="3"/>`);
    out.push(`<text x="${fixed(Math.max(x(bar.tookMs), bar.promisedMs !== undefined ? x(bar.promisedMs) : 0) + 6)}" y="${fixed(y + BAR - 3)}" font-size="11">${e(label)}</text>`);
    out.push(`</g>`);
  });
  // Legend, in words and shapes.
  const ly = TOP + bars.length * ROW + 20;
  out.push(`<rect x="${LEFT}" y="${ly - 10}" width="14" height="10" fill="#2e7d32"/><text x="${LEFT + 18}" y="${ly}" font-size="11">${e(rt(lang, "legendResponse"))}</text>`);
  out.push(`<rect x="${LEFT + 150}" y="${ly - 10}" width="14" height="10" fill="url(#waiting)" stroke="#333" stroke-width="0.5"/><text x="${LEFT + 168}" y="${ly}" font-size="11">${e(rt(lang, "legendWaiting"))}</text>`);
  out.push(`<line x1="${LEFT + 330}" y1="${ly - 12}" x2="${LEFT + 330}" y2="${ly + 2}" stroke="#000" stroke-width="3"/><text x="${LEFT + 338}" y="${ly}" font-size="11">${e(rt(lang, "legendDeadline"))}</text>`);
  out.push(`</svg>`);
  return out.join("");
}

/** The chart's figures as a table: what a screen reader or a reader of the printout can check. */
export function chartTable(bars: readonly ChartBar[], lang: CampaignLanguage): string {
  const hours = (ms: number | undefined) => (ms === undefined ? "—" : hoursWords(ms, lang));
  const rows = bars.map(
    (b) => `<tr><th scope="row">${e(b.brand)}</th><td>${e(b.answered ? hours(b.tookMs) : rt(lang, "noResponseYet", hours(b.tookMs)))}</td><td>${e(hours(b.promisedMs))}</td><td>${e(b.verdict ? verdictWords(b.verdict, lang) : "—")}</td></tr>`,
  );
  return `<table class="chart-data"><caption>${e(rt(lang, "chartTableCaption"))}</caption><thead><tr><th scope="col">${e(rt(lang, "colBrand"))}</th><th scope="col">${e(rt(lang, "colTook"))}</th><th scope="col">${e(rt(lang, "colPromisedHours"))}</th><th scope="col">${e(rt(lang, "colVerdict"))}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
