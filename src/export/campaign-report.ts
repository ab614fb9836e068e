// The publishable campaign report: one self-contained HTML page (no script: its Content-Security-Policy
// forbids any), in English or French. Title, summary, the comparison table (each figure a link to the
// events it comes from), the chart of response times against the promise (inline SVG, with its data
// table), the methodology, and per brand the evidence: its dossier in the bundle and, for each figure,
// the events by id and SHA-256. Every string that comes from the campaign or a brand goes through
// escapeHtml. Styled like the dossier (dossier-style.ts), with a print stylesheet.
import type { Campaign } from "../domain/campaigns/campaign";
import type { CaseEvidence, Cell, ComparisonRow } from "../domain/campaigns/comparison";
import type { Comparison } from "../domain/campaigns/comparison-summary";
import type { Methodology } from "../domain/campaigns/methodology";
import { hoursWords, momentWords, verdictWords, type CampaignLanguage } from "../domain/campaigns/methodology-words";
import { groupedFingerprint } from "../domain/dossier/fingerprint";
import type { Moment } from "../domain/evidence";
import { chartBars, chartSvg, chartTable } from "./campaign-chart";
import { caseFolders } from "./campaign-paths";
import { rt } from "./campaign-report-text";
import { rowNotes } from "./campaign-csv";
import { DOSSIER_CSS } from "./dossier-style";
import { escapeHtml as e } from "./html-escape";

