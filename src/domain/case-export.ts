// The JSON export of a case: what "Export JSON" downloads.
import type { Case, EvidenceEvent } from "./evidence";
import { EVIDENCE_MODEL_VERSION } from "./evidence";

export const CASE_EXPORT_FORMAT = "receipts.case";

export interface CaseExport {
  format: typeof CASE_EXPORT_FORMAT;
  formatVersion: 1;
  evidenceModelVersion: number;
  exported: { at: number; timeZone: string; by: { extensionVersion: string; browser: string; browserVersion: string } };
  case: Case;
  events: EvidenceEvent[];
}

export function buildCaseExport(
  theCase: Case,
  events: readonly EvidenceEvent[],
  exported: CaseExport["exported"],
): CaseExport {
  return {
    format: CASE_EXPORT_FORMAT,
    formatVersion: 1,
    evidenceModelVersion: EVIDENCE_MODEL_VERSION,
    exported,
    case: theCase,
    events: [...events],
  };
}

/** A file name that says what the file is and stays safe on every file system. */
export function caseExportFileName(theCase: Case, at: number): string {
  const slug = `${theCase.brand.name}-${theCase.title}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w.-]+/g, "-")
    .replace(/-+/g, "-")
    .slice(0, 80)
    .replace(/^[-.]+|[-.]+$/g, "");
  const day = new Date(at).toISOString().slice(0, 10);
  return `receipts-${slug || "case"}-${day}.json`;
}
