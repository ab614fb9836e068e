// Checks a bundle as a sceptic would, trusting nothing in it but mathematics: the ZIP is read
// safely, manifest.sig must be the manifest's signature by the key it names (and, if the reader
// knows the fingerprint to expect, by that key), every file must have the hash the manifest lists
// and no file may be added, case.json must fit the schema and its events' chain must end at the
// head the signed manifest records. A campaign bundle (domain/dossier/campaign-manifest.ts) is
// checked the same way, with one case.json and one chain per brand, each against the head the signed
// manifest records for it. Used by verify.html and by the command-line verifier.
import type { z } from "zod";
import { fromBase64, fromUtf8 } from "../../domain/dossier/bytes";
import { CampaignManifest, claimsCampaign } from "../../domain/dossier/campaign-manifest";
import { CaseFile } from "../../domain/dossier/case-file";
import { fingerprintOf } from "../../domain/dossier/fingerprint";
import { BundleManifest, MANIFEST_PATH, SIGNATURE_PATH, TIMESTAMP_PATH } from "../../domain/dossier/manifest";
import type { Signer } from "../../domain/dossier/signer";
import { checkTimestamp } from "../../domain/dossier/timestamp/timestamp-token";
import { importPublicKey, signatureHolds } from "../../domain/dossier/signer";
import type { EvidenceEvent } from "../../domain/evidence";
import { verifyChain } from "../../domain/integrity/chain";
import type { ChainHead } from "../../domain/integrity/chain-findings";
import { sha256Hex } from "../../domain/integrity/sha256";
import { type BundleFinding, type BundleReport, type SchemaIssue, verdictOf } from "./bundle-findings";
import { DEFAULT_ZIP_LIMITS, readZipAsync, type ZipLimits, type ZipReading } from "./zip-reader";

export const CASE_PATH = "case.json";
/** An artifact, at the top (one case) or in a case's folder (a campaign): named by its SHA-256. */
const ARTIFACT_NAME = /(?:^|\/)artifacts\/([0-9a-f]{64})(\.[a-z0-9]+)?$/;
const MAX_ISSUES = 20;

export interface VerifyOptions {
  /** The signer's fingerprint as the reader knows it (e-mailed earlier, read aloud): hex, spaces allowed. */
  expectedFingerprint?: string;
  limits?: ZipLimits;
}

/** A schema's complaints, each named by its path (at most MAX_ISSUES of them). */
export function issuesOf(error: z.ZodError): SchemaIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message }));
}

