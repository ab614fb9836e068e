// The timeline for spreadsheets: one row per event, RFC 4180 quoting, and no cell a spreadsheet
// would run as a formula (a cell starting with = + - @, tab or carriage return gets a leading ').
import type { CaseFile } from "../domain/dossier/case-file";
import { shownCaseFile } from "./shown-case";
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
  return [...timelineCsvLines(caseFile, lang)].join("");
}

/** The same text, built in steps with a pause every `linesPerStep` events. */
export async function renderTimelineCsvInSteps(caseFile: CaseFile, lang: DossierLanguage, pause: () => Promise<void>, linesPerStep = 1000): Promise<string> {
  const lines: string[] = [];
  for (const line of timelineCsvLines(caseFile, lang)) {
    lines.push(line);
    if (lines.length % linesPerStep === 0) await pause();
  }
  return lines.join("");
}

function* timelineCsvLines(file: CaseFile, lang: DossierLanguage): Generator<string> {
  const caseFile = shownCaseFile(file, lang);
  const row = (cells: string[]) => `${cells.map(csvCell).join(",")}\r\n`;
  // A byte-order mark so spreadsheet programs read the accents as UTF-8; CRLF as RFC 4180 says.
  yield `\uFEFF${row(HEADERS[lang])}`;
  for (const event of caseFile.events) {
    yield row([
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
}
