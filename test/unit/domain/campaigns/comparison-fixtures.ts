// A campaign and its brands' cases for the comparison, methodology and export tests: a protocol
// ("we reply within 48 hours", web form, wait 7 days, follow-up after 3), and a builder for each
// brand's events in storage order (seq follows the calls), with case changes and corrections.
import type { Campaign, CampaignBrand, Protocol } from "../../../../src/domain/campaigns/campaign";
import type { CaseEvidence } from "../../../../src/domain/campaigns/comparison";
import type { Case, CaseStatus, Channel, EvidenceEvent, Moment } from "../../../../src/domain/evidence";
import type { PromiseReading } from "../../../../src/domain/promises/promise-reading";
import type { SequencedEvent } from "../../../../src/domain/reality/case-timeline";

export const PARIS = "Europe/Paris";
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Monday 3 March 2025, 09:00 in Paris. */
export const T0 = Date.parse("2025-03-03T09:00:00+01:00");
export const moment = (at: number, timeZone = PARIS): Moment => ({ at, timeZone });

export const PROMISE_TEXT = "We reply to every request within 48 hours.";
export const QUESTION = "Hello, can I change the date of my installation appointment? Thank you.";

export const replyWithin = (amount: number, unit: "hours" | "business-days" | "calendar-days" = "hours"): PromiseReading => ({
  kind: "reply-time",
  deadline: { type: "duration", amount, unit },
  clockStart: "each-contact",
  language: "en",
  confidence: 1,
  matched: {},
});

export function protocol(overrides: Partial<Protocol> = {}): Protocol {
  return {
    version: 1,
    written: moment(T0 - DAY),
    question: QUESTION,
    channel: "web-form",
    promise: { text: PROMISE_TEXT, reading: replyWithin(48) },
    pinning: "campaign",
    wait: { amount: 7, unit: "calendar-days" },
    followUpAfter: { amount: 3, unit: "calendar-days" },
    responseRule: "person",
    ...overrides,
  };
}

export function campaignBrand(name: string, caseId: string, overrides: Partial<CampaignBrand> = {}): CampaignBrand {
  const domain = `www.${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "brand"}.test`;
  return { brand: { name, domains: [domain] }, caseId, added: moment(T0 - DAY), addedAfterStart: false, protocolVersion: 1, ...overrides };
}

export function campaign(brands: CampaignBrand[], overrides: Partial<Campaign> = {}): Campaign {
  return { id: "campaign-telcos-0001", name: "Do telcos reply within 48 hours?", created: moment(T0 - 2 * DAY), started: moment(T0 - DAY), protocols: [protocol()], brands, ...overrides };
}

type Payload = Record<string, unknown>;

/** One brand's case, built event by event. Automatic captures are recorded when they occur; entries by hand later. */
export class BrandCase {
  readonly events: SequencedEvent[] = [];
  private lastRecorded = -Infinity;

  constructor(
    readonly caseId: string,
    readonly brandName = "Brand",
  ) {}

  private add(kind: EvidenceEvent["kind"], payload: Payload, at: number, byHand = false): string {
    const id = `${this.caseId}-e${String(this.events.length + 1).padStart(3, "0")}`;
    const recordedAt = byHand ? Math.max(at, this.lastRecorded) : at;
    this.lastRecorded = Math.max(this.lastRecorded, recordedAt);
    const event = {
      v: 1,
      id,
      caseId: this.caseId,
      kind,
      recorded: moment(recordedAt),
      occurred: moment(at),
      collection: { method: byHand ? "by-hand" : "automatic", extensionVersion: "0.1.0", browser: "chrome", browserVersion: "140" },
      hash: null,
      previousHash: null,
      payload,
    } as EvidenceEvent;
    this.events.push({ seq: this.events.length + 1, event });
    return id;
  }

  opened(at: number): string {
    return this.add("case-change", { change: "opened", from: {}, to: { title: `${this.brandName} — test`, status: "open" } }, at, true);
  }

  /** What the campaign seals in the case when it opens it (domain/campaigns/campaign-edits.ts). */
  membership(at: number, campaignId: string, protocolVersion = 1, addedAfterStart = false): string {
    const campaign = { campaignId, name: "Do telcos reply within 48 hours?", protocolVersion, question: QUESTION, channel: "web-form", pinning: "campaign", addedAfterStart };
    return this.add("case-change", { change: "campaign", from: {}, to: {}, campaign }, at, true);
  }

