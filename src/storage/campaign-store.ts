// Campaigns in storage: each operation reads the campaign, applies a pure edit
// (domain/campaigns/campaign-edits.ts) and writes it back in one transaction; starting a campaign (or
// adding a brand once it runs) opens the brands' cases in that same transaction, so a campaign never
// lists a case that does not exist.
import type { Brand, Case, Collection, EvidenceEvent } from "../domain/evidence";
import { Campaign as CampaignSchema, type Campaign } from "../domain/campaigns/campaign";
import { canonicalize } from "../domain/integrity/canonical-json";
import {
  addBrand,
  campaignCaseOpening,
  CampaignEditError,
  editProtocol,
  endCampaign as endEdit,
  newCampaign,
  removeBrand,
  startCampaign as startEdit,
  type ProtocolFields,
} from "../domain/campaigns/campaign-edits";
import type { ReceiptsDatabase } from "./database";
import { caseTrail, openCaseWith, type Clock } from "./evidence-store";

export async function listCampaigns(db: ReceiptsDatabase): Promise<Campaign[]> {
  const all = await db.campaigns.toArray();
  return all.sort((a, b) => b.created.at - a.created.at);
}

export async function findCampaign(db: ReceiptsDatabase, campaignId: string): Promise<Campaign | undefined> {
  return db.campaigns.get(campaignId);
}

/** The campaigns that list a case among their brands (a case runs for one campaign; the list allows for more). */
export async function campaignsOfCase(db: ReceiptsDatabase, caseId: string): Promise<Campaign[]> {
  return (await db.campaigns.toArray()).filter((c) => c.brands.some((b) => b.caseId === caseId));
}

/** A brand's case and its trail (with the cases it absorbed), as the comparison and the guided runs read them. */
export interface BrandCaseEvidence {
  theCase: Case;
  events: { seq: number; event: EvidenceEvent }[];
}

/** Every brand's case of the campaign, read in one transaction; undefined for a case that was deleted. */
export async function campaignEvidence(db: ReceiptsDatabase, campaign: Campaign): Promise<Map<string, BrandCaseEvidence | undefined>> {
  return db.transaction("r", db.cases, db.events, async () => {
    // Every brand's reads are asked for at once: one after another, each waited for its answer before
    // the next was asked, and the page's first paint of the comparison waited for all the round trips.
    const read = await Promise.all(
      campaign.brands.map(async ({ caseId }) => {
        const theCase = await db.cases.get(caseId);
        return [caseId, theCase ? { theCase, events: await caseTrail(db, caseId) } : undefined] as const;
      }),
    );
    return new Map<string, BrandCaseEvidence | undefined>(read);
  });
}

async function change(db: ReceiptsDatabase, campaignId: string, edit: (campaign: Campaign) => Promise<Campaign> | Campaign): Promise<Campaign> {
  return db.transaction("rw", db.campaigns, db.cases, db.events, async () => {
    const campaign = await db.campaigns.get(campaignId);
    if (!campaign) throw new CampaignEditError("not-found");
    const next = await edit(campaign);
    await db.campaigns.put(next);
    return next;
  });
}

/** A campaign being prepared: its protocol (version 1) and the brands listed so far. */
export async function createCampaign(db: ReceiptsDatabase, input: { name: string; protocol: ProtocolFields; brands: readonly Brand[] }, clock: Clock): Promise<Campaign> {
  const campaign = newCampaign({ id: clock.newId(), name: input.name, protocol: input.protocol, brands: input.brands.map((brand) => ({ brand, caseId: clock.newId() })) }, clock.now());
  await db.campaigns.add(campaign);
  return campaign;
}

