// Checks a reveal file (values the sender hid, with their seeds) against a bundle: each value must
// be the one whose commitment case.json shows in its place. Only meaningful once the bundle itself
// verifies: the commitments are then the ones the signer sealed (v2) or signed (v1).
import { fromUtf8 } from "../../domain/dossier/bytes";
import { checkReveal, RevealFile, type RevealOutcome } from "../../domain/redaction/reveal";
import type { RevealEntry } from "../../domain/redaction/redact";
import { CASE_PATH } from "./verify-bundle";
import { DEFAULT_ZIP_LIMITS, readZip, type ZipReading } from "./zip-reader";

export interface RevealResult {
  entry: RevealEntry;
  /** Position of the event in case.json, when found. */
  eventIndex: number;
  outcome: RevealOutcome;
}

export type RevealReport = { ok: true; results: RevealResult[] } | { ok: false; problem: "reveal-file-invalid" | "bundle-unreadable" | "other-case"; detail: string };

export function checkRevealFile(zipBytes: Uint8Array, revealText: string): RevealReport {
  return checkRevealReading(readZip(zipBytes, DEFAULT_ZIP_LIMITS), revealText);
}

/** The same, against a bundle the caller has already read (the command-line verifier, which verified it first). */
export function checkRevealReading(reading: ZipReading, revealText: string): RevealReport {
  let parsed;
  try {
    parsed = RevealFile.safeParse(JSON.parse(revealText));
  } catch (error) {
    return { ok: false, problem: "reveal-file-invalid", detail: error instanceof Error ? error.message : String(error) };
  }
  if (!parsed.success) return { ok: false, problem: "reveal-file-invalid", detail: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ") };
  const caseBytes = reading.ok ? reading.files.get(CASE_PATH) : undefined;
  if (!caseBytes) return { ok: false, problem: "bundle-unreadable", detail: reading.ok ? "case.json is missing" : reading.refusal.reason };
  let caseFile: { case?: { id?: unknown }; events?: unknown };
  try {
    caseFile = JSON.parse(fromUtf8(caseBytes)) as typeof caseFile;
  } catch (error) {
    return { ok: false, problem: "bundle-unreadable", detail: error instanceof Error ? error.message : String(error) };
  }
  if (caseFile.case?.id !== parsed.data.caseId) return { ok: false, problem: "other-case", detail: String(caseFile.case?.id) };
  const events = Array.isArray(caseFile.events) ? (caseFile.events as unknown[]) : [];
  const results = parsed.data.values.map((entry): RevealResult => ({
    entry: entry as RevealEntry,
    eventIndex: events.findIndex((e) => (e as { id?: unknown } | null)?.id === entry.eventId),
    outcome: checkReveal(events, entry as RevealEntry),
  }));
  return { ok: true, results };
}
