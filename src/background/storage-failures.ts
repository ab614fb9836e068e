// A write that fails is told to the person: a badge, a notification, and a banner in the popup.
import browser from "webextension-polyfill";

export const STORAGE_ERROR_KEY = "storageError";

export interface StorageErrorRecord {
  message: string;
  at: number;
}

export async function reportStorageFailure(error: unknown): Promise<void> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const record: StorageErrorRecord = { message, at: Date.now() };
  await Promise.allSettled([
    browser.storage.session.set({ [STORAGE_ERROR_KEY]: record }),
    browser.action.setBadgeText({ text: "!" }),
    browser.action.setBadgeBackgroundColor({ color: "#b00020" }),
    browser.notifications.create("storage-error", {
      type: "basic",
      iconUrl: browser.runtime.getURL("icons/icon-128.png"),
      title: browser.i18n.getMessage("storageErrorTitle"),
      message: browser.i18n.getMessage("storageErrorBody", [message]),
    }),
  ]);
}

export async function clearStorageFailure(): Promise<void> {
  await Promise.allSettled([browser.storage.session.remove(STORAGE_ERROR_KEY), browser.action.setBadgeText({ text: "" })]);
}
