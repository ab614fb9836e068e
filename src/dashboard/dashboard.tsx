// The dashboard: every case and the trail of the one selected; or the campaigns.
import { database } from "../storage/database";
import { listCases } from "../storage/evidence-store";
import { StorageErrorBanner } from "../ui/storage-error-banner";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { CaseView } from "./case-view";
import { caseHash, useRoute } from "./case-route";
import { CollectorSetting } from "./collector-setting";
import { CasesList } from "./cases-list/cases-list";
import { BackupBanner } from "./backup/backup-banner";
import { BackupPanel } from "./backup/backup-panel";
import { CampaignsView } from "./campaigns/campaigns-view";

export function Dashboard() {
  const route = useRoute();
  const { value: cases } = useLiveQuery(() => listCases(database()), []);
  const current = route.caseId ?? cases?.[0]?.id;
  const onCampaigns = route.section === "campaigns";
  return (
    <>
      <header class="top">
        <h1>{t("dashboardTitle")}</h1>
        <nav class="sections" aria-label={t("dashboardSections")}>
          <a href="#cases" aria-current={onCampaigns ? undefined : "page"}>
            {t("casesHeading")}
          </a>
          <a href="#campaigns" aria-current={onCampaigns ? "page" : undefined}>
            {t("campaignsHeading")}
          </a>
        </nav>
        <CollectorSetting />
      </header>
      <StorageErrorBanner />
      <BackupBanner />
      {onCampaigns ? (
        <CampaignsView campaignId={route.campaignId} />
      ) : (
        <div class="layout">
          <div class="side">
            <CasesList cases={cases} current={current} onSelect={(id) => (location.hash = caseHash(id).slice(1))} />
            <BackupPanel />
          </div>
          <main>{current ? <CaseView caseId={current} eventId={route.eventId} /> : null}</main>
        </div>
      )}
    </>
  );
}
