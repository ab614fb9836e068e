// What the dashboard asks about campaigns: prepare, start, add a brand, change the protocol, end. A refusal
// (already started, brand already in it…) comes back as its problem's name, which the dashboard words.
import { CampaignEditError } from "../domain/campaigns/campaign-edits";
import type { Collection } from "../domain/evidence";
import { failure, type PrivilegedMessage, type Reply } from "../messaging/messages";
import { addCampaignBrand, createCampaign, editCampaignProtocol, endCampaign, removeCampaignBrand, startCampaign } from "../storage/campaign-store";
import { database } from "../storage/database";
import type { Clock } from "../storage/evidence-store";
import { checkDeadlinesSoon } from "./deadline-alarms";

export type CampaignRequest = Extract<PrivilegedMessage, { type: `campaign.${string}` }>;

export async function handleCampaignRequest(message: CampaignRequest, collection: Collection, clock: Clock): Promise<Reply> {
  const db = database();
  try {
    switch (message.type) {
      case "campaign.create": {
        const created = await createCampaign(db, { name: message.name, protocol: message.protocol, brands: message.brands }, clock);
        return { ok: true, campaignId: created.id };
      }
      case "campaign.edit-protocol": {
        const edited = await editCampaignProtocol(db, message.campaignId, message.protocol, message.why, clock);
        return { ok: true, campaignId: edited.id, version: edited.protocols.at(-1)?.version };
      }
      case "campaign.add-brand": {
        const joined = await addCampaignBrand(db, message.campaignId, message.brand, collection, clock);
        return { ok: true, campaignId: joined.id, caseId: joined.brands.at(-1)?.caseId };
      }
      case "campaign.remove-brand":
        await removeCampaignBrand(db, message.campaignId, message.caseId);
        return { ok: true, campaignId: message.campaignId };
      case "campaign.start": {
        const started = await startCampaign(db, message.campaignId, collection, clock);
        // Follow-ups fall due from the messages sent from now on: the reminders' alarm is set again.
        await checkDeadlinesSoon();
        return { ok: true, campaignId: started.id, caseIds: started.brands.map((b) => b.caseId) };
      }
      case "campaign.end":
        await endCampaign(db, message.campaignId, clock);
        return { ok: true, campaignId: message.campaignId };
    }
  } catch (error) {
    if (error instanceof CampaignEditError) return failure(error.problem === "not-found" ? "not-found" : "invalid-message", error.problem);
    throw error;
  }
}
