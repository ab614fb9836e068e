// redactions.json: the log of what the person hid in this export, for people and programs. It names
// each hidden value's event, place, kind and what still checks it; never the value, never a seed.
import type { CaseFile } from "../domain/dossier/case-file";
import type { RedactionLogEntry } from "../domain/redaction/redaction-model";

export const REDACTION_LOG_FORMAT = "receipts.redactions";

export function redactionLogText(caseFile: Pick<CaseFile, "case" | "exported">, entries: readonly RedactionLogEntry[]): string {
  const log = {
    format: REDACTION_LOG_FORMAT,
    formatVersion: 1,
    case: caseFile.case.id,
    made: { at: caseFile.exported.at, timeZone: caseFile.exported.timeZone },
    hiddenValues: entries.length,
    note: "Each hidden value is replaced in case.json by a salted SHA-256 commitment. sealing 2: the event's hash is still recomputed from what is shown; sealing 1: the event was sealed before commitments existed, and what it shows is vouched for by the bundle's signature only.",
    entries,
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
