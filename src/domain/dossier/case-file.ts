// case.json, the dossier's data: today's "Export JSON" format (receipts.case v1) plus, all
// optional, the chain head, the signer and the artifacts (screenshots, snapshots) by SHA-256.
// docs/case.schema.json is generated from this schema (json-schema.ts).
import { z } from "zod";
import { CASE_EXPORT_FORMAT } from "../case-export";
import { Case, EVIDENCE_MODEL_VERSION, EvidenceEvent, Moment } from "../evidence";
import { RedactedEvent } from "../redaction/redaction-model";
import { Signer } from "./signer";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ArtifactEntry = z.object({
  sha256: Sha256,
  mediaType: z.string().max(255),
  size: z.number().int().nonnegative(),
  /** Where the bytes are in a bundle (absent in a JSON exported alone). */
  path: z.string().max(300).optional(),
});
export type ArtifactEntry = z.infer<typeof ArtifactEntry>;

/** An event as case.json holds it: as stored, or with hidden values. */
export const CaseFileEvent = z.discriminatedUnion("redacted", [EvidenceEvent, RedactedEvent]);
export type CaseFileEvent = z.infer<typeof CaseFileEvent>;

export const CaseFile = z
  .object({
    format: z.literal(CASE_EXPORT_FORMAT),
    formatVersion: z.literal(1),
    evidenceModelVersion: z.number().int().positive(),
    exported: Moment.extend({
      by: z.object({ extensionVersion: z.string().max(50), browser: z.string().max(50), browserVersion: z.string().max(50) }),
    }),
    case: Case,
    /**
     * In the order the installation stored them; each sealed into the case's hash chain. An event with
     * values the person hid is a RedactedEvent (`redacted: true`), see docs/dossier-format.md.
     */
    events: z.array(CaseFileEvent),
    chain: z.object({ head: Sha256.nullable(), count: z.number().int().nonnegative() }).optional(),
    signer: Signer.optional(),
    artifacts: z.array(ArtifactEntry).optional(),
  })
  .meta({
    title: "Receipts case",
    description: "One case exported by Receipts: the case, its events in stored order (each sealed into a SHA-256 hash chain), and optionally the chain head, the signing key and the artifacts.",
  });
export type CaseFile = z.infer<typeof CaseFile>;

/** case.json as the dossier's renderers read it: every event as it reads, hidden values as labels (export/shown-case.ts). */
export type ShownCaseFile = Omit<CaseFile, "events"> & { events: EvidenceEvent[] };

export interface CaseFileParts {
  theCase: Case;
  events: readonly CaseFileEvent[];
  exported: CaseFile["exported"];
  signer?: Signer;
  artifacts?: readonly ArtifactEntry[];
}

export function buildCaseFile(parts: CaseFileParts): CaseFile {
  const last = parts.events[parts.events.length - 1];
  return {
    format: CASE_EXPORT_FORMAT,
    formatVersion: 1,
    evidenceModelVersion: EVIDENCE_MODEL_VERSION,
    exported: parts.exported,
    case: parts.theCase,
    events: [...parts.events],
    chain: { head: last?.hash ?? null, count: parts.events.length },
    ...(parts.signer ? { signer: parts.signer } : {}),
    ...(parts.artifacts ? { artifacts: [...parts.artifacts] } : {}),
  };
}
