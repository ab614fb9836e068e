// manifest.json of a campaign bundle: every brand's dossier in one bundle, signed once. Like a single
// case's manifest it lists every other file with its SHA-256 and names the signer; instead of one case
// and one chain it records each case kept in the bundle, where its case.json is, and its chain head, so
// the verifier checks every chain against the signed heads. Brands whose case was deleted before the
// export are named, with no evidence. manifest.sig signs this file's exact bytes, as for one case.
import { z } from "zod";
import { Brand, Id, Moment } from "../evidence";
import { BundleManifest, BundlePath, ManifestFile, SIGNATURE_PATH } from "./manifest";
import { Signer } from "./signer";

export const CAMPAIGN_MANIFEST_FORMAT = "receipts.campaign-bundle";

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const ChainHead = z.object({ head: Sha256.nullable(), count: z.number().int().nonnegative() });

export const CampaignManifestCase = z.object({
  id: Id,
  title: z.string().max(300),
  brand: Brand,
  /** Where the case's case.json is in the bundle ("cases/yellow-telecom/case.json"). */
  path: BundlePath,
  /** The case's chain as this installation held it: last event's hash and the number of events. */
  chain: ChainHead,
});
export type CampaignManifestCase = z.infer<typeof CampaignManifestCase>;

export const CampaignManifest = z.object({
  format: z.literal(CAMPAIGN_MANIFEST_FORMAT),
  formatVersion: z.literal(1),
  /** When the bundle was made, by the device clock, and in which zone. */
  created: Moment,
  campaign: z.object({ id: Id, name: z.string().max(300) }),
  cases: z.array(CampaignManifestCase).max(1_000),
  /** Brands whose case was deleted before the export: named, without evidence. */
  deletedCases: z.array(z.object({ id: Id, brand: Brand, deleted: Moment.optional() })).max(1_000),
  signer: Signer,
  signature: z.object({ path: z.literal(SIGNATURE_PATH), encoding: z.literal("der") }),
  files: z.array(ManifestFile).max(100_000),
});
export type CampaignManifest = z.infer<typeof CampaignManifest>;

/** Whether parsed JSON claims to be a campaign manifest (then it is checked as one, else as a single case's). */
export function claimsCampaign(json: unknown): boolean {
  return typeof json === "object" && json !== null && (json as { format?: unknown }).format === CAMPAIGN_MANIFEST_FORMAT;
}

export interface ChainClaim {
  caseId: string;
  head: string | null;
  count: number;
}

export type ManifestClaims = { ok: true; signer: Signer; chains: ChainClaim[] } | { ok: false; reason: string };

/**
 * What a manifest (a single case's or a campaign's) asks the signer to vouch for: its key, and each case's
 * chain head. The background signs only when the key is its own and every head is the one it stores.
 */
export function manifestClaims(manifestText: string): ManifestClaims {
  let json: unknown;
  try {
    json = JSON.parse(manifestText);
  } catch {
    return { ok: false, reason: "The manifest is not JSON." };
  }
  if (claimsCampaign(json)) {
    const parsed = CampaignManifest.safeParse(json);
    if (!parsed.success) return { ok: false, reason: "The manifest does not fit its schema." };
    return { ok: true, signer: parsed.data.signer, chains: parsed.data.cases.map((c) => ({ caseId: c.id, head: c.chain.head, count: c.chain.count })) };
  }
  const parsed = BundleManifest.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "The manifest does not fit its schema." };
  return { ok: true, signer: parsed.data.signer, chains: [{ caseId: parsed.data.case.id, head: parsed.data.chain.head, count: parsed.data.chain.count }] };
}

/** The manifest's bytes: what is signed and what the bundle stores. */
export function campaignManifestText(manifest: CampaignManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
