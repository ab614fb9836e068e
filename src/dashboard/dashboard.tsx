// The dashboard: every case, and the trail of the one selected.
import { database } from "../storage/database";
import { listCases } from "../storage/evidence-store";
import { StorageErrorBanner } from "../ui/storage-error-banner";
import { formatMoment, t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { CaseView } from "./case-view";
import { useSelectedCase } from "./case-route";
import { CollectorSetting } from "./collector-setting";

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
      <div class="layout">
        <nav aria-label={t("casesHeading")}>
          <h2>{t("casesHeading")}</h2>
          {cases && cases.length === 0 && <p>{t("noCasesYet")}</p>}
          <ul class="case-list">
            {cases?.map((c) => (
              <li key={c.id}>
                <button type="button" aria-current={c.id === current ? "true" : undefined} onClick={() => select(c.id)}>
                  <span class="case-title">{c.title}</span>
                  <span class="case-meta">
                    {t(`status_${c.status.replace("-", "_")}`)} · {formatMoment(c.created.at)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main>{current ? <CaseView caseId={current} /> : null}</main>
      </div>
    </>
  );
}
