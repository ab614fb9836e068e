// A campaign's bundle: every brand's dossier, the comparison report, its CSV and its methodology in one
// ZIP with one manifest, signed once, checked by the same verifiers as a single dossier
// (src/export/verify: one chain per case against the head the signed manifest records).
//
//   report.html  comparison.csv  methodology.txt  campaign.json  case.schema.json  signer.pem
//   README.txt  verify.html
//   cases/<brand-slug>/dossier.html  case.json  timeline.csv  artifacts/<sha256>.<ext>
//   manifest.json  manifest.sig  [manifest.tsr]
//
// The comparison in the report, the CSV and campaign.json is computed here from the very events put in
// the bundle, as of the moment the bundle is made, so every figure can be checked against its dossier.
// Signing is the caller's: `sign` gets the manifest's bytes (the dashboard asks the background with
// `dossier.sign`, which checks every case's chain head, see domain/dossier/campaign-manifest.ts).
import type { EvidenceEvent } from "../domain/evidence";
import type { Campaign } from "../domain/campaigns/campaign";
import { compareBrands, type CaseEvidence, type ComparisonRow } from "../domain/campaigns/comparison";
import { summarizeComparison, type Comparison } from "../domain/campaigns/comparison-summary";
import { campaignMethodology, methodologyPlainText } from "../domain/campaigns/methodology";
import type { CampaignLanguage } from "../domain/campaigns/methodology-words";
import { utf8 } from "../domain/dossier/bytes";
import { CampaignManifest, campaignManifestText } from "../domain/dossier/campaign-manifest";
import type { CaseFile } from "../domain/dossier/case-file";
import { caseJsonSchemaText } from "../domain/dossier/json-schema";
import { SIGNATURE_PATH } from "../domain/dossier/manifest";
import type { Signer } from "../domain/dossier/signer";
import type { Moment } from "../domain/evidence";
import { inStorageOrder } from "../domain/reality/case-timeline";
import { listFiles, signedFiles, yieldToEventLoop, zipFiles, type BundleFile } from "./bundle-writer";
import { renderCampaignCsv } from "./campaign-csv";
import { CAMPAIGN_PATHS, caseFolders } from "./campaign-paths";
import { campaignReadmeText } from "./campaign-readme";
import { renderCampaignReport } from "./campaign-report";
import { signerPem } from "./dossier-bundle";
import { renderDossierHtmlInSteps, type DossierArtifact } from "./dossier-html";
import { renderTimelineCsvInSteps } from "./timeline-csv";

export const CAMPAIGN_JSON_FORMAT = "receipts.campaign";

/** One brand's case, as the dashboard reads it for a single dossier (dashboard/export-data.ts). */
export interface CampaignCaseExport {
  caseFile: CaseFile & { signer: Signer; chain: NonNullable<CaseFile["chain"]> };
  artifacts: ReadonlyArray<DossierArtifact & { bytes: Uint8Array }>;
}

export interface CampaignBundleRequest {
  campaign: Campaign;
  /** By case id; a brand whose case was deleted has none. */
  cases: ReadonlyMap<string, CampaignCaseExport>;
  signer: Signer;
  /** When the bundle is made (device clock): the comparison is read as of then. */
  created: Moment;
  lang: CampaignLanguage;
  verifyPage: string;
  /** Signs the manifest's bytes; returns DER (see domain/dossier/signature-encoding.ts). */
  sign: (manifest: Uint8Array) => Promise<Uint8Array>;
  /** Trusted time (RFC 3161) over the signature, as for a single dossier; null when none could be had. */
  timestamp?: (signature: Uint8Array) => Promise<Uint8Array | null>;
  pause?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
}

export interface CampaignBundle {
  chunks: Uint8Array[];
  manifest: CampaignManifest;
  manifestBytes: Uint8Array;
  timestamped: boolean;
  /** The comparison the report, CSV and campaign.json show. */
  comparison: Comparison;
}

/**
 * The brands' cases as the comparison reads them: a deleted case (marked, or missing) is undefined.
 * A campaign exports its cases whole (no value hidden), so their events are evidence events as stored.
 */
export function campaignEvidence(campaign: Campaign, cases: ReadonlyMap<string, CampaignCaseExport>): Map<string, CaseEvidence | undefined> {
  const evidence = new Map<string, CaseEvidence | undefined>();
  for (const brand of campaign.brands) {
    const exported = brand.caseDeleted ? undefined : cases.get(brand.caseId);
    evidence.set(brand.caseId, exported ? { theCase: exported.caseFile.case, events: inStorageOrder(exported.caseFile.events as EvidenceEvent[]) } : undefined);
  }
  return evidence;
}