export interface CampaignReportInput {
  campaign: Campaign;
  comparison: Comparison;
  methodology: Methodology;
  /** The brands' cases (for the events' hashes); undefined for a deleted case. */
  cases: ReadonlyMap<string, CaseEvidence | undefined>;
  lang: CampaignLanguage;
  /** When the report was made (device clock). */
  created: Moment;
  /** Inside a bundle: evidence links open each brand's dossier (cases/<brand>/dossier.html). */
  inBundle: boolean;
  signerFingerprint?: string;
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const REPORT_CSS = `
table.comparison { font-size: .78rem; }
table.comparison td.num { text-align: right; white-space: nowrap; }
table.comparison a { color: inherit; }
.verdict { font-weight: bold; white-space: nowrap; }
.verdict-kept { color: #1b5e20; }
.verdict-broken, .verdict-silent { color: #b71c1c; }
.verdict-pending { color: #555; }
.deleted td { color: #666; font-style: italic; }
.summary-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .5rem; margin: .8rem 0; }
.summary-figures div { border: 1px solid #bbb; padding: .4rem .6rem; }
.summary-figures .value { font-size: 1.3rem; font-weight: bold; display: block; }
figure.chart-figure { margin: 1rem 0; overflow-x: auto; }
svg.chart { max-width: 100%; height: auto; font-family: Arial, Helvetica, sans-serif; }
table.chart-data caption { text-align: left; font-weight: bold; padding: .3rem 0; }
section.brand-evidence { break-inside: avoid-page; }
ul.evidence { font-size: .8rem; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  table.comparison { font-size: 7.5pt; }
  figure.chart-figure { break-inside: avoid; page-break-inside: avoid; }
  section.methodology, section.evidence { break-before: page; page-break-before: always; }
  table.comparison a::after { content: ""; }
}
`;

const cellLink = (slug: string, cell: string, content: string, from: readonly string[]) => (from.length ? `<a href="#ev-${e(slug)}-${cell}">${content}</a>` : content);

function summarySection(input: CampaignReportInput): string {
  const { comparison, lang, campaign } = input;
  const s = comparison.summary;
  const latest = campaign.protocols[campaign.protocols.length - 1];
  const lead = latest?.pinning === "per-brand" ? rt(lang, "summaryLeadPerBrand", s.brands) : rt(lang, "summaryLead", s.brands, latest?.promise.text ?? "");
  const paragraphs = [
    lead,
    rt(lang, "summaryVerdicts", s.withVerdict, s.verdicts.kept.count, s.verdicts.broken.count, s.verdicts.silent.count, s.verdicts.pending.count),
    s.medianFirstResponseMs ? rt(lang, "summaryMedian", hoursWords(s.medianFirstResponseMs.value, lang), s.answered) : rt(lang, "summaryNoMedian"),
    ...(s.deleted ? [rt(lang, "summaryDeleted", s.deleted)] : []),
    ...(s.addedAfterStart ? [rt(lang, "summaryAdded", s.addedAfterStart)] : []),
  ];
  const percent = (share: number) => Math.round(share * 100);
  const figure = (label: string, value: string, detail: string) => `<div><span class="value">${e(value)}</span>${e(label)}${detail ? ` · ${e(detail)}` : ""}</div>`;
  const figures = [
    figure(rt(lang, "factKept"), String(s.verdicts.kept.count), rt(lang, "share", s.verdicts.kept.count, s.withVerdict, percent(s.verdicts.kept.share))),
    figure(rt(lang, "factBroken"), String(s.verdicts.broken.count), rt(lang, "share", s.verdicts.broken.count, s.withVerdict, percent(s.verdicts.broken.share))),
    figure(rt(lang, "factSilent"), String(s.verdicts.silent.count), rt(lang, "share", s.verdicts.silent.count, s.withVerdict, percent(s.verdicts.silent.share))),
    figure(rt(lang, "factPending"), String(s.verdicts.pending.count), rt(lang, "share", s.verdicts.pending.count, s.withVerdict, percent(s.verdicts.pending.share))),
    ...(s.medianFirstResponseMs ? [figure(rt(lang, "factMedian"), hoursWords(s.medianFirstResponseMs.value, lang), "")] : []),
  ];
  return `<section id="summary"><h2>${e(rt(lang, "summary"))}</h2>${paragraphs.map((p) => `<p>${e(p)}</p>`).join("")}<div class="summary-figures">${figures.join("")}</div></section>`;
}

function tableRow(row: ComparisonRow, slug: string, lang: CampaignLanguage, now: number): string {
  const link = (cell: string, content: string, c: Cell<unknown>) => cellLink(slug, cell, content, c.from);
  const brand = `<th scope="row" id="row-${e(slug)}">${e(row.brand.name)}</th>`;
  const notes = `<td>${e(rowNotes(row, lang).join("; "))}</td>`;
  const version = `<td class="num">${cellLink(slug, "protocol", e(rt(lang, "version", row.protocolVersion)), row.membership)}</td>`;
  if (row.caseDeleted) {
    return `<tr class="deleted">${brand}<td colspan="8">${e(rt(lang, "caseDeleted"))}</td>${version}${notes}</tr>`;
  }
  const promised = row.promised.value ? link("promised", e(row.promised.value.text), row.promised) : "—";
  const contact = row.firstContact.value;
  const firstContact = contact ? link("firstContact", e(momentWords({ at: contact.at, timeZone: contact.timeZone }, lang)), row.firstContact) : "—";
  const response = row.firstResponse.value;
  const waited = contact ? hoursWords(Math.max(0, now - contact.at), lang) : "";
  const firstResponse = response
    ? link("firstResponse", e(response.ms === undefined ? rt(lang, "inPerson") : hoursWords(response.ms, lang)), row.firstResponse)
    : e(contact ? rt(lang, "noResponseYet", waited) : rt(lang, "noResponse"));
  const v = row.verdict.value;
  const verdictDetail = v ? [v.lateMs !== undefined ? rt(lang, "lateBy", hoursWords(v.lateMs, lang)) : "", v.due !== undefined && contact ? rt(lang, "dueOn", momentWords({ at: v.due, timeZone: contact.timeZone }, lang)) : ""].filter(Boolean).join("; ") : "";
  const verdict = v ? link("verdict", `<span class="verdict verdict-${v.status}">${e(verdictWords(v.status, lang))}</span>${verdictDetail ? `<br><small>${e(verdictDetail)}</small>` : ""}`, row.verdict) : "—";
  const count = (cell: string, c: Cell<number>) => (c.value === undefined ? "—" : link(cell, String(c.value), c));
  const people = row.interlocutors.value;
  const interlocutors = people ? link("interlocutors", `${people.count}${people.names.filter(Boolean).length ? ` <small>(${e(people.names.filter(Boolean).join(", "))})</small>` : ""}`, row.interlocutors) : "—";
  const resolution = row.resolution.value;
  const resolved = resolution ? link("resolution", e(resolution.ms === undefined ? momentWords({ at: resolution.at, timeZone: resolution.timeZone }, lang) : hoursWords(resolution.ms, lang)), row.resolution) : e(rt(lang, "notResolved"));
  return `<tr>${brand}<td>${promised}</td><td>${firstContact}</td><td class="num">${firstResponse}</td><td>${verdict}</td><td class="num">${count("attempts", row.attempts)}</td><td class="num">${count("followUps", row.followUps)}</td><td>${interlocutors}</td><td class="num">${resolved}</td>${version}${notes}</tr>`;
}

function comparisonSection(input: CampaignReportInput, folders: ReadonlyMap<string, string>): string {
  const { lang, comparison } = input;
  const slugOf = (row: ComparisonRow) => (folders.get(row.caseId) ?? "cases/brand").slice("cases/".length);
  const head = ["colBrand", "colPromised", "colFirstContact", "colFirstResponse", "colVerdict", "colAttempts", "colFollowUps", "colInterlocutors", "colResolution", "colVersion", "colNotes"] as const;
  return [
    `<section id="comparison"><h2>${e(rt(lang, "comparison"))}</h2>`,
    `<table class="comparison"><caption>${e(rt(lang, "comparisonCaption"))}</caption><thead><tr>${head.map((k) => `<th scope="col">${e(rt(lang, k))}</th>`).join("")}</tr></thead><tbody>`,
    ...comparison.rows.map((row) => tableRow(row, slugOf(row), lang, comparison.now)),
    `</tbody></table></section>`,
  ].join("");
}

function chartSection(input: CampaignReportInput): string {
  const { lang, comparison } = input;
  const { bars, leftOut } = chartBars(comparison.rows, comparison.now);
  const body = bars.length ? `<figure class="chart-figure">${chartSvg(bars, lang, leftOut)}</figure>${chartTable(bars, lang)}` : `<p>${e(rt(lang, "chartEmpty"))}</p>`;
  return `<section id="chart"><h2>${e(rt(lang, "chart"))}</h2>${body}</section>`;
}

function methodologySection(methodology: Methodology): string {
  const parts = methodology.sections.map(
    (s) => `<section id="methodology-${s.id}"><h3>${e(s.heading)}</h3>${s.paragraphs.map((p) => `<p>${e(p)}</p>`).join("")}${s.items.length ? `<ul>${s.items.map((i) => `<li>${e(i)}</li>`).join("")}</ul>` : ""}</section>`,
  );
  return `<section id="methodology" class="methodology"><h2>${e(methodology.title)}</h2>${parts.join("")}</section>`;
}

const EVIDENCE_CELLS = [
  ["promised", "colPromised"],
  ["firstContact", "colFirstContact"],
  ["firstResponse", "colFirstResponse"],
  ["verdict", "colVerdict"],
  ["attempts", "colAttempts"],
  ["followUps", "colFollowUps"],
  ["interlocutors", "colInterlocutors"],
  ["resolution", "colResolution"],
] as const;

function evidenceSection(input: CampaignReportInput, folders: ReadonlyMap<string, string>): string {
  const { lang, comparison } = input;
  const parts = comparison.rows.map((row) => {
    const folder = folders.get(row.caseId) ?? "cases/brand";
    const slug = folder.slice("cases/".length);
    const heading = `<h3 id="evidence-${e(slug)}">${e(row.brand.name)}</h3>`;
    if (row.caseDeleted) return `<section class="brand-evidence">${heading}<p>${e(rt(lang, "deletedEvidence"))}</p></section>`;
    const hashes = new Map((input.cases.get(row.caseId)?.events ?? []).map((s) => [s.event.id, s.event.hash]));
    const dossierPath = `${folder}/dossier.html`;
    const dossier = input.inBundle ? `<a href="${e(dossierPath)}">${e(dossierPath)}</a>` : e(dossierPath);
    const event = (id: string) => {
      const name = input.inBundle ? `<a href="${e(`${dossierPath}#event-${id}`)}"><code>${e(id)}</code></a>` : `<code>${e(id)}</code>`;
      return `<li>${name}, SHA-256 <span class="hash">${e(hashes.get(id) ?? rt(lang, "unsealed"))}</span></li>`;
    };
    const cells = [...EVIDENCE_CELLS, ["protocol", "colVersion"] as const].map(([cell, label]) => {
      const c: Cell<unknown> = cell === "protocol" ? { value: row.protocolVersion, from: row.membership } : row[cell];
      if (c.value === undefined && c.from.length === 0) return "";
      const list = c.from.length ? `<ul class="evidence">${c.from.map(event).join("")}</ul>` : `<p class="meta">${e(rt(lang, cell === "promised" || cell === "protocol" ? "noEvidence" : "noEventCounted"))}</p>`;
      return `<h4 id="ev-${e(slug)}-${cell}">${e(rt(lang, label))}</h4>${list}`;
    });
    return `<section class="brand-evidence">${heading}<p>${e(rt(lang, "dossier", ""))}${dossier}</p>${cells.join("")}</section>`;
  });
  return `<section id="evidence" class="evidence"><h2>${e(rt(lang, "evidence"))}</h2><p>${e(rt(lang, "evidenceLead"))}</p>${parts.join("")}</section>`;
}

function verifySection(input: CampaignReportInput): string {
  const { lang } = input;
  const fingerprint = input.signerFingerprint ? `<p>${e(rt(lang, "fingerprint", groupedFingerprint(input.signerFingerprint)))}</p>` : "";
  return `<section id="verify"><h2>${e(rt(lang, "verify"))}</h2><div class="proof"><p>${e(rt(lang, "verifyText"))}</p>${fingerprint}</div></section>`;
}

export function renderCampaignReport(input: CampaignReportInput): string {
  const { lang, campaign } = input;
  const folders = caseFolders(campaign);
  const title = rt(lang, "reportTitle", campaign.name);
  const asOf = { at: input.comparison.now, timeZone: input.created.timeZone };
  return [
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${e(title)}</title>\n<style>${DOSSIER_CSS}${REPORT_CSS}</style>\n</head>\n<body>`,
    `<header><h1>${e(title)}</h1><p class="meta">${e(rt(lang, "preparedWith", momentWords(input.created, lang), momentWords(asOf, lang)))}</p></header>`,
    `<main>`,
    summarySection(input),
    comparisonSection(input, folders),
    chartSection(input),
    methodologySection(input.methodology),
    evidenceSection(input, folders),
    input.inBundle ? verifySection(input) : "",
    `</main>\n</body>\n</html>\n`,
  ].join("\n");
}
