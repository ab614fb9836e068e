// Reads a file the person picked to import: a signed bundle (ZIP), a case file (JSON) or a whole
// backup (ZIP of bundles). Nothing is trusted: a bundle goes through the verifier's own checks
// (verifyBundle: the safe ZIP reader, signature, every file's hash, the schema, the chain against
// the signed head) and is refused with its verdict unless intact; a JSON file must fit the schema
// and its chain must verify; every artifact's bytes must hash to the SHA-256 the case names.
// Pure reading: storing is storage/import-store.ts's job. Cases are handed on as written in the file,
// once the schema accepted them: the schema's output (defaults filled in) would not hash the same.
import { fromUtf8 } from "../../domain/dossier/bytes";
import { CaseFile, type ShownCaseFile } from "../../domain/dossier/case-file";
import { BundleManifest, MANIFEST_PATH } from "../../domain/dossier/manifest";
import { BACKUP_CAMPAIGNS_PATH, BACKUP_FORMAT, BACKUP_MANIFEST_PATH, BACKUP_PROFILE_PATH, BackupManifest, CampaignsFile, ProfileFile } from "../../domain/backup/backup-manifest";
import type { Campaign } from "../../domain/campaigns/campaign";
import { verifyChain } from "../../domain/integrity/chain";
import { sha256Hex } from "../../domain/integrity/sha256";
import type { BundleFinding, BundleReport, SchemaIssue } from "../verify/bundle-findings";
import { CASE_PATH, issuesOf, parseJson, verifyZipReading } from "../verify/verify-bundle";
import { DEFAULT_ZIP_LIMITS, readZipAsync, type ZipLimits, type ZipReading } from "../verify/zip-reader";

export interface ImportedArtifact {
  sha256: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface ImportedCase {
  /** Only complete copies are imported: none of its events has a hidden value. */
  caseFile: ShownCaseFile;
  artifacts: ImportedArtifact[];
  /** SHA-256 of the bundle's signed manifest.json; absent for a JSON file. */
  manifestSha256?: string;
  /** The key that signed the bundle; absent for a JSON file. */
  signerFingerprint?: string;
}

/** What can be wrong with a file to import, beyond what the verifier itself finds. */
export type ImportFinding =
  | BundleFinding
  /** Neither a ZIP nor JSON. */
  | { kind: "unreadable" }
  | { kind: "profile-invalid"; issues: SchemaIssue[] }
  /** campaigns.json does not fit the schema, or does not hold the campaigns the manifest lists. */
  | { kind: "campaigns-invalid"; issues: SchemaIssue[] }
  /** One case of a backup is not intact: the verifier's report on its bundle. */
  | { kind: "backup-case"; path: string; title: string; report: BundleReport }
  /** A case of a backup was signed by another key than the backup's, or records another chain. */
  | { kind: "backup-case-mismatch"; path: string; title: string }
  /**
   * The sender hid values from this copy (docs/dossier-format.md, "Hidden values"): it verifies, but
   * Receipts stores evidence only whole, so it is not imported; verify.html still reads it.
   */
  | { kind: "hidden-values"; events: number };

export type ImportReading =
  | { ok: false; origin: "bundle" | "json" | "backup" | "unknown"; findings: ImportFinding[] }
  | { ok: true; origin: "bundle" | "json"; fileSha256: string; cases: [ImportedCase] }
  | { ok: true; origin: "backup"; fileSha256: string; manifest: BackupManifest; cases: ImportedCase[]; profile: ProfileFile; campaigns: Campaign[] };

export interface ReadOptions {
  limits?: ZipLimits;
}

const ARTIFACT_NAME = /^artifacts\/([0-9a-f]{64})(\.[a-z0-9]+)?$/;

function looksLikeJson(bytes: Uint8Array): boolean {
  for (const byte of bytes.subarray(0, 64)) {
    if (byte === 0x7b || byte === 0x5b) return true; // { or [
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) return false;
  }
  return false;
}

/** The events with values hidden by the sender: a copy with any is not imported. */
function hiddenEventsIn(caseFile: CaseFile): number {
  return caseFile.events.filter((e) => e.redacted === true).length;
}

/** The case file once it is known that no value is hidden in it. */
function shown(caseFile: CaseFile): ShownCaseFile {
  return caseFile as ShownCaseFile;
}

const looksLikeZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function readImport(bytes: Uint8Array, options: ReadOptions = {}): Promise<ImportReading> {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS;
  if (looksLikeJson(bytes)) return readCaseJson(bytes);
  if (!looksLikeZip(bytes)) return { ok: false, origin: "unknown", findings: [{ kind: "unreadable" }] };
  // Read once: the verifier checks these very files, and the import takes them from here.
  const reading = await readZipAsync(bytes, limits);
  if (!reading.ok) return { ok: false, origin: "bundle", findings: [{ kind: "refused", refusal: reading.refusal }] };
  const manifestBytes = reading.files.get(MANIFEST_PATH);
  const manifest = manifestBytes ? parseJson(manifestBytes) : null;
  const format = manifest?.ok && typeof manifest.value === "object" && manifest.value !== null ? (manifest.value as { format?: unknown }).format : undefined;
  if (format === BACKUP_FORMAT) return readBackup(bytes, reading.files, limits);
  const opened = await openBundle(reading);
  if (!opened.ok) return { ok: false, origin: "bundle", findings: opened.hidden ? [{ kind: "hidden-values", events: opened.hidden }] : opened.report.findings };
  return { ok: true, origin: "bundle", fileSha256: await sha256Hex(bytes), cases: [opened.imported] };
}

/** A JSON case file: it must fit the schema (each problem named by its path) and its chain must verify. */
async function readCaseJson(bytes: Uint8Array): Promise<ImportReading> {
  const json = parseJson(bytes);
  if (!json.ok) return { ok: false, origin: "json", findings: [{ kind: "case-invalid", issues: [{ path: "(root)", message: json.message }] }] };
  const parsed = CaseFile.safeParse(json.value);
  if (!parsed.success) return { ok: false, origin: "json", findings: [{ kind: "case-invalid", issues: issuesOf(parsed.error) }] };
  // The file as written, not the schema's output: defaults filled in would change the events' hashes.
  const caseFile = json.value as CaseFile;
  const hidden = hiddenEventsIn(caseFile);
  if (hidden > 0) return { ok: false, origin: "json", findings: [{ kind: "hidden-values", events: hidden }] };
  const chain = await verifyChain(shown(caseFile).events, caseFile.chain ? { expectedHead: { hash: caseFile.chain.head, count: caseFile.chain.count } } : {});
  if (!chain.ok) return { ok: false, origin: "json", findings: chain.findings.map((finding): BundleFinding => ({ kind: "chain", finding })) };
  return { ok: true, origin: "json", fileSha256: await sha256Hex(bytes), cases: [{ caseFile: shown(caseFile), artifacts: [] }] };
}

type Opened = { ok: true; imported: ImportedCase; manifest: BundleManifest } | { ok: false; report: BundleReport; hidden?: number };

/** A bundle as the safe ZIP reader read it, checked by the verifier; its case and artifacts only if it is intact. */
async function openBundle(reading: ZipReading): Promise<Opened> {
  const report = await verifyZipReading(reading);
  if (report.verdict !== "intact" || !reading.ok) return { ok: false, report };
  const files = reading.files;
  const manifestBytes = files.get(MANIFEST_PATH) as Uint8Array;
  const manifest = BundleManifest.parse(JSON.parse(fromUtf8(manifestBytes)));
  // verifyBundle found case.json fitting the schema; kept as written (see readCaseJson).
  const caseFile = JSON.parse(fromUtf8(files.get(CASE_PATH) as Uint8Array)) as CaseFile;
  const hidden = hiddenEventsIn(caseFile);
  if (hidden > 0) return { ok: false, report, hidden };
  const artifacts: ImportedArtifact[] = [];
  const findings: BundleFinding[] = [];
  for (const entry of caseFile.artifacts ?? []) {
    const bytes = entry.path ? files.get(entry.path) : undefined;
    if (!bytes || !entry.path) continue; // named in case.json, not carried: its events say so when shown
    // The verifier found every "artifacts/<sha256>.<ext>" file hashing to its name: comparing names is enough.
    const named = ARTIFACT_NAME.exec(entry.path)?.[1];
    const actual = named ?? (await sha256Hex(bytes));
    if (actual !== entry.sha256) findings.push({ kind: "artifact-name-mismatch", path: entry.path, actual });
    else artifacts.push({ sha256: entry.sha256, mediaType: entry.mediaType, bytes });
  }
  if (findings.length > 0) return { ok: false, report: { ...report, verdict: "altered", findings } };
  return { ok: true, manifest, imported: { caseFile: shown(caseFile), artifacts, manifestSha256: await sha256Hex(manifestBytes), signerFingerprint: manifest.signer.fingerprint } };
}