/** compareCampaign, a few brands at a time with a pause between: 50 brands' cases read at once would freeze the page. */
async function compareInSteps(campaign: Campaign, cases: ReadonlyMap<string, CaseEvidence | undefined>, now: number, pause: () => Promise<void>, brandsPerStep = 5): Promise<Comparison> {
  const rows: ComparisonRow[] = [];
  for (let at = 0; at < campaign.brands.length; at += brandsPerStep) {
    rows.push(...compareBrands({ campaign: { ...campaign, brands: campaign.brands.slice(at, at + brandsPerStep) }, cases, now }));
    await pause();
  }
  return { now, rows, summary: summarizeComparison(rows) };
}

export async function buildCampaignBundle(request: CampaignBundleRequest): Promise<CampaignBundle> {
  const { campaign, lang, signer } = request;
  const pause = request.pause ?? yieldToEventLoop;
  const folders = caseFolders(campaign);
  const evidence = campaignEvidence(campaign, request.cases);
  const comparison = await compareInSteps(campaign, evidence, request.created.at, pause);
  const methodology = campaignMethodology({ campaign, rows: comparison.rows, lang, now: request.created, trustedTime: request.timestamp !== undefined });
  await pause();

  const files: BundleFile[] = [];
  const text = (path: string, content: string) => files.push({ path, bytes: utf8(content), compress: true });
  text(CAMPAIGN_PATHS.report, renderCampaignReport({ campaign, comparison, methodology, cases: evidence, lang, created: request.created, inBundle: true, signerFingerprint: signer.fingerprint }));
  await pause();
  text(CAMPAIGN_PATHS.csv, renderCampaignCsv(campaign, comparison.rows, lang));
  text(CAMPAIGN_PATHS.methodology, methodologyPlainText(methodology));
  text(CAMPAIGN_PATHS.campaign, `${JSON.stringify({ format: CAMPAIGN_JSON_FORMAT, formatVersion: 1, exported: request.created, campaign, comparison }, null, 2)}\n`);
  await pause();

  // Each brand's dossier, in its folder, as a single dossier's bundle holds it (less what the campaign holds once).
  const kept: CampaignManifest["cases"] = [];
  for (const brand of campaign.brands) {
    const exported = evidence.get(brand.caseId) ? request.cases.get(brand.caseId) : undefined;
    const folder = folders.get(brand.caseId) as string;
    if (!exported) continue;
    const { caseFile } = exported;
    const html = await renderDossierHtmlInSteps({ caseFile, artifacts: exported.artifacts, lang, images: "linked" }, pause);
    text(`${folder}/dossier.html`, html);
    text(`${folder}/case.json`, `${JSON.stringify(caseFile, null, 2)}\n`);
    await pause();
    text(`${folder}/timeline.csv`, await renderTimelineCsvInSteps(caseFile, lang, pause));
    for (const a of exported.artifacts) files.push({ path: `${folder}/${a.path}`, bytes: a.bytes, compress: !a.mediaType.startsWith("image/") });
    kept.push({ id: caseFile.case.id, title: caseFile.case.title, brand: caseFile.case.brand, path: `${folder}/case.json`, chain: { head: caseFile.chain.head, count: caseFile.chain.count } });
    await pause();
  }
  text(CAMPAIGN_PATHS.schema, caseJsonSchemaText());
  text(CAMPAIGN_PATHS.pem, signerPem(signer));
  text(CAMPAIGN_PATHS.readme, campaignReadmeText(campaign, signer.fingerprint, kept.map((c) => c.path.replace(/\/case\.json$/, "")), lang));
  text(CAMPAIGN_PATHS.verify, request.verifyPage);

  const deletedCases = comparison.rows.filter((r) => r.caseDeleted).map((r) => ({ id: r.caseId, brand: r.brand, ...(r.caseDeletedAt ? { deleted: r.caseDeletedAt } : {}) }));
  const manifest = CampaignManifest.parse({
    format: "receipts.campaign-bundle",
    formatVersion: 1,
    created: request.created,
    campaign: { id: campaign.id, name: campaign.name },
    cases: kept,
    deletedCases,
    signer,
    signature: { path: SIGNATURE_PATH, encoding: "der" },
    files: await listFiles(files, pause),
  });
  const manifestBytes = utf8(campaignManifestText(manifest));
  await pause();
  const signed = await signedFiles(manifestBytes, request.sign, request.timestamp);
  const chunks = await zipFiles([...files, ...signed.files], request.created, pause, request.onProgress);
  return { chunks, manifest, manifestBytes, timestamped: signed.timestamped, comparison };
}
