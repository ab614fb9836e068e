// The comparison for the data desk: one row per brand, columns with stable names (the same in every
// language, documented in docs/campaigns.md), codes for values a program compares (verdict, channel) and
// words only in the two columns meant for people (promise_reading, notes). Times as ISO 8601 with the
// offset of the zone the person was in, durations in hours. Quoting as RFC 4180 says, and no cell a
// spreadsheet would run as a formula (timeline-csv.ts's csvCell).
import type { Campaign } from "../domain/campaigns/campaign";
import type { Cell, ComparisonRow } from "../domain/campaigns/comparison";
import { momentWords, noteWords, readingWords, cw, type CampaignLanguage } from "../domain/campaigns/methodology-words";
import { caseFolders } from "./campaign-paths";
import { isoWithOffset } from "./time-text";
import { csvCell } from "./timeline-csv";

export const CAMPAIGN_CSV_COLUMNS = [
  "brand",
  "brand_domains",
  "case_id",
  "protocol_version",
  "added_at",
  "added_after_start",
  "case_deleted",
  "case_deleted_at",
  "promise_text",
  "promise_source",
  "promise_reading",
  "first_contact_at",
  "first_contact_channel",
  "first_response_at",
  "first_response_hours",
  "first_response_how",
  "due_at",
  "wait_ends_at",
  "verdict",
  "late_hours",
  "attempts",
  "follow_ups",
  "interlocutors",
  "interlocutor_names",
  "resolution_status",
  "resolved_at",
  "resolution_hours",
  "promise_evidence",
  "first_contact_evidence",
  "first_response_evidence",
  "verdict_evidence",
  "attempts_evidence",
  "follow_ups_evidence",
  "interlocutors_evidence",
  "resolution_evidence",
  "protocol_evidence",
  "dossier",
  "notes",
] as const;
export type CampaignCsvColumn = (typeof CAMPAIGN_CSV_COLUMNS)[number];

/** Hours with two decimals and a point, whatever the language: a figure for programs. */
export const csvHours = (ms: number | undefined): string => (ms === undefined ? "" : (ms / 3_600_000).toFixed(2));
const iso = (at: number | undefined, timeZone: string): string => (at === undefined ? "" : isoWithOffset(at, timeZone));
const ids = (cell: Cell<unknown>): string => cell.from.join(" ");

/** The notes column: what a reader must know about the row, in the export's language. */
export function rowNotes(row: ComparisonRow, lang: CampaignLanguage): string[] {
  const notes: string[] = [];
  if (row.caseDeleted) notes.push(row.caseDeletedAt ? cw(lang, "note_case_deleted_on", momentWords(row.caseDeletedAt, lang)) : cw(lang, "note_case_deleted"));
  if (row.addedAfterStart) notes.push(cw(lang, "note_added_after_start", momentWords(row.added, lang)));
  for (const note of row.notes) if (note !== "case-deleted") notes.push(noteWords(note, lang));
  return notes;
}

export function campaignCsvRow(row: ComparisonRow, lang: CampaignLanguage, dossierPath: string | undefined): Record<CampaignCsvColumn, string> {
  const promised = row.promised.value;
  const first = row.firstContact.value;
  const response = row.firstResponse.value;
  const verdict = row.verdict.value;
  const resolution = row.resolution.value;
  const zone = first?.timeZone ?? row.added.timeZone;
  return {
    brand: row.brand.name,
    brand_domains: row.brand.domains.join(" "),
    case_id: row.caseId,
    protocol_version: String(row.protocolVersion),
    added_at: iso(row.added.at, row.added.timeZone),
    added_after_start: String(row.addedAfterStart),
    case_deleted: String(row.caseDeleted),
    case_deleted_at: row.caseDeletedAt ? iso(row.caseDeletedAt.at, row.caseDeletedAt.timeZone) : "",
    promise_text: promised?.text ?? "",
    promise_source: promised?.source ?? "",
    promise_reading: promised?.reading ? readingWords(promised.reading, lang) : "",
    first_contact_at: first ? iso(first.at, first.timeZone) : "",
    first_contact_channel: first?.channel ?? "",
    first_response_at: response ? iso(response.at, response.timeZone) : "",
    first_response_hours: csvHours(response?.ms),
    first_response_how: response?.how ?? "",
    due_at: iso(verdict?.due, zone),
    wait_ends_at: iso(verdict?.waitEnds, zone),
    verdict: verdict?.status ?? "",
    late_hours: csvHours(verdict?.lateMs),
    attempts: row.attempts.value === undefined ? "" : String(row.attempts.value),
    follow_ups: row.followUps.value === undefined ? "" : String(row.followUps.value),
    interlocutors: row.interlocutors.value === undefined ? "" : String(row.interlocutors.value.count),
    interlocutor_names: row.interlocutors.value?.names.filter(Boolean).join("; ") ?? "",
    resolution_status: resolution?.status ?? "",
    resolved_at: resolution ? iso(resolution.at, resolution.timeZone) : "",
    resolution_hours: csvHours(resolution?.ms),
    promise_evidence: ids(row.promised),
    first_contact_evidence: ids(row.firstContact),
    first_response_evidence: ids(row.firstResponse),
    verdict_evidence: ids(row.verdict),
    attempts_evidence: ids(row.attempts),
    follow_ups_evidence: ids(row.followUps),
    interlocutors_evidence: ids(row.interlocutors),
    resolution_evidence: ids(row.resolution),
    protocol_evidence: row.membership.join(" "),
    dossier: dossierPath ?? "",
    notes: rowNotes(row, lang).join("; "),
  };
}

/** The whole CSV: a byte-order mark (spreadsheets then read accents as UTF-8), the header, one row per brand, CRLF line ends. */
export function renderCampaignCsv(campaign: Campaign, rows: readonly ComparisonRow[], lang: CampaignLanguage): string {
  const folders = caseFolders(campaign);
  const line = (cells: readonly string[]) => `${cells.map(csvCell).join(",")}\r\n`;
  const out = [`\uFEFF${line(CAMPAIGN_CSV_COLUMNS)}`];
  for (const row of rows) {
    const folder = folders.get(row.caseId);
    const cells = campaignCsvRow(row, lang, folder && !row.caseDeleted ? `${folder}/dossier.html` : undefined);
    out.push(line(CAMPAIGN_CSV_COLUMNS.map((c) => cells[c])));
  }
  return out.join("");
}
