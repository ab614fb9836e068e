// What checking a bundle can find, as plain data: verify.html and the command-line verifier word
// it (report-text.ts); tests compare it exactly.
import type { ChainHead, EventRef, Finding as ChainFinding } from "../../domain/integrity/chain-findings";
import type { ZipRefusal } from "./zip-reader";
import type { TimestampProblem, TrustedTime } from "../../domain/dossier/timestamp/timestamp-token";

export interface SchemaIssue {
  path: string;
  message: string;
}

export type BundleFinding =
  /** The ZIP could not be read safely; nothing else was checked. */
  | { kind: "refused"; refusal: ZipRefusal }
  | { kind: "manifest-missing" }
  | { kind: "manifest-invalid"; issues: SchemaIssue[] }
  | { kind: "signature-missing" }
  /** manifest.sig is not a signature of manifest.json by the key the manifest names. */
  | { kind: "signature-invalid" }
  | { kind: "key-unreadable" }
  /** The fingerprint written in the manifest is not that of the key written beside it. */
  | { kind: "fingerprint-mismatch"; stated: string; computed: string }
  /** Validly signed, but by another key than the one the reader expected. */
  | { kind: "unknown-signer"; fingerprint: string; expected: string }
  | { kind: "file-changed"; path: string; expected: string; actual: string }
  | { kind: "file-missing"; path: string }
  | { kind: "file-unlisted"; path: string }
  // In a campaign bundle, `path` names which brand's case.json a case finding is about.
  | { kind: "case-missing"; path?: string }
  | { kind: "case-invalid"; issues: SchemaIssue[]; path?: string }
  | { kind: "case-mismatch"; what: "case-id" | "signer"; path?: string }
  /** An artifact whose name (its SHA-256) is not the SHA-256 of its bytes. */
  | { kind: "artifact-name-mismatch"; path: string; actual: string }
  | { kind: "chain"; finding: ChainFinding; path?: string }
  /** manifest.tsr is there but does not vouch for manifest.sig (see domain/dossier/timestamp). */
  | { kind: "timestamp-invalid"; problem: TimestampProblem; detail: string };

export type Verdict = "intact" | "unknown-signer" | "altered" | "refused";

export interface BundleReport {
  verdict: Verdict;
  findings: BundleFinding[];
  /** The signer's fingerprint as the manifest states it, and whether it was compared. */
  signer?: { fingerprint: string; expected: string | null };
  case?: { id: string; title: string; brand: string };
  /** A campaign bundle: its cases (each with the chain head the manifest records) and the brands whose case was deleted. */
  campaign?: { id: string; name: string; cases: Array<{ id: string; brand: string; path: string; chain: ChainHead }>; deletedCases: string[] };
  created?: { at: number; timeZone: string };
  chain?: ChainHead;
  /** From manifest.tsr, when the bundle has one that checks out: when an outside authority saw the signature. */
  trustedTime?: TrustedTime;
  filesChecked: number;
  eventsChecked: number;
  /**
   * Values the sender hid from this copy (docs/dossier-format.md, "Hidden values"): how many, in how
   * many events, and the events sealed in format v1 whose shown content only the signature vouches for.
   */
  hidden?: { values: number; events: number; vouched: EventRef[] };
}

export function verdictOf(findings: readonly BundleFinding[]): Verdict {
  if (findings.some((f) => f.kind === "refused")) return "refused";
  if (findings.some((f) => f.kind !== "unknown-signer")) return "altered";
  return findings.length > 0 ? "unknown-signer" : "intact";
}
