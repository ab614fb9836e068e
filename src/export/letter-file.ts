// File names for a letter: the case's export stem, then the template and the language, so a letter and
// the dossier it annexes sort side by side ("receipts-yellow-telecom-fibre-2025-03-04-letter-formal-notice-fr.html").
import { caseExportFileName } from "../domain/case-export";
import type { Case } from "../domain/evidence";
import type { TemplateId } from "../domain/letters/letter-model";

export function letterFileName(theCase: Case, at: number, template: TemplateId, lang: "en" | "fr", extension: "html" | "txt"): string {
  return caseExportFileName(theCase, at).replace(/\.json$/, `-letter-${template}-${lang}.${extension}`);
}
