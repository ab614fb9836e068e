// The signed bundle of a case, built in the page: the export menu downloads it, and a claim letter names
// it as its annex (file name, SHA-256 of its manifest, the key's fingerprint, the chain's head).
// Every export format starts from the same copy of the case (exportCopy): the events as stored, or with
// the values the person chose to hide replaced by their commitments.
import type { EvidenceEvent } from "../domain/evidence";
import { sha256Hex } from "../domain/integrity/sha256";
import { redactEventsInSteps, type Hide, type RevealEntry } from "../domain/redaction/redact";
import type { RedactionLogEntry } from "../domain/redaction/redaction-model";
import { yieldToEventLoop } from "../export/bundle-writer";
import { buildDossierBundle } from "../export/dossier-bundle";
import type { DossierLanguage } from "../export/dossier-text";
import { readExportData, signerFacts, signManifestBytes, type SignerFacts } from "./export-data";
import { exportFileName } from "./export-download";
import { trustedTime } from "./export-run";

type ExportData = Awaited<ReturnType<typeof readExportData>>;

export interface ExportCopy extends ExportData {
  /** What was hidden, where (never the values): for the dossier's annex and the bundle's redactions.json. */
  redactions: RedactionLogEntry[];
  /** What reveals each hidden value: for the person alone, never in an export. */
  reveals: RevealEntry[];
}

/** The case as it will be exported: read, then with the chosen values hidden (none: as stored). */
export async function exportCopy(caseId: string, facts: SignerFacts, hides: readonly Hide[] = []): Promise<ExportCopy> {
  const data = await readExportData(caseId, facts);
  if (hides.length === 0) return { ...data, redactions: [], reveals: [] };
  const redaction = await redactEventsInSteps(data.caseFile.events as EvidenceEvent[], hides, yieldToEventLoop);
  return { ...data, caseFile: { ...data.caseFile, events: redaction.events }, redactions: redaction.log, reveals: redaction.reveals };
}

export interface SignedBundle {
  name: string;
  blob: Blob;
  /** What the dashboard adds after "exported" (trusted time added, or why not). */
  note?: string;
  manifestSha256: string;
  fingerprint: string;
  chain: { head: string | null; count: number };
  reveals: RevealEntry[];
}

export async function exportSignedBundle(caseId: string, lang: DossierLanguage, onProgress: (share: number) => void, hides: readonly Hide[] = []): Promise<SignedBundle> {
  const facts = await signerFacts();
  const { caseFile, artifacts, redactions, reveals } = await exportCopy(caseId, facts, hides);
  // Loaded only when needed: the offline verifier page that goes into every bundle.
  const verifyPage = (await import("virtual:receipts-verify-page")).default;
  // Trusted time, if the person chose an authority: a failure there leaves the bundle without it, and says why.
  const { timestamp, note: timeNote } = trustedTime(facts.tsaUrl);
  const bundle = await buildDossierBundle({ caseFile, artifacts, lang, verifyPage, sign: signManifestBytes, redactions, ...(timestamp ? { timestamp } : {}), onProgress: (done, total) => onProgress(total ? done / total : 1) });
  const note = timeNote(bundle.timestamped);
  return {
    name: exportFileName(caseFile.case, caseFile.exported.at, "zip"),
    blob: new Blob(bundle.chunks as Uint8Array<ArrayBuffer>[], { type: "application/zip" }),
    ...(note ? { note } : {}),
    manifestSha256: await sha256Hex(bundle.manifestBytes),
    fingerprint: caseFile.signer.fingerprint,
    chain: { head: caseFile.chain.head, count: caseFile.chain.count },
    reveals,
  };
}
