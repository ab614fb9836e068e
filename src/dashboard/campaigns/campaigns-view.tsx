// The dashboard's campaigns: the list beside the selected campaign, or the form for a new one.
import { useEffect, useState } from "preact/hooks";
import { listCampaigns } from "../../storage/campaign-store";
import { database } from "../../storage/database";
import { t, tn } from "../../ui/i18n";
import { useLiveQuery } from "../../ui/use-live-query";
import { campaignHash } from "../case-route";
import { when } from "../case-page/case-words";
import { CampaignPage } from "./campaign-page";
import { NewCampaignForm } from "./new-campaign-form";

export function CampaignsView({ campaignId }: { campaignId?: string | undefined }) {
  const { value: campaigns } = useLiveQuery(() => listCampaigns(database()), []);
  const [creating, setCreating] = useState(false);
  // A campaign chosen (or just saved, which opens it): the form steps aside.
  useEffect(() => setCreating(false), [campaignId]);
  const current = campaignId ?? campaigns?.[0]?.id;
  const showForm = creating || (campaigns !== undefined && campaigns.length === 0);
  return (
    <div class="layout">
      <nav aria-label={t("campaignsHeading")} class="cases-list campaigns-list">
        <div class="cases-head">
          <h2>{t("campaignsHeading")}</h2>
          <button type="button" aria-expanded={showForm} onClick={() => setCreating(!creating)}>
            {t("newCampaign")}
          </button>
        </div>
        {campaigns && campaigns.length === 0 && <p class="muted">{t("campaignsNoneYet")}</p>}
        <ul class="case-list">
          {(campaigns ?? []).map((c) => (
            <li key={c.id}>
              <a class="case-item" href={campaignHash(c.id)} aria-current={!showForm && c.id === current ? "page" : undefined} onClick={() => setCreating(false)}>
                <span class="case-title">{c.name}</span>
                <span class="case-meta">
                  {c.ended ? t("campaignShortEnded") : c.started ? t("campaignShortRunning") : t("campaignShortDraft")} · {tn("campaignBrandCount", c.brands.length)} · {when(c.created.at)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>{showForm ? <NewCampaignForm onCancel={campaigns && campaigns.length > 0 ? () => setCreating(false) : undefined} /> : current ? <CampaignPage campaignId={current} /> : null}</main>
    </div>
  );
}
