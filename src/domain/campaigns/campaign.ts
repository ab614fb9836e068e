// A campaign: one brand promise tested the same way across many brands (journalists, consumer groups).
// Pure zod schemas; the types are inferred from them. Shared by the campaign pages, the guided runs in
// the popup, the comparison and the exports: change it only with both sides in mind.
import { z } from "zod";
import { Brand, Channel, Id, Moment } from "../evidence";
import { DurationUnit, PromiseReading } from "../promises/promise-reading";

/** A length of time in the protocol: "48 hours", "5 business days". */
export const ProtocolDuration = z.object({
  amount: z.number().int().positive().max(10_000),
  unit: DurationUnit,
});
export type ProtocolDuration = z.infer<typeof ProtocolDuration>;

/**
 * What counts as the brand's response, stated in the methodology:
 * - "person": only an answer written by a person (automatic acknowledgements and bots do not count);
 * - "any": any reply, automatic ones included.
 */
export const ResponseRule = z.enum(["person", "any"]);
export type ResponseRule = z.infer<typeof ResponseRule>;

/**
 * One version of the protocol. Versions are append-only: an edit after the start adds a version, and
 * each brand's case keeps the version it ran (`CampaignBrand.protocolVersion`).
 */
export const Protocol = z.object({
  version: z.number().int().positive(),
  /** When this version was written. */
  written: Moment,
  /** Why it changed (versions after the first). */
  change: z.string().trim().min(1).max(2_000).optional(),
  /** What to ask every brand, word for word. */
  question: z.string().trim().min(1).max(10_000),
  /** Through which channel. */
  channel: Channel,
  /** The promise under test, as the campaign states it ("we reply within 48 hours"). */
  promise: z.object({
    text: z.string().trim().min(1).max(2_000),
    /** The yardstick read from it (or set by the person): kind and deadline. */
    reading: PromiseReading.optional(),
  }),
  /**
   * "campaign": the campaign's own statement of the promise is the yardstick for every brand;
   * "per-brand": each brand's own wording must be pinned from its site before the message is sent.
   */
  pinning: z.enum(["campaign", "per-brand"]),
  /** How long to wait for a response before the brand counts as silent. */
  wait: ProtocolDuration,
  /** Follow up once when nothing came after this long; absent: no follow-up. */
  followUpAfter: ProtocolDuration.optional(),
  responseRule: ResponseRule,
});
export type Protocol = z.infer<typeof Protocol>;

/** A brand in the campaign, with the case that records its test. */
export const CampaignBrand = z.object({
  brand: Brand,
  /** Given when the brand is listed; the case itself opens when the campaign starts (at once for a brand added after the start). */
  caseId: Id,
  added: Moment,
  /** Added after the campaign started: the methodology says so. */
  addedAfterStart: z.boolean(),
  /** The protocol version this brand's case runs (kept when the protocol changes later). */
  protocolVersion: z.number().int().positive(),
  /** Its case was deleted: the campaign still lists it, and the exports say so. */
  caseDeleted: Moment.optional(),
});
export type CampaignBrand = z.infer<typeof CampaignBrand>;

export const Campaign = z.object({
  id: Id,
  name: z.string().trim().min(1).max(300),
  created: Moment,
  /** Absent while the campaign is being prepared. */
  started: Moment.optional(),
  ended: Moment.optional(),
  /** Every version of the protocol, oldest first; the last one applies to brands added from now on. */
  protocols: z.array(Protocol).min(1).max(1_000),
  brands: z.array(CampaignBrand).max(1_000),
});
export type Campaign = z.infer<typeof Campaign>;

/** The protocol a brand's case runs. */
export function protocolOf(campaign: Campaign, brand: CampaignBrand): Protocol | undefined {
  return campaign.protocols.find((p) => p.version === brand.protocolVersion);
}

/** The protocol new brands get. */
export function currentProtocol(campaign: Campaign): Protocol {
  const last = campaign.protocols.at(-1);
  if (!last) throw new Error("a campaign has at least one protocol version");
  return last;
}
