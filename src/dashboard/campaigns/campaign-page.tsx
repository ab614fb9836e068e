// One campaign: its state and actions (start, end), the comparison once it runs (with its exports), the
// brands with each one's next step, and the protocol with its versions. Everything follows the database
// live; the brands' cases are read once, in one transaction, for the comparison and the guided runs.
import { useEffect, useMemo, useState } from "preact/hooks";
import { compareCampaign } from "../../domain/campaigns/comparison-summary";
import { guidedRun, type GuidedRun } from "../../domain/campaigns/guided-run";
import type { Campaign } from "../../domain/campaigns/campaign";
import { campaignEvidence, findCampaign } from "../../storage/campaign-store";
import { database } from "../../storage/database";
import { ask } from "../../ui/background-client";
import { problemWords } from "../../ui/campaign-words";
import { t, tn } from "../../ui/i18n";
import { useLiveQuery } from "../../ui/use-live-query";
import { readingTime, useNow } from "../case-page/case-data";
import { when } from "../case-page/case-words";
import { CampaignBrands } from "./campaign-brands";
import { ComparisonTable } from "./campaign-comparison";
import { CampaignExports } from "./campaign-exports";
import { CampaignProtocol } from "./campaign-protocol";
import "./campaigns.css";

function CampaignActions({ campaign }: { campaign: Campaign }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState("");
  const act = async (type: "campaign.start" | "campaign.end") => {
    const reply = await ask({ type, campaignId: campaign.id });
    setConfirming(false);
    setStatus(reply.ok ? t(type === "campaign.start" ? "campaignStartedNow" : "campaignEndedNow") : problemWords(reply.error.message));
  };
  if (campaign.ended) return null;
  const starting = !campaign.started;
  return (
    <div class="campaign-actions">
      {starting && <p class="muted">{t("campaignStartHint", String(campaign.brands.length))}</p>}
      {!confirming ? (
        <button type="button" class={starting ? "primary" : undefined} disabled={starting && campaign.brands.length === 0} onClick={() => setConfirming(true)}>
          {starting ? t("campaignStart") : t("campaignEnd")}
        </button>
      ) : (
        <div class="actions" role="group" aria-label={starting ? t("campaignStart") : t("campaignEnd")}>
          <span>{starting ? tn("campaignStartConfirm", campaign.brands.length) : t("campaignEndConfirm")}</span>
          <button type="button" class="primary" onClick={() => void act(starting ? "campaign.start" : "campaign.end")}>
            {starting ? t("campaignStartYes") : t("campaignEndYes")}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </div>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </div>
  );
}

function stateLine(campaign: Campaign): string {
  if (campaign.ended) return t("campaignStateEnded", [when(campaign.started?.at ?? campaign.created.at), when(campaign.ended.at)]);
  if (campaign.started) return t("campaignStateRunning", when(campaign.started.at));
  return t("campaignStateDraft", when(campaign.created.at));
}

export function CampaignPage({ campaignId }: { campaignId: string }) {
  const db = database();
  const { value: campaign } = useLiveQuery(async () => (await findCampaign(db, campaignId)) ?? null, [campaignId]);
  const { value: evidence } = useLiveQuery(async () => {
    if (!campaign?.started) return null;
    const read = await campaignEvidence(db, campaign);
    // A user-timing mark (DevTools, bench/campaigns): the brands' cases are read, what follows is computing and drawing.
    performance.mark("receipts:campaign-evidence-read");
    return read;
  }, [campaign]);
  const tick = useNow();
  // Read at the time of the change, not of the last tick: what was just recorded counts at once.
  const now = useMemo(() => readingTime(tick), [tick, campaign, evidence]);
  const comparison = useMemo(() => (campaign?.started && evidence ? compareCampaign({ campaign, cases: evidence, now }) : undefined), [campaign, evidence, now]);
  // The brands' next steps come after the table has painted: the table is what the page opens on.
  const [runs, setRuns] = useState<Map<string, GuidedRun>>();
  useEffect(() => {
    if (!campaign?.started || !evidence) return setRuns(undefined);
    const timer = setTimeout(() => setRuns(new Map(campaign.brands.map((brand) => [brand.caseId, guidedRun({ campaign, brand, trail: evidence.get(brand.caseId)?.events ?? [], now })]))), 0);
    return () => clearTimeout(timer);
  }, [campaign, evidence, now]);

  if (campaign === undefined) return <p class="muted">{t("loading")}</p>;
  if (campaign === null) return <p>{t("campaignNotFound")}</p>;
  return (
    <article class="campaign-page" aria-labelledby="campaign-title">
      <header class="case-header">
        <h2 id="campaign-title">{campaign.name}</h2>
        <p>{stateLine(campaign)}</p>
        <CampaignActions campaign={campaign} />
      </header>
      {comparison && (
        <section class="case-section" aria-labelledby="comparison-heading">
          <h3 id="comparison-heading">{t("comparisonHeading")}</h3>
          <ComparisonTable comparison={comparison} />
          <CampaignExports campaign={campaign} comparison={comparison} />
        </section>
      )}
      <CampaignBrands campaign={campaign} runs={runs} now={now} />
      <CampaignProtocol campaign={campaign} />
    </article>
  );
}
