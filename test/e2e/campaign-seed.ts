/// <reference types="chrome" />
// Puts a campaign that started days ago into the extension's storage, as the extension itself would have
// written it then: the campaign built and started with the domain's own edits, each brand's case opened
// with the events campaignCaseOpening gives (opened, the campaign it runs, the promise under test),
// sealed into their chains with the same code, then written in one IndexedDB transaction. Everything
// after that (messages, responses, follow-ups) the tests do through the extension, as a person would.
import type { Campaign } from "../../src/domain/campaigns/campaign";
import { campaignCaseOpening, newCampaign, startCampaign, type ProtocolFields } from "../../src/domain/campaigns/campaign-edits";
import type { Brand, Case } from "../../src/domain/evidence";
import type { ExtensionBrowser } from "./support/chromium";
import { sealedRows, seed, writeSeed, type SeedRow } from "./case-seed";
import { ZONE } from "./case-support";

let counter = 0;
const newId = (what: string) => `${what}-${Date.now().toString(36)}-${(++counter).toString(36).padStart(4, "0")}`;

export interface CampaignSeed {
  name: string;
  protocol: ProtocolFields;
  brands: Brand[];
  /** When it was prepared and when it started (epoch ms). */
  created: number;
  started: number;
}

export async function seedCampaign(browser: ExtensionBrowser, input: CampaignSeed): Promise<Campaign> {
  const at = (ms: number) => ({ at: ms, timeZone: ZONE });
  const draft = newCampaign({ id: newId("campaign"), name: input.name, protocol: input.protocol, brands: input.brands.map((brand) => ({ brand, caseId: newId("case") })) }, at(input.created));
  const campaign = startCampaign(draft, at(input.started));
  const cases = campaign.brands.map((brand) => {
    const opening = campaignCaseOpening(campaign, brand);
    const theCase: Case = { id: brand.caseId, title: opening.opened.to.title ?? brand.brand.name, brand: brand.brand, status: "open", created: at(input.started) };
    const events = [
      seed("case-change", opening.opened, input.started, { byHand: true }),
      seed("case-change", opening.membership, input.started + 1, { byHand: true }),
      ...(opening.promise ? [seed("promise", opening.promise, input.started + 2, { byHand: true })] : []),
    ];
    return { theCase, events };
  });
  const rows = await sealedRows(cases);
  const written: [Case[], SeedRow[], Campaign[]] = [cases.map((c) => c.theCase), rows, [campaign]];
  await browser.worker.evaluate(writeSeed, written);
  return campaign;
}
