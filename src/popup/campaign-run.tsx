// Campaigns in the popup: on a brand's site, where its captures go when several open cases share the
// brand (the person picks), and the guided run of the campaign case the site's captures go to; below,
// every running campaign's brands with their next step. Follows the database live.
import { useState } from "preact/hooks";
import type { Campaign, CampaignBrand } from "../domain/campaigns/campaign";
import type { Case } from "../domain/evidence";
import type { Trail } from "../dashboard/case-page/case-data";
import { listCampaigns, campaignsOfCase } from "../storage/campaign-store";
import { database } from "../storage/database";
import { openCasesForHost } from "../storage/evidence-store";
import { ask } from "../ui/background-client";
import { stepShort } from "../ui/campaign-words";
import { GuidedRunView } from "../ui/guided-run-view";
import { campaignHash, caseHash, dashboardUrl } from "../ui/dashboard-link";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { useGuidedRun, useGuidedRunOf, useGuidedRunReader } from "../ui/use-guided-run";
import "./campaign-run.css";

/** Several open cases share this site's brand: which one its captures go to, and the person's choice. */
export function SiteCases({ host, current }: { host: string; current: Case }) {
  const { value: open } = useLiveQuery(() => openCasesForHost(database(), host), [host]);
  const [status, setStatus] = useState("");
  if (!open || open.length < 2) return null;
  const choose = async (caseId: string) => {
    const reply = await ask({ type: "case.activate", caseId });
    setStatus(reply.ok ? t("routingSaved") : t("actionFailed", reply.error.message));
  };
  return (
    <div class="site-cases">
      <label for="site-cases-select">{t("routingLabel")}</label>
      <select id="site-cases-select" value={current.id} onChange={(e) => void choose(e.currentTarget.value)}>
        {open.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      <p class="muted">{t("routingHint", String(open.length))}</p>
      <p role="status" class="muted">
        {status}
      </p>
    </div>
  );
}

function BrandRun({ campaign, brand, trail, idPrefix }: { campaign: Campaign; brand: CampaignBrand; trail: Trail | undefined; idPrefix: string }) {
  const { run, now } = useGuidedRunOf(campaign, brand, trail, useGuidedRunReader());
  if (!run) return <p class="muted">{t("loading")}</p>;
  return <GuidedRunView run={run} brandName={brand.brand.name} now={now} idPrefix={idPrefix} />;
}

/** The guided run of the site's case, when a campaign runs it, over the case's trail as the popup read it for its glance. */
export function SiteCampaignRun({ theCase, trail }: { theCase: Case; trail: Trail | undefined }) {
  const { value: campaigns } = useLiveQuery(() => campaignsOfCase(database(), theCase.id), [theCase.id]);
  const campaign = campaigns?.[0];
  const brand = campaign?.brands.find((b) => b.caseId === theCase.id);
  if (!campaign || !brand) return null;
  return (
    <section class="campaign-run" aria-labelledby="site-run-heading">
      <h2 id="site-run-heading">{t("runHeading", [campaign.name, brand.brand.name])}</h2>
      {brand.addedAfterStart && <p class="muted">{t("runAddedLate")}</p>}
      <BrandRun campaign={campaign} brand={brand} trail={trail} idPrefix="site-run" />
      <a href={dashboardUrl(campaignHash(campaign.id))} target="_blank" rel="noreferrer">
        {t("runOpenCampaign")}
      </a>
    </section>
  );
}

function BrandRow({ campaign, brand, read }: { campaign: Campaign; brand: CampaignBrand; read: ReturnType<typeof useGuidedRunReader> }) {
  const { run, now } = useGuidedRun(campaign, brand, read);
  const [status, setStatus] = useState("");
  const runHere = async () => {
    const reply = await ask({ type: "case.activate", caseId: brand.caseId });
    setStatus(reply.ok ? t("routingSavedFor", brand.brand.name) : t("actionFailed", reply.error.message));
  };
  return (
    <li class="campaign-brand">
      <details>
        <summary>
          <span class="brand-name">{brand.brand.name}</span> <span class={`run-short step-${run?.step ?? "loading"}`}>{run ? stepShort(run) : "…"}</span>
        </summary>
        {run && <GuidedRunView run={run} brandName={brand.brand.name} now={now} idPrefix={`run-${brand.caseId}`} />}
        {!brand.caseDeleted && (
          <div class="actions">
            <button type="button" onClick={() => void runHere()}>
              {t("runThisBrand")}
            </button>
            <a class="button-link" href={dashboardUrl(caseHash(brand.caseId))} target="_blank" rel="noreferrer">
              {t("openCaseLink")}
            </a>
          </div>
        )}
        <p role="status" class="muted">
          {status}
        </p>
      </details>
    </li>
  );
}

function CampaignBrands({ campaign }: { campaign: Campaign }) {
  const read = useGuidedRunReader();
  return (
    <ul class="campaign-brands" aria-label={campaign.name}>
      {campaign.brands.map((brand) => (
        <BrandRow key={brand.caseId} campaign={campaign} brand={brand} read={read} />
      ))}
    </ul>
  );
}

/** Every running campaign, its brands and their next step, read only when the person opens it. */
export function CampaignsSection() {
  const { value: campaigns } = useLiveQuery(() => listCampaigns(database()), []);
  const [open, setOpen] = useState<string | undefined>(undefined);
  const running = (campaigns ?? []).filter((c) => c.started && !c.ended);
  if (running.length === 0) return null;
  return (
    <section class="campaigns-section" aria-labelledby="campaigns-heading">
      <h2 id="campaigns-heading">{t("campaignsRunning", String(running.length))}</h2>
      {running.map((campaign) => (
        <div key={campaign.id}>
          <button type="button" aria-expanded={open === campaign.id} onClick={() => setOpen(open === campaign.id ? undefined : campaign.id)}>
            {campaign.name}
          </button>
          {open === campaign.id && <CampaignBrands campaign={campaign} />}
        </div>
      ))}
    </section>
  );
}
