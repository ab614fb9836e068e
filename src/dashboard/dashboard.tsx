// The dashboard: every case, and the trail of the one selected.
import { database } from "../storage/database";
import { listCases } from "../storage/evidence-store";
import { StorageErrorBanner } from "../ui/storage-error-banner";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { CaseView } from "./case-view";
import { useSelectedCase } from "./case-route";
import { CollectorSetting } from "./collector-setting";
import { CasesList } from "./cases-list/cases-list";
import { BackupBanner } from "./backup/backup-banner";
import { BackupPanel } from "./backup/backup-panel";

export function Dashboard() {
  const { value: cases } = useLiveQuery(() => listCases(database()), []);
  const [selected, select] = useSelectedCase();
  const current = selected ?? cases?.[0]?.id;
  return (
    <>
      <header class="top">
        <h1>{t("dashboardTitle")}</h1>
        <CollectorSetting />
      </header>
      <StorageErrorBanner />
      <BackupBanner />
      <div class="layout">
        <div class="side">
          <CasesList cases={cases} current={current} onSelect={select} />
          <BackupPanel />
        </div>
        <main>{current ? <CaseView caseId={current} /> : null}</main>
      </div>
    </>
  );
}
