// The timeline for spreadsheets: one row per event, RFC 4180 quoting, and no cell a spreadsheet
// would run as a formula (a cell starting with = + - @, tab or carriage return gets a leading ').
import type { CaseFile } from "../domain/dossier/case-file";
import type { DossierLanguage } from "./dossier-text";
import { channelText, eventLines, kindText, whoText } from "./event-text";
import { isoWithOffset } from "./time-text";

const HEADERS = {
  en: ["occurred", "time zone", "recorded", "kind", "channel", "who", "text", "event id", "sha256"],
  fr: ["survenu", "fuseau horaire", "enregistré", "type", "canal", "qui", "texte", "identifiant", "sha256"],
};

/** One CSV cell: formula-looking text defused, then quoted if it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

export function renderTimelineCsv(caseFile: CaseFile, lang: DossierLanguage): string {
  const rows = [HEADERS[lang]];
  for (const event of caseFile.events) {
    rows.push([
      isoWithOffset(event.occurred.at, event.occurred.timeZone),
      event.occurred.timeZone,
      isoWithOffset(event.recorded.at, event.recorded.timeZone),
      kindText(event, lang),
      channelText(event, lang),
      whoText(event, caseFile.case, lang),
      eventLines(event, lang).join("\n"),
      event.id,
      event.hash ?? "",
    ]);
  }
  // A byte-order mark so spreadsheet programs read the accents as UTF-8; CRLF as RFC 4180 says.
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