/**
 * A backup: its manifest lists every file with its SHA-256 (nothing missing, changed or added), and
 * each case's bundle must verify intact, signed by the backup's key, with the chain head the backup lists.
 */
async function readBackup(zip: Uint8Array, files: Map<string, Uint8Array>, limits: ZipLimits): Promise<ImportReading> {
  const fail = (findings: ImportFinding[]): ImportReading => ({ ok: false, origin: "backup", findings });
  const json = parseJson(files.get(BACKUP_MANIFEST_PATH) as Uint8Array);
  const parsed = json.ok ? BackupManifest.safeParse(json.value) : null;
  if (!parsed?.success) return fail([{ kind: "manifest-invalid", issues: parsed ? issuesOf(parsed.error) : [{ path: "(root)", message: json.ok ? "" : json.message }] }]);
  const manifest = parsed.data;

  const findings: ImportFinding[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    const bytes = files.get(file.path);
    if (!bytes) findings.push({ kind: "file-missing", path: file.path });
    else {
      const actual = await sha256Hex(bytes);
      if (actual !== file.sha256) findings.push({ kind: "file-changed", path: file.path, expected: file.sha256, actual });
    }
  }
  for (const path of files.keys()) if (path !== BACKUP_MANIFEST_PATH && !listed.has(path)) findings.push({ kind: "file-unlisted", path });
  for (const entry of manifest.cases) if (!listed.has(entry.path)) findings.push({ kind: "file-missing", path: entry.path });
  if (findings.length > 0) return fail(findings);

  const profileJson = parseJson(files.get(BACKUP_PROFILE_PATH) ?? new Uint8Array());
  const profile = profileJson.ok ? ProfileFile.safeParse(profileJson.value) : null;
  if (!profile?.success) return fail([{ kind: "profile-invalid", issues: profile ? issuesOf(profile.error) : [{ path: "(root)", message: profileJson.ok ? "" : profileJson.message }] }]);

  const campaigns = readCampaigns(manifest, files.get(BACKUP_CAMPAIGNS_PATH));
  if (!campaigns.ok) return fail([{ kind: "campaigns-invalid", issues: campaigns.issues }]);

  const cases: ImportedCase[] = [];
  for (const entry of manifest.cases) {
    const opened = await openBundle(await readZipAsync(files.get(entry.path) as Uint8Array, limits));
    if (!opened.ok) return fail(opened.hidden ? [{ kind: "hidden-values", events: opened.hidden }] : [{ kind: "backup-case", path: entry.path, title: entry.title, report: opened.report }]);
    const m = opened.manifest;
    if (m.signer.fingerprint !== manifest.signer.fingerprint || m.case.id !== entry.id || m.chain.head !== entry.chain.head || m.chain.count !== entry.chain.count) {
      return fail([{ kind: "backup-case-mismatch", path: entry.path, title: entry.title }]);
    }
    cases.push(opened.imported);
  }
  return { ok: true, origin: "backup", fileSha256: await sha256Hex(zip), manifest, cases, profile: profile.data, campaigns: campaigns.campaigns };
}

/**
 * A backup's campaigns.json, checked against the schema (each problem named by its path, e.g.
 * `campaigns.0.protocols.0.question`) and against the manifest's list. A backup made before campaigns
 * existed has neither: no campaign.
 */
function readCampaigns(manifest: BackupManifest, bytes: Uint8Array | undefined): { ok: true; campaigns: Campaign[] } | { ok: false; issues: SchemaIssue[] } {
  if (bytes === undefined) {
    return manifest.campaigns?.length ? { ok: false, issues: [{ path: BACKUP_CAMPAIGNS_PATH, message: "missing, yet the manifest lists campaigns" }] } : { ok: true, campaigns: [] };
  }
  const json = parseJson(bytes);
  if (!json.ok) return { ok: false, issues: [{ path: "(root)", message: json.message }] };
  const parsed = CampaignsFile.safeParse(json.value);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const ids = parsed.data.campaigns.map((c) => c.id);
  if (new Set(ids).size !== ids.length) return { ok: false, issues: [{ path: "campaigns", message: "the same campaign id twice" }] };
  const listed = (manifest.campaigns ?? []).map((c) => c.id);
  if (listed.length !== ids.length || listed.some((id, i) => id !== ids[i])) {
    return { ok: false, issues: [{ path: "campaigns", message: "not the campaigns the backup's manifest lists" }] };
  }
  return { ok: true, campaigns: parsed.data.campaigns };
}
