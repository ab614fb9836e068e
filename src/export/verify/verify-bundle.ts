// Checks a bundle as a sceptic would, trusting nothing in it but mathematics: the ZIP is read
// safely, manifest.sig must be the manifest's signature by the key it names (and, if the reader
// knows the fingerprint to expect, by that key), every file must have the hash the manifest lists
// and no file may be added, case.json must fit the schema and its events' chain must end at the
// head the signed manifest records. Used by verify.html and by the command-line verifier.
import type { z } from "zod";
import { fromBase64, fromUtf8 } from "../../domain/dossier/bytes";
import { CaseFile } from "../../domain/dossier/case-file";
import { fingerprintOf } from "../../domain/dossier/fingerprint";
import { BundleManifest, MANIFEST_PATH, SIGNATURE_PATH, TIMESTAMP_PATH } from "../../domain/dossier/manifest";
import { checkTimestamp } from "../../domain/dossier/timestamp/timestamp-token";
import { importPublicKey, signatureHolds } from "../../domain/dossier/signer";
import type { EvidenceEvent } from "../../domain/evidence";
import { verifyChain } from "../../domain/integrity/chain";
import { sha256Hex } from "../../domain/integrity/sha256";
import { type BundleFinding, type BundleReport, type SchemaIssue, verdictOf } from "./bundle-findings";
import { DEFAULT_ZIP_LIMITS, readZip, type ZipLimits } from "./zip-reader";

export const CASE_PATH = "case.json";
const ARTIFACT_NAME = /^artifacts\/([0-9a-f]{64})(\.[a-z0-9]+)?$/;
const MAX_ISSUES = 20;

export interface VerifyOptions {
  /** The signer's fingerprint as the reader knows it (e-mailed earlier, read aloud): hex, spaces allowed. */
  expectedFingerprint?: string;
  limits?: ZipLimits;
}

function issuesOf(error: z.ZodError): SchemaIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message }));
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(fromUtf8(bytes)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export async function verifyBundle(zipBytes: Uint8Array, options: VerifyOptions = {}): Promise<BundleReport> {
  const findings: BundleFinding[] = [];
  const report = (extra: Partial<BundleReport> = {}): BundleReport => ({ verdict: verdictOf(findings), findings, filesChecked: 0, eventsChecked: 0, ...extra });

  const reading = readZip(zipBytes, options.limits ?? DEFAULT_ZIP_LIMITS);
  if (!reading.ok) {
    findings.push({ kind: "refused", refusal: reading.refusal });
    return report();
  }
  const files = reading.files;

  // The manifest and its signature.
  const manifestBytes = files.get(MANIFEST_PATH);
  if (!manifestBytes) {
    findings.push({ kind: "manifest-missing" });
    return report();
  }
  const manifestJson = parseJson(manifestBytes);
  const parsedManifest = manifestJson.ok ? BundleManifest.safeParse(manifestJson.value) : null;
  if (!parsedManifest?.success) {
    const issues = parsedManifest ? issuesOf(parsedManifest.error) : [{ path: "(root)", message: manifestJson.ok ? "" : manifestJson.message }];
    findings.push({ kind: "manifest-invalid", issues });
    return report();
  }
  const manifest = parsedManifest.data;
  const expected = options.expectedFingerprint ? options.expectedFingerprint.replace(/[\s:]/g, "").toLowerCase() : null;
  const spki = fromBase64(manifest.signer.publicKey);
  const key = await importPublicKey(manifest.signer.publicKey);
  const signature = files.get(SIGNATURE_PATH);
  if (!key || !spki) findings.push({ kind: "key-unreadable" });
  else {
    const computed = await fingerprintOf(spki);
    if (computed !== manifest.signer.fingerprint) findings.push({ kind: "fingerprint-mismatch", stated: manifest.signer.fingerprint, computed });
    if (!signature) findings.push({ kind: "signature-missing" });
    else if (!(await signatureHolds(key, manifestBytes, signature))) findings.push({ kind: "signature-invalid" });
    if (expected !== null && computed !== expected) findings.push({ kind: "unknown-signer", fingerprint: computed, expected });
  }

  // Hashing runs off the main thread (WebCrypto): start the files' and the events' hashes now, and
  // check the schema meanwhile.
  const hashing = Promise.all([...files].map(async ([path, bytes]) => [path, await sha256Hex(bytes)] as const));
  const caseBytes = files.get(CASE_PATH);
  const caseJson = caseBytes ? parseJson(caseBytes) : null;
  const caseValue = (caseJson?.ok && typeof caseJson.value === "object" && caseJson.value !== null ? caseJson.value : null) as { case?: { id?: unknown }; events?: unknown; signer?: { fingerprint?: unknown } } | null;
  // The chain is checked even when the schema fails: it tells which event was touched.
  const events = Array.isArray(caseValue?.events) ? caseValue.events.filter((e): e is EvidenceEvent => typeof e === "object" && e !== null) : [];
  const chaining = caseValue ? verifyChain(events, { expectedHead: { hash: manifest.chain.head, count: manifest.chain.count } }) : null;
  const schema = caseJson?.ok ? CaseFile.safeParse(caseJson.value) : null;

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
  const stamped = tsr && signature ? await checkTimestamp(tsr, signature) : null;
  if (stamped && !stamped.ok) findings.push({ kind: "timestamp-invalid", problem: stamped.problem, detail: stamped.detail });
  for (const [path, actual] of hashes) {
    const named = ARTIFACT_NAME.exec(path)?.[1];
    if (named !== undefined && named !== actual) findings.push({ kind: "artifact-name-mismatch", path, actual });
  }

  // The case and its chain, against the head the signed manifest records.
  let hidden: BundleReport["hidden"];
  if (!caseBytes || !caseJson) findings.push({ kind: "case-missing" });
  else if (!caseJson.ok) findings.push({ kind: "case-invalid", issues: [{ path: "(root)", message: caseJson.message }] });
  else if (schema && !schema.success) findings.push({ kind: "case-invalid", issues: issuesOf(schema.error) });
  if (caseValue && chaining) {
    if (caseValue.case?.id !== manifest.case.id) findings.push({ kind: "case-mismatch", what: "case-id" });
    if (caseValue.signer !== undefined && caseValue.signer.fingerprint !== manifest.signer.fingerprint) findings.push({ kind: "case-mismatch", what: "signer" });
    const chain = await chaining;
    findings.push(...chain.findings.map((finding): BundleFinding => ({ kind: "chain", finding })));
    hidden = { values: chain.hiddenValues ?? 0, events: events.filter((e) => (e as { redacted?: unknown }).redacted === true).length, vouched: chain.vouched ?? [] };
  }
  const eventsChecked = events.length;

  return report({
    signer: { fingerprint: manifest.signer.fingerprint, expected },
    case: { id: manifest.case.id, title: manifest.case.title, brand: manifest.case.brand.name },
    created: manifest.created,
    chain: { hash: manifest.chain.head, count: manifest.chain.count },
    ...(stamped?.ok ? { trustedTime: stamped.time } : {}),
    filesChecked: manifest.files.length,
    eventsChecked,
    ...(hidden && hidden.values + hidden.events > 0 ? { hidden } : {}),
  });
}
