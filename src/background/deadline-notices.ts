// The words of a missed-deadline notification: "Yellow promised a reply within 48h — 49h, still nothing".
// One notification per promise and check; a click opens the case.
import browser, { type Notifications } from "webextension-polyfill";
import { elapsedPhrase, promisedPhrase, type Translate } from "../domain/cases/deadline-words";
import type { MissedDeadline } from "../domain/cases/deadline-reminders";
import type { Case } from "../domain/evidence";
import { pluralKey } from "../domain/plural";
import { caseHash, dashboardUrl } from "../ui/dashboard-link";

const NOTICE_PREFIX = "receipts.deadline|";

const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

export function missedDeadlineText(brand: string, missed: MissedDeadline, locale: string): string {
  return translate("deadlineNotice", [brand, promisedPhrase(missed.reading, translate, locale), elapsedPhrase(missed.waitedMs, translate)]);
}

export async function notifyMissedDeadlines(told: readonly { theCase: Case; missed: readonly MissedDeadline[] }[]): Promise<void> {
  const locale = browser.i18n.getUILanguage();
  for (const { theCase, missed } of told) {
    const byPromise = new Map<string, MissedDeadline[]>();
    for (const m of missed) byPromise.set(m.promiseId, [...(byPromise.get(m.promiseId) ?? []), m]);
    for (const [promiseId, list] of byPromise) {
      // The most recent contact left unanswered speaks for the others.
      const latest = list.reduce((a, b) => (b.start > a.start ? b : a));
      const more = list.length > 1 ? ` ${translate(pluralKey("deadlineNoticeMore", list.length - 1, locale), [String(list.length - 1)])}` : "";
      const notice: Notifications.CreateNotificationOptions & { requireInteraction?: boolean } = {
        type: "basic",
        iconUrl: browser.runtime.getURL("icons/icon-128.png"),
        title: translate("deadlineNoticeTitle", [theCase.title]),
        message: `${missedDeadlineText(theCase.brand.name, latest, locale)}${more}`,
        // A missed deadline waits for the person instead of fading after a few seconds. Chromium only:
        // Firefox's schema refuses the property (Firefox alone has runtime.getBrowserInfo).
        ...("getBrowserInfo" in browser.runtime ? {} : { requireInteraction: true }),
      };
      await browser.notifications.create(`${NOTICE_PREFIX}${theCase.id}|${promiseId}|${latest.due}`, notice).catch(() => undefined);
    }
  }
}

/** A click on a deadline notification opens its case in the dashboard. */
export function onDeadlineNoticeClicked(notificationId: string): void {
  if (!notificationId.startsWith(NOTICE_PREFIX)) return;
  const caseId = notificationId.slice(NOTICE_PREFIX.length).split("|")[0] ?? "";
  void browser.tabs.create({ url: dashboardUrl(caseHash(caseId)) });
  void browser.notifications.clear(notificationId);
}
