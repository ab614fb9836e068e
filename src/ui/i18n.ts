// Every visible string comes from _locales (en, fr) through the browser's i18n API.
import browser from "webextension-polyfill";
import { pluralKey } from "../domain/plural";

export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  // A missing key shows itself rather than an empty control.
  return text || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

// One formatter per language and zone: building one costs far more than formatting, and a
// 10,000-event timeline asks again and again.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatMoment(at: number, timeZone?: string): string {
  const language = uiLanguage();
  const key = `${language}|${timeZone ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "medium", ...(timeZone ? { timeZone } : {}) });
    formatters.set(key, formatter);
  }
  return formatter.format(at);
}

/**
 * A count-bearing message in the right form: `<keyBase>_one` or `<keyBase>_other` as the language's
 * plural rules choose for `count` ("1 case", "2 cases"; "0 dossier"). The substitutions default to the
 * count alone.
 */
export function tn(keyBase: string, count: number, substitutions?: string | string[]): string {
  return t(pluralKey(keyBase, count, uiLanguage()), substitutions ?? String(count));
}