  status(at: number, from: CaseStatus, to: CaseStatus): string {
    return this.add("case-change", { change: "status", from: { status: from }, to: { status: to } }, at, true);
  }

  promise(at: number, quote: string, reading?: PromiseReading): string {
    return this.add("promise", { quote, ...(reading ? { reading } : {}) }, at, true);
  }

  attempt(at: number, channel: Channel = "web-form", extra: Payload = {}): string {
    return this.add("contact-attempt", { channel, fields: [{ label: "Message", name: "message", type: "textarea", value: QUESTION, length: QUESTION.length }], ...extra }, at, channel !== "web-form");
  }

  outcome(attemptId: string, status: "confirmed" | "error", at: number): string {
    return this.add("contact-outcome", { attemptId, status }, at);
  }

  response(at: number, payload: Payload = {}): string {
    return this.add("response", { channel: "email", from: "Claire Martin <claire@brand.test>", text: "Hello, yes: your appointment is moved to Friday.", ...payload }, at, true);
  }

  /** An automatic acknowledgement from a no-reply address. */
  acknowledgement(at: number): string {
    return this.add("response", { channel: "email", from: "no-reply@brand.test", text: "We have received your request and will reply within 48 hours." }, at, true);
  }

  chat(conversationId: string, side: "person" | "agent" | "bot", text: string, at: number, author?: string): string {
    return this.add("message", { conversationId, vendor: "generic", event: "message", side, text, ...(author ? { author } : {}) }, at);
  }

  withdraw(eventId: string, at: number, reason = "Logged in the wrong case."): string {
    return this.add("correction", { supersedes: eventId, reason }, at, true);
  }

  note(at: number, text: string): string {
    return this.add("note", { text }, at, true);
  }

  theCase(status: CaseStatus = "open"): Case {
    const domain = `www.${this.brandName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "brand"}.test`;
    return { id: this.caseId, title: `${this.brandName} — test`, brand: { name: this.brandName, domains: [domain] }, status, created: moment(T0 - DAY) };
  }

  evidence(): CaseEvidence {
    return { theCase: this.theCase(), events: this.events };
  }
}

/**
 * The three brands of the end-to-end scenario, with the campaign's promise pinned in each case:
 * Prompt answers in 19 hours (kept); Slow sends an automatic acknowledgement, is followed up after 3 days
 * and answers after 5 (broken); Mute never answers (silent once the 7-day wait is over).
 */
export function threeBrands(): { campaign: Campaign; cases: Map<string, CaseEvidence>; ids: Record<string, Record<string, string>> } {
  const prompt = new BrandCase("case-prompt-01", "Prompt Telecom");
  const slow = new BrandCase("case-slow-0001", "Slow Telecom");
  const mute = new BrandCase("case-mute-0001", "Mute Telecom");
  const ids: Record<string, Record<string, string>> = { prompt: {}, slow: {}, mute: {} };
  for (const [key, c] of [["prompt", prompt], ["slow", slow], ["mute", mute]] as const) {
    ids[key]!.opened = c.opened(T0 - DAY);
    ids[key]!.membership = c.membership(T0 - DAY, "campaign-telcos-0001");
    ids[key]!.promise = c.promise(T0 - DAY, PROMISE_TEXT, replyWithin(48));
    ids[key]!.attempt = c.attempt(T0 + HOUR);
    ids[key]!.outcome = c.outcome(ids[key]!.attempt as string, "confirmed", T0 + HOUR + 2_000);
  }
  ids.prompt!.response = prompt.response(T0 + 20 * HOUR);
  ids.slow!.acknowledgement = slow.acknowledgement(T0 + HOUR + 60_000);
  ids.slow!.followUp = slow.attempt(T0 + 3 * DAY + 2 * HOUR);
  ids.slow!.response = slow.response(T0 + 5 * DAY + HOUR, { from: "Bob <bob@slow.test>" });
  const theCampaign = campaign([campaignBrand("Prompt Telecom", prompt.caseId), campaignBrand("Slow Telecom", slow.caseId), campaignBrand("Mute Telecom", mute.caseId)]);
  const cases = new Map<string, CaseEvidence>([
    [prompt.caseId, prompt.evidence()],
    [slow.caseId, slow.evidence()],
    [mute.caseId, mute.evidence()],
  ]);
  return { campaign: theCampaign, cases, ids };
}
