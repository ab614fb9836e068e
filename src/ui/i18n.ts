// Every visible string comes from _locales (en, fr) through the browser's i18n API.
import browser from "webextension-polyfill";

export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  // A missing key shows itself rather than an empty control.
  return text || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function formatMoment(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: "medium", timeStyle: "medium", ...(timeZone ? { timeZone } : {}) }).format(at);
}
