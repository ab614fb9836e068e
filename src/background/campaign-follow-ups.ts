// Campaign reminders: when a brand's follow-up falls due (no response `followUpAfter` after the message),
// one notification says so, once per message; a click opens the campaign page, where the question to
// send again is. Checked with the deadlines (deadline-alarms.ts), on the same alarms.
import browser from "webextension-polyfill";
import { guidedRun } from "../domain/campaigns/guided-run";
import { protocolOf, type Campaign, type CampaignBrand } from "../domain/campaigns/campaign";
import { elapsedPhrase, type Translate } from "../domain/cases/deadline-words";
import { listCampaigns } from "../storage/campaign-store";
import { database } from "../storage/database";
import { caseTrail, lastSeqOfCase, markReminded } from "../storage/evidence-store";
import { campaignHash, dashboardUrl } from "../ui/dashboard-link";

const NOTICE_PREFIX = "receipts.follow-up|";

const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

export interface DueFollowUp {
  campaign: Campaign;
  brand: CampaignBrand;
  /** The message left unanswered, and how long ago it was sent. */
  messageId: string;
  waitedMs: number;
}

/**
 * What the last check found per brand, while this worker lives: a brand whose case and campaign did not
 * change, with no follow-up falling due meanwhile, is not read again.
 */
const lastChecked = new Map<string, { key: string; nextDue: number | undefined }>();

/** Follow-ups newly due (each told once), and when the next one falls due. */
export async function checkFollowUps(now: number): Promise<{ due: DueFollowUp[]; nextDue?: number }> {
  const db = database();
  const due: DueFollowUp[] = [];
  let nextDue: number | undefined;
  for (const campaign of await listCampaigns(db)) {
    if (!campaign.started || campaign.ended) continue;
    for (const brand of campaign.brands) {
      if (brand.caseDeleted || !protocolOf(campaign, brand)?.followUpAfter) continue;
      const key = `${campaign.id}:${campaign.protocols.length}:${await lastSeqOfCase(db, brand.caseId)}`;
      const known = lastChecked.get(brand.caseId);
      if (known?.key === key && (known.nextDue === undefined || now < known.nextDue)) {
        if (known.nextDue !== undefined) nextDue = Math.min(nextDue ?? Infinity, known.nextDue);
        continue;
      }
      const run = guidedRun({ campaign, brand, trail: await caseTrail(db, brand.caseId), now });
      const upcoming = run.step === "waiting" && !run.followUp?.sent && run.followUp?.due !== undefined && run.followUp.due > now ? run.followUp.due : undefined;
      lastChecked.set(brand.caseId, { key, nextDue: upcoming });
      if (upcoming !== undefined) nextDue = Math.min(nextDue ?? Infinity, upcoming);
      if (run.step !== "follow-up" || !run.message) continue;
      // Marked before telling: two checks at once cannot both tell.
      if (await markReminded(db, `follow-up|${campaign.id}|${brand.caseId}|${run.message.eventId}`, now)) {
        due.push({ campaign, brand, messageId: run.message.eventId, waitedMs: now - run.message.at });
      }
    }
  }
  return { due, ...(nextDue !== undefined ? { nextDue } : {}) };
}

export function followUpText(followUp: DueFollowUp): string {
  return translate("followUpNotice", [followUp.campaign.name, followUp.brand.brand.name, elapsedPhrase(followUp.waitedMs, translate)]);
}

export async function notifyFollowUps(due: readonly DueFollowUp[]): Promise<void> {
  for (const followUp of due) {
    await browser.notifications
      .create(`${NOTICE_PREFIX}${followUp.campaign.id}|${followUp.brand.caseId}|${followUp.messageId}`, {
        type: "basic",
        iconUrl: browser.runtime.getURL("icons/icon-128.png"),
        title: translate("followUpNoticeTitle", [followUp.brand.brand.name]),
        message: followUpText(followUp),
      })
      .catch(() => undefined);
  }
}

/** A click on a follow-up reminder opens its campaign in the dashboard. */
export function onFollowUpNoticeClicked(notificationId: string): void {
  if (!notificationId.startsWith(NOTICE_PREFIX)) return;
  const campaignId = notificationId.slice(NOTICE_PREFIX.length).split("|")[0] ?? "";
  void browser.tabs.create({ url: dashboardUrl(campaignHash(campaignId)) });
  void browser.notifications.clear(notificationId);
}
