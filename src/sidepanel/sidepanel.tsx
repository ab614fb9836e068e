// The side panel (Chromium) or sidebar (Firefox): the live case of the current tab's brand, beside a chat.
// The case at a glance, then its latest events as they arrive (each new one announced politely).
import { hostOf } from "../domain/brand";
import { database } from "../storage/database";
import { caseEvents, openCaseForHost } from "../storage/evidence-store";
import { eventSummary, kindLabel } from "../ui/evidence-text";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";
import { isoTime, when } from "../dashboard/case-page/case-words";
import { CaseGlance } from "../popup/case-glance";
import { useCurrentTab } from "./current-tab";

const LATEST = 30;

function LatestEvents({ caseId }: { caseId: string }) {
  // Newest first: what just arrived is in view beside the chat, without scrolling.
  const { value: events } = useLiveQuery(async () => (await caseEvents(database(), caseId)).slice(-LATEST).reverse(), [caseId]);
  if (!events) return null;
  return (
    <section aria-labelledby="latest-heading">
      <h2 id="latest-heading">{t("sidePanelLatest")}</h2>
      {events.length === 0 ? (
        <p>{t("noEvidenceYet")}</p>
      ) : (
        <ol class="latest-events" aria-label={t("sidePanelLatest")} aria-live="polite" aria-relevant="additions">
          {events.map((event) => (
            <li key={event.id} data-kind={event.kind}>
              <span class="kind">{kindLabel(event.kind)}</span> <time dateTime={isoTime(event.occurred.at)}>{when(event.occurred.at, event.occurred.timeZone)}</time>
              <div class="summary">{eventSummary(event)}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function BrandCase({ host, tabId }: { host: string; tabId: number }) {
  const { value: theCase } = useLiveQuery(async () => (await openCaseForHost(database(), host)) ?? null, [host]);
  if (theCase === undefined) return null;
  if (theCase === null) return <p>{t("sidePanelNoCase", host)}</p>;
  return (
    <>
      <CaseGlance theCase={theCase} tabId={tabId} beside />
      <LatestEvents caseId={theCase.id} />
    </>
  );
}

export function SidePanel() {
  const tab = useCurrentTab();
  const host = tab ? hostOf(tab.url) : undefined;
  return (
    <>
      <header>
        <h1>{t("sidePanelTitle")}</h1>
      </header>
      {tab === undefined ? null : tab && host ? <BrandCase key={host} host={host} tabId={tab.id} /> : <p>{t("notAWebSite")}</p>}
    </>
  );
}
