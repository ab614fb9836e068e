// The signed bundle of a case, built in the page: the export menu downloads it, and a claim letter names
// it as its annex (file name, SHA-256 of its manifest, the key's fingerprint, the chain's head).
import { sha256Hex } from "../domain/integrity/sha256";
import { buildDossierBundle } from "../export/dossier-bundle";
import type { DossierLanguage } from "../export/dossier-text";
import { readExportData, signerFacts, signManifestBytes } from "./export-data";
import { exportFileName } from "./export-download";
import { trustedTime } from "./export-run";

export interface SignedBundle {
  name: string;
  blob: Blob;
  /** What the dashboard adds after "exported" (trusted time added, or why not). */
  note?: string;
  manifestSha256: string;
  fingerprint: string;
  chain: { head: string | null; count: number };
}

export async function exportSignedBundle(caseId: string, lang: DossierLanguage, onProgress: (share: number) => void): Promise<SignedBundle> {
  const facts = await signerFacts();
  const { caseFile, artifacts } = await readExportData(caseId, facts);
  // Loaded only when needed: the offline verifier page that goes into every bundle.
  const verifyPage = (await import("virtual:receipts-verify-page")).default;
  // Trusted time, if the person chose an authority: a failure there leaves the bundle without it, and says why.
  const { timestamp, note: timeNote } = trustedTime(facts.tsaUrl);
  const bundle = await buildDossierBundle({ caseFile, artifacts, lang, verifyPage, sign: signManifestBytes, ...(timestamp ? { timestamp } : {}), onProgress: (done, total) => onProgress(total ? done / total : 1) });
  const note = timeNote(bundle.timestamped);
  return {
    name: exportFileName(caseFile.case, caseFile.exported.at, "zip"),
    blob: new Blob(bundle.chunks as Uint8Array<ArrayBuffer>[], { type: "application/zip" }),
    ...(note ? { note } : {}),
    manifestSha256: await sha256Hex(bundle.manifestBytes),
    fingerprint: caseFile.signer.fingerprint,
    chain: { head: caseFile.chain.head, count: caseFile.chain.count },
  };
}