/** A file's bytes as JSON, or why they are not. */
export function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(fromUtf8(bytes)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

type Files = ReadonlyMap<string, Uint8Array>;

/** The signature over the manifest's bytes, the key's fingerprint, and the reader's expected fingerprint. */
async function checkSignature(signer: Signer, manifestBytes: Uint8Array, files: Files, expected: string | null, findings: BundleFinding[]): Promise<void> {
  const spki = fromBase64(signer.publicKey);
  const key = await importPublicKey(signer.publicKey);
  const signature = files.get(SIGNATURE_PATH);
  if (!key || !spki) {
    findings.push({ kind: "key-unreadable" });
    return;
  }
  const computed = await fingerprintOf(spki);
  if (computed !== signer.fingerprint) findings.push({ kind: "fingerprint-mismatch", stated: signer.fingerprint, computed });
  if (!signature) findings.push({ kind: "signature-missing" });
  else if (!(await signatureHolds(key, manifestBytes, signature))) findings.push({ kind: "signature-invalid" });
  if (expected !== null && computed !== expected) findings.push({ kind: "unknown-signer", fingerprint: computed, expected });
}

/** A case.json as read before its chain is checked: parsed, its events, the chain check started, its schema checked. */
interface CaseReading {
  path: string;
  bytes: Uint8Array | undefined;
  json: ReturnType<typeof parseJson> | null;
  value: { case?: { id?: unknown }; events?: unknown; signer?: { fingerprint?: unknown } } | null;
  events: EvidenceEvent[];
  chaining: ReturnType<typeof verifyChain> | null;
  schema: ReturnType<typeof CaseFile.safeParse> | null;
}

function readCase(files: Files, path: string, head: ChainHead): CaseReading {
  const bytes = files.get(path);
  const json = bytes ? parseJson(bytes) : null;
  const value = (json?.ok && typeof json.value === "object" && json.value !== null ? json.value : null) as CaseReading["value"];
  // The chain is checked even when the schema fails: it tells which event was touched.
  const events = Array.isArray(value?.events) ? value.events.filter((e): e is EvidenceEvent => typeof e === "object" && e !== null) : [];
  const chaining = value ? verifyChain(events, { expectedHead: head }) : null;
  const schema = json?.ok ? CaseFile.safeParse(json.value) : null;
  return { path, bytes, json, value, events, chaining, schema };
}

/** The case and its chain, against the case id and head the signed manifest records. `inCampaign`: findings name the file. */
async function caseFindings(reading: CaseReading, caseId: string, signerFingerprint: string, inCampaign: boolean): Promise<{ findings: BundleFinding[]; hidden?: NonNullable<BundleReport["hidden"]> }> {
  const at = inCampaign ? { path: reading.path } : {};
  const findings: BundleFinding[] = [];
  const { json, value, chaining, schema } = reading;
  if (!reading.bytes || !json) findings.push({ kind: "case-missing", ...at });
  else if (!json.ok) findings.push({ kind: "case-invalid", issues: [{ path: "(root)", message: json.message }], ...at });
  else if (schema && !schema.success) findings.push({ kind: "case-invalid", issues: issuesOf(schema.error), ...at });
  if (value && chaining) {
    if (value.case?.id !== caseId) findings.push({ kind: "case-mismatch", what: "case-id", ...at });
    if (value.signer !== undefined && value.signer.fingerprint !== signerFingerprint) findings.push({ kind: "case-mismatch", what: "signer", ...at });
    const chain = await chaining;
    findings.push(...chain.findings.map((finding): BundleFinding => ({ kind: "chain", finding, ...at })));
    // Values the sender hid (docs/dossier-format.md, "Hidden values"), and the v1 events only the signature vouches for.
    const hidden = { values: chain.hiddenValues ?? 0, events: reading.events.filter((e) => (e as { redacted?: unknown }).redacted === true).length, vouched: chain.vouched ?? [] };
    return { findings, hidden };
  }
  return { findings };
}

export async function verifyBundle(zipBytes: Uint8Array, options: VerifyOptions = {}): Promise<BundleReport> {
  return verifyZipReading(await readZipAsync(zipBytes, options.limits ?? DEFAULT_ZIP_LIMITS), options);
}

/**
 * verifyBundle's checks on a ZIP already read by the safe reader: for a caller that goes on to use
 * the files it verified (the import), so that they are inflated once.
 */
export async function verifyZipReading(reading: ZipReading, options: Pick<VerifyOptions, "expectedFingerprint"> = {}): Promise<BundleReport> {
  const findings: BundleFinding[] = [];
  const report = (extra: Partial<BundleReport> = {}): BundleReport => ({ verdict: verdictOf(findings), findings, filesChecked: 0, eventsChecked: 0, ...extra });

  if (!reading.ok) {
    findings.push({ kind: "refused", refusal: reading.refusal });
    return report();
  }
  const files = reading.files;

  // The manifest: a single case's, or a campaign's when it says so.
  const manifestBytes = files.get(MANIFEST_PATH);
  if (!manifestBytes) {
    findings.push({ kind: "manifest-missing" });
    return report();
  }
  const manifestJson = parseJson(manifestBytes);
  const campaign = manifestJson.ok && claimsCampaign(manifestJson.value);
  const parsedManifest = manifestJson.ok ? (campaign ? CampaignManifest : BundleManifest).safeParse(manifestJson.value) : null;
  if (!parsedManifest?.success) {
    const issues = parsedManifest ? issuesOf(parsedManifest.error) : [{ path: "(root)", message: manifestJson.ok ? "" : manifestJson.message }];
    findings.push({ kind: "manifest-invalid", issues });
    return report();
  }
  const manifest = parsedManifest.data;
  const expected = options.expectedFingerprint ? options.expectedFingerprint.replace(/[\s:]/g, "").toLowerCase() : null;
  await checkSignature(manifest.signer, manifestBytes, files, expected, findings);

  // Hashing runs off the main thread (WebCrypto): start the files' and the events' hashes now, and
  // check the schemas meanwhile.
  const hashing = Promise.all([...files].map(async ([path, bytes]) => [path, await sha256Hex(bytes)] as const));
  const cases =
    manifest.format === "receipts.bundle"
      ? [{ id: manifest.case.id, reading: readCase(files, CASE_PATH, { hash: manifest.chain.head, count: manifest.chain.count }) }]
      : manifest.cases.map((c) => ({ id: c.id, reading: readCase(files, c.path, { hash: c.chain.head, count: c.chain.count }) }));

  // Every file listed, unchanged; nothing added.
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  const hashes = new Map(await hashing);
  for (const file of manifest.files) {
    const actual = hashes.get(file.path);
    if (actual === undefined) findings.push({ kind: "file-missing", path: file.path });
    else if (actual !== file.sha256) findings.push({ kind: "file-changed", path: file.path, expected: file.sha256, actual });
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST_PATH && path !== SIGNATURE_PATH && path !== TIMESTAMP_PATH && !listed.has(path)) findings.push({ kind: "file-unlisted", path });
  }
  // Trusted time, when the bundle has it: an outside authority's signed statement that it saw manifest.sig.
  const tsr = files.get(TIMESTAMP_PATH);
  const signature = files.get(SIGNATURE_PATH);
  const stamped = tsr && signature ? await checkTimestamp(tsr, signature) : null;
  if (stamped && !stamped.ok) findings.push({ kind: "timestamp-invalid", problem: stamped.problem, detail: stamped.detail });
  for (const [path, actual] of hashes) {
    const named = ARTIFACT_NAME.exec(path)?.[1];
    if (named !== undefined && named !== actual) findings.push({ kind: "artifact-name-mismatch", path, actual });
  }

  // Each case and its chain, against the head the signed manifest records.
  const hidden: NonNullable<BundleReport["hidden"]> = { values: 0, events: 0, vouched: [] };
  for (const c of cases) {
    const checked = await caseFindings(c.reading, c.id, manifest.signer.fingerprint, manifest.format !== "receipts.bundle");
    findings.push(...checked.findings);
    if (checked.hidden) {
      hidden.values += checked.hidden.values;
      hidden.events += checked.hidden.events;
      hidden.vouched.push(...checked.hidden.vouched);
    }
  }
  const eventsChecked = cases.reduce((n, c) => n + c.reading.events.length, 0);

  const common = {
    signer: { fingerprint: manifest.signer.fingerprint, expected },
    created: manifest.created,
    ...(stamped?.ok ? { trustedTime: stamped.time } : {}),
    filesChecked: manifest.files.length,
    eventsChecked,
    ...(hidden.values + hidden.events > 0 ? { hidden } : {}),
  };
  if (manifest.format === "receipts.bundle") {
    return report({ ...common, case: { id: manifest.case.id, title: manifest.case.title, brand: manifest.case.brand.name }, chain: { hash: manifest.chain.head, count: manifest.chain.count } });
  }
  return report({
    ...common,
    campaign: {
      id: manifest.campaign.id,
      name: manifest.campaign.name,
      cases: manifest.cases.map((c) => ({ id: c.id, brand: c.brand.name, path: c.path, chain: { hash: c.chain.head, count: c.chain.count } })),
      deletedCases: manifest.deletedCases.map((d) => d.brand.name),
    },
  });
}
