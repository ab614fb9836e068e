// Where each brand's dossier sits in a campaign bundle: `cases/<brand-slug>/`, the slug made from the
// brand's name (letters and digits only, so every file system and the manifest's paths accept it), made
// unique in the campaign's order. The CSV and the report name the same paths.
import type { Campaign } from "../domain/campaigns/campaign";

export const CAMPAIGN_PATHS = {
  report: "report.html",
  csv: "comparison.csv",
  methodology: "methodology.txt",
  campaign: "campaign.json",
  schema: "case.schema.json",
  pem: "signer.pem",
  readme: "README.txt",
  verify: "verify.html",
} as const;

export function brandSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || "brand";
}

/** Case id → the folder of its dossier ("cases/yellow-telecom"), for every brand of the campaign, deleted ones too (so folders never shift). */
export function caseFolders(campaign: Pick<Campaign, "brands">): Map<string, string> {
  const taken = new Set<string>();
  const folders = new Map<string, string>();
  for (const { brand, caseId } of campaign.brands) {
    const base = brandSlug(brand.name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    folders.set(caseId, `cases/${slug}`);
  }
  return folders;
}
