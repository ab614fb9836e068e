// Says plainly when evidence could not be saved, until the person dismisses it.
import browser from "webextension-polyfill";
import { useEffect, useState } from "preact/hooks";
import { ask } from "./background-client";
import { formatMoment, t } from "./i18n";

const KEY = "storageError";

interface StorageErrorRecord {
  message: string;
  at: number;
}

export function StorageErrorBanner() {
  const [error, setError] = useState<StorageErrorRecord | undefined>(undefined);
  useEffect(() => {
    const read = () => void browser.storage.session.get(KEY).then((s) => setError(s[KEY] as StorageErrorRecord | undefined));
    read();
    const listener = (_changes: unknown, area: string) => {
      if (area === "session") read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (!error) return null;
  return (
    <div role="alert" class="alert">
      <p>{t("storageErrorBody", [error.message])}</p>
      <p>{formatMoment(error.at)}</p>
      <button type="button" onClick={() => void ask({ type: "storage-error.dismiss" })}>
        {t("dismiss")}
      </button>
    </div>
  );
}
