// What the person can do to a campaign, as pure functions from one campaign to the next: prepare it
// (protocol, brands), start it, add a brand later, change the protocol (a new version once started),
// end it, and record that a brand's case was deleted. Storage runs them inside its transactions
// (storage/campaign-store.ts); every result is checked against the Campaign schema.
import type { z } from "zod";
import type { Brand, CaseChangePayload, Moment } from "../evidence";
import { Campaign, currentProtocol, Protocol, type CampaignBrand } from "./campaign";

/** Why an edit was refused. The dashboard checks most of these before asking. */
export type CampaignProblem =
  | "already-started"
  | "not-started"
  | "ended"
  | "no-brands"
  | "brand-already-in"
  | "brand-not-found"
  | "why-needed"
  | "protocol-unchanged"
  | "not-found";

export class CampaignEditError extends Error {
  constructor(readonly problem: CampaignProblem) {
    super(`campaign: ${problem}`);
    this.name = "CampaignEditError";
  }
}

/** A protocol as the person writes it: a version without its number, date and reason. */
export const ProtocolFields = Protocol.omit({ version: true, written: true, change: true });
export type ProtocolFields = z.infer<typeof ProtocolFields>;

/** A brand as the campaign form gives it, with the id its case will have once the campaign starts. */
export interface NewBrand {
  brand: Brand;
  caseId: string;
}

function refuse(problem: CampaignProblem): never {
  throw new CampaignEditError(problem);
}

function checked(campaign: Campaign): Campaign {
  return Campaign.parse(campaign);
}

function stillOpen(campaign: Campaign): void {
  if (campaign.ended) refuse("ended");
}

/** Two brands are the same when they share a domain (or one's domain is a subdomain of the other's). */
export function sameBrand(a: Brand, b: Brand): boolean {
  return a.domains.some((d) => b.domains.some((e) => d === e || d.endsWith(`.${e}`) || e.endsWith(`.${d}`)));
}

/** A brand of the campaign whose case still exists and that shares a domain with `brand`. */
export function brandAlreadyIn(campaign: Campaign, brand: Brand): CampaignBrand | undefined {
  return campaign.brands.find((b) => !b.caseDeleted && sameBrand(b.brand, brand));
}

export function newCampaign(input: { id: string; name: string; protocol: ProtocolFields; brands: readonly NewBrand[] }, now: Moment): Campaign {
  let campaign = checked({ id: input.id, name: input.name, created: now, protocols: [{ ...input.protocol, version: 1, written: now }], brands: [] });
  for (const { brand, caseId } of input.brands) campaign = addBrand(campaign, brand, caseId, now);
  return campaign;
}

/**
 * A brand joins. Before the start it simply waits for it; after the start it is marked as added late
 * (the methodology says so) and runs the protocol as it is now.
 */
export function addBrand(campaign: Campaign, brand: Brand, caseId: string, now: Moment): Campaign {
  stillOpen(campaign);
  if (brandAlreadyIn(campaign, brand)) refuse("brand-already-in");
  const added: CampaignBrand = { brand, caseId, added: now, addedAfterStart: campaign.started !== undefined, protocolVersion: currentProtocol(campaign).version };
  return checked({ ...campaign, brands: [...campaign.brands, added] });
}

/** Only while the campaign is being prepared: once started, a brand stays listed with its case. */
export function removeBrand(campaign: Campaign, caseId: string): Campaign {
  if (campaign.started) refuse("already-started");
  if (!campaign.brands.some((b) => b.caseId === caseId)) refuse("brand-not-found");
  return checked({ ...campaign, brands: campaign.brands.filter((b) => b.caseId !== caseId) });
}

function sameFields(a: ProtocolFields, b: ProtocolFields): boolean {
  const fields = (p: ProtocolFields) => JSON.stringify([p.question, p.channel, p.promise, p.pinning, p.wait, p.followUpAfter ?? null, p.responseRule]);
  return fields(a) === fields(b);
}

/**
 * A change of protocol. While the campaign is being prepared nothing has run it yet: the draft is
 * rewritten. Once started, it becomes a new version, with the reason for it; brands already running keep
 * theirs, brands added from now on get this one.
 */
export function editProtocol(campaign: Campaign, fields: ProtocolFields, why: string | undefined, now: Moment): Campaign {
  stillOpen(campaign);
  const current = currentProtocol(campaign);
  if (sameFields(current, fields)) refuse("protocol-unchanged");
  if (!campaign.started) return checked({ ...campaign, protocols: [{ ...fields, version: current.version, written: now }] });
  const reason = why?.trim();
  if (!reason) refuse("why-needed");
  return checked({ ...campaign, protocols: [...campaign.protocols, { ...fields, version: current.version + 1, written: now, change: reason }] });
}

/** The start: every brand listed runs the protocol as it is now. Storage opens their cases in the same step. */
export function startCampaign(campaign: Campaign, now: Moment): Campaign {
  if (campaign.started) refuse("already-started");
  if (campaign.brands.length === 0) refuse("no-brands");
  const version = currentProtocol(campaign).version;
  return checked({ ...campaign, started: now, brands: campaign.brands.map((b) => ({ ...b, protocolVersion: version })) });
}

export function endCampaign(campaign: Campaign, now: Moment): Campaign {
  if (!campaign.started) refuse("not-started");
  stillOpen(campaign);
  return checked({ ...campaign, ended: now });
}

/** The person deleted this brand's case: the campaign keeps the brand, marked, so the exports can say so. */
export function markCaseDeleted(campaign: Campaign, caseId: string, now: Moment): Campaign {
  return checked({ ...campaign, brands: campaign.brands.map((b) => (b.caseId === caseId && !b.caseDeleted ? { ...b, caseDeleted: now } : b)) });
}

/** When this brand's run began: the campaign's start, or its joining when it came later. */
export function brandStart(campaign: Campaign, brand: CampaignBrand): Moment | undefined {
  if (!campaign.started) return undefined;
  return brand.addedAfterStart ? brand.added : campaign.started;
}

/** A campaign case's title: the brand first (what the person looks for), then the campaign. */
export function campaignCaseTitle(campaign: Pick<Campaign, "name">, brand: Brand): string {
  return `${brand.name} — ${campaign.name}`.slice(0, 300);
}

/** What opens a brand's case for a campaign, in its chain: the opening, the membership, the promise under test. */
export interface CampaignCaseOpening {
  opened: CaseChangePayload;
  membership: CaseChangePayload;
  /** Pinning "campaign": the campaign's statement of the promise, as the yardstick of this case. */
  promise?: { quote: string; context: string; reading?: Protocol["promise"]["reading"] };
}

export function campaignCaseOpening(campaign: Campaign, brand: CampaignBrand): CampaignCaseOpening {
  const protocol = campaign.protocols.find((p) => p.version === brand.protocolVersion) ?? currentProtocol(campaign);
  const title = campaignCaseTitle(campaign, brand.brand);
  return {
    opened: { change: "opened", from: {}, to: { title, brand: brand.brand, status: "open" } },
    membership: {
      change: "campaign",
      from: {},
      to: {},
      campaign: {
        campaignId: campaign.id,
        name: campaign.name,
        protocolVersion: protocol.version,
        question: protocol.question,
        channel: protocol.channel,
        pinning: protocol.pinning,
        addedAfterStart: brand.addedAfterStart,
      },
    },
    ...(protocol.pinning === "campaign"
      ? {
          promise: {
            quote: protocol.promise.text,
            context: `${campaign.name} (v${protocol.version})`,
            ...(protocol.promise.reading ? { reading: protocol.promise.reading } : {}),
          },
        }
      : {}),
  };
}