/** Opens the case of the brand whose case id is `caseId`, as the campaign now lists it. */
async function openBrandCase(db: ReceiptsDatabase, campaign: Campaign, caseId: string, collection: Collection, clock: Clock): Promise<void> {
  const brand = campaign.brands.find((b) => b.caseId === caseId);
  if (!brand) throw new CampaignEditError("brand-not-found");
  const opening = campaignCaseOpening(campaign, brand);
  const title = opening.opened.to.title ?? brand.brand.name;
  await openCaseWith(db, { id: caseId, title, brand: brand.brand }, [opening.opened, opening.membership], opening.promise, collection, clock);
}

/** Starts the campaign: one case per brand, each opened with the campaign it runs and, if pinned by the campaign, the promise under test. */
export async function startCampaign(db: ReceiptsDatabase, campaignId: string, collection: Collection, clock: Clock): Promise<Campaign> {
  return change(db, campaignId, async (campaign) => {
    const started = startEdit(campaign, clock.now());
    for (const brand of started.brands) await openBrandCase(db, started, brand.caseId, collection, clock);
    return started;
  });
}

/** A brand joins; once the campaign runs, its case opens at once, marked as added after the start. */
export async function addCampaignBrand(db: ReceiptsDatabase, campaignId: string, brand: Brand, collection: Collection, clock: Clock): Promise<Campaign> {
  return change(db, campaignId, async (campaign) => {
    const next = addBrand(campaign, brand, clock.newId(), clock.now());
    const added = next.brands.at(-1)!;
    if (next.started) await openBrandCase(db, next, added.caseId, collection, clock);
    return next;
  });
}

export async function removeCampaignBrand(db: ReceiptsDatabase, campaignId: string, caseId: string): Promise<Campaign> {
  return change(db, campaignId, (campaign) => removeBrand(campaign, caseId));
}

/** A change of protocol: the draft rewritten before the start, a new version (with why) after it. */
export async function editCampaignProtocol(db: ReceiptsDatabase, campaignId: string, fields: ProtocolFields, why: string | undefined, clock: Clock): Promise<Campaign> {
  return change(db, campaignId, (campaign) => editProtocol(campaign, fields, why, clock.now()));
}

export async function endCampaign(db: ReceiptsDatabase, campaignId: string, clock: Clock): Promise<Campaign> {
  return change(db, campaignId, (campaign) => endEdit(campaign, clock.now()));
}

/** What a restore did with one campaign of a backup. */
export interface CampaignRestoreOutcome {
  id: string;
  name: string;
  /**
   * "new": stored as it was in the backup; "nothing-new": the same campaign, identical, is stored;
   * "kept-stored": a different campaign with the same id is stored here and was kept as it is.
   */
  action: "new" | "nothing-new" | "kept-stored";
}

/**
 * Restores a backup's campaigns as a merge, in one transaction: a campaign with an id not stored here
 * is added; one identical to the stored campaign of its id adds nothing; one that differs from it
 * (the campaign went on here, or there) never overwrites it: the stored one stays and the outcome says so.
 * Each is validated with the schema first: nothing is written unless all of them fit.
 */
export async function restoreCampaigns(db: ReceiptsDatabase, campaigns: readonly unknown[]): Promise<CampaignRestoreOutcome[]> {
  const checked = campaigns.map((raw, i) => {
    const parsed = CampaignSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`Campaign ${i + 1} of the backup does not fit the schema: ${[`campaigns.${i}`, ...(issue?.path ?? []).map(String)].join(".")}: ${issue?.message ?? ""}`);
    }
    return parsed.data;
  });
  return db.transaction("rw", db.campaigns, async () => {
    const out: CampaignRestoreOutcome[] = [];
    for (const campaign of checked) {
      const stored = await db.campaigns.get(campaign.id);
      const about = { id: campaign.id, name: campaign.name };
      if (!stored) {
        await db.campaigns.add(campaign);
        out.push({ ...about, action: "new" });
      } else {
        out.push({ ...about, name: stored.name, action: canonicalize(stored) === canonicalize(campaign) ? "nothing-new" : "kept-stored" });
      }
    }
    return out;
  });
}
