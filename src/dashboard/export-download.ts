// Saves an export through a download link: the page makes the file, the browser saves it.
import type { Case } from "../domain/evidence";
import { caseExportFileName } from "../domain/case-export";

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "receipts-<brand>-<title>-<day>.<extension>", the same stem as the JSON export's. */
export function exportFileName(theCase: Case, at: number, extension: string): string {
  return caseExportFileName(theCase, at).replace(/\.json$/, `.${extension}`);
}
