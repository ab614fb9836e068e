// The popup: is this site watched, its open case, and what was recorded here lately.
import browser from "webextension-polyfill";
import { useEffect, useState } from "preact/hooks";
import { hostOf, matchPatternsForHost } from "../domain/brand";
import type { Case } from "../domain/evidence";
import { useTrail } from "../dashboard/case-page/case-data";
import { database } from "../storage/database";
import { openCaseForHost, recentEventsForHost } from "../storage/evidence-store";
import { ask } from "../ui/background-client";
import { eventSummary, kindLabel } from "../ui/evidence-text";
import { formatMoment, t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { StorageErrorBanner } from "../ui/storage-error-banner";
import { targetTab, type TargetTab } from "./target-tab";
import { ChatControls } from "./chat-controls";
import { LinkPrompts } from "./link-prompts";
import { CaseGlanceOf } from "./case-glance";
import { PromiseRecorder } from "./promise-record";
import { PromiseFinder } from "./promise-finder";
import { LogContactEntry } from "./log-entry";
import { CampaignsSection, SiteCampaignRun, SiteCases } from "./campaign-run";
import { dashboardUrl } from "../ui/dashboard-link";

/** The site's open case: which case captures go to, its glance and its guided run, over one read of its trail. */
function SiteCase({ host, theCase, tabId }: { host: string; theCase: Case; tabId?: number | undefined }) {
  const trail = useTrail(theCase.id);
  return (
    <>
      <SiteCases host={host} current={theCase} />
      <CaseGlanceOf theCase={theCase} tabId={tabId} trail={trail} />
      <SiteCampaignRun theCase={theCase} trail={trail} />
    </>
  );
}

function SiteEvidence({ host, tabId }: { host: string; tabId?: number | undefined }) {
  const db = database();
  const { value: watched } = useLiveQuery(() => db.watchedSites.get(host), [host]);
  const { value: openCase } = useLiveQuery(() => openCaseForHost(db, host), [host]);
  const { value: recent } = useLiveQuery(() => recentEventsForHost(db, host, 10), [host]);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  const watch = async () => {
    setBusy(true);
    setStatus("");
    try {
      // Asked first and synchronously in the person's click: the browser shows its own prompt for this site only.
      const request = browser.permissions.request({ origins: matchPatternsForHost(host) });
      void ask({ type: "site.watch-intent", host });
      const granted = await request;
      if (!granted) {
        setStatus(t("permissionRefused"));
        return;
      }
      const tab = await targetTab();
      const reply = await ask({ type: "site.watch", host, ...(tab ? { tabId: tab.id } : {}) });
      setStatus(reply.ok ? t("nowWatching", host) : t("actionFailed", reply.error.message));
    } finally {
      setBusy(false);
    }
  };

  const unwatch = async () => {
    setBusy(true);
    try {
      const reply = await ask({ type: "site.unwatch", host });
      setStatus(reply.ok ? t("stoppedWatching", host) : t("actionFailed", reply.error.message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">{host}</h2>
        <p>{watched ? t("siteWatched") : t("siteNotWatched")}</p>
        {watched ? (
          <button type="button" onClick={unwatch} disabled={busy}>
            {t("stopWatching")}
          </button>
        ) : (
          <button type="button" class="primary" onClick={watch} disabled={busy}>
            {t("watchThisSite")}
          </button>
        )}
        <p role="status" aria-live="polite">
          {status}
        </p>
      </section>
      {watched && <ChatControls />}
      {openCase && <SiteCase host={host} theCase={openCase} tabId={tabId} />}
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t("recentEvidence")}</h2>
        {recent && recent.length > 0 ? (
          <ul class="evidence-list" aria-label={t("recentEvidence")}>
            {recent.map((event) => (
              <li key={event.id}>
                <span class="kind">{kindLabel(event.kind)}</span> <time dateTime={new Date(event.recorded.at).toISOString()}>{formatMoment(event.recorded.at)}</time>
                <div class="summary">{eventSummary(event)}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noEvidenceYet")}</p>
        )}
      </section>
    </>
  );
}

export function Popup() {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  useEffect(() => {
    void targetTab().then((found) => setTab(found ?? null));
  }, []);
  const host = tab ? hostOf(tab.url) : undefined;
  return (
    <>
      <header>
        <h1>{t("extName")}</h1>
        <a href={dashboardUrl()} target="_blank" rel="noreferrer">
          {t("openDashboard")}
        </a>
      </header>
      <StorageErrorBanner />
      <LinkPrompts />
      {tab === undefined ? null : host ? <SiteEvidence host={host} tabId={tab?.id} /> : <p>{t("notAWebSite")}</p>}
      {tab && host ? <PromiseRecorder tabId={tab.id} /> : null}
      {tab && host ? <PromiseFinder tabId={tab.id} /> : null}
      {tab !== undefined && <LogContactEntry tab={tab ?? undefined} />}
      <CampaignsSection />
    </>
  );
}
