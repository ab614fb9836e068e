// A campaign for the tests: "every telco replies within 48 hours", asked by e-mail, three brands.
import type { Campaign, Protocol } from "../../../../src/domain/campaigns/campaign";
import type { ProtocolFields } from "../../../../src/domain/campaigns/campaign-edits";
import type { Moment } from "../../../../src/domain/evidence";

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** Monday 2 March 2026, 10:00 in Paris. */
export const T0 = Date.UTC(2026, 2, 2, 9, 0);
export const at = (ms: number): Moment => ({ at: ms, timeZone: "Europe/Paris" });

export const READING: NonNullable<Protocol["promise"]["reading"]> = {
  kind: "reply-time",
  deadline: { type: "duration", amount: 48, unit: "hours" },
  clockStart: "each-contact",
  language: "en",
  confidence: 1,
  matched: {},
};

export function protocolFields(overrides: Partial<ProtocolFields> = {}): ProtocolFields {
  return {
    question: "Can I keep my number if I cancel my contract?",
    channel: "email",
    promise: { text: "We reply within 48 hours.", reading: READING },
    pinning: "campaign",
    wait: { amount: 5, unit: "calendar-days" },
    followUpAfter: { amount: 3, unit: "calendar-days" },
    responseRule: "person",
    ...overrides,
  };
}

export const BRANDS = [
  { brand: { name: "Sienna Mobile", domains: ["sienna.test"] }, caseId: "case_sienna-01" },
  { brand: { name: "Umber Fibre", domains: ["umber.test"] }, caseId: "case_umber-001" },
  { brand: { name: "Teal Telecom", domains: ["teal.test"] }, caseId: "case_teal-0001" },
];

/** A campaign started at T0 with the three brands, protocol v1. */
export function startedCampaign(overrides: Partial<Campaign> = {}, protocol: Partial<ProtocolFields> = {}): Campaign {
  return {
    id: "campaign-0001",
    name: "Telcos: 48 hours?",
    created: at(T0 - DAY),
    started: at(T0),
    protocols: [{ ...protocolFields(protocol), version: 1, written: at(T0 - DAY) }],
    brands: BRANDS.map((b) => ({ ...b, added: at(T0 - DAY), addedAfterStart: false, protocolVersion: 1 })),
    ...overrides,
  };
}
