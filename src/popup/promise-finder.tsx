// "Find promises on this page": nothing in the page is marked until the person asks. The background
// injects the finder into the tab; the popup says how many sentences it marked and can take them away.
import { useState } from "preact/hooks";
import { ask } from "../ui/background-client";
import { t, tn } from "../ui/i18n";

function countText(count: number): string {
  return count === 0 ? t("promiseFinderNone") : tn("promiseFinderFound", count);
}

export function PromiseFinder({ tabId }: { tabId: number }) {
  const [count, setCount] = useState<number>();
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  const find = async () => {
    setBusy(true);
    setStatus("");
    try {
      const reply = await ask({ type: "promise-finder.find", tabId });
      if (!reply.ok) {
        setCount(undefined);
        setStatus(t("actionFailed", reply.error.message));
        return;
      }
      const found = typeof reply.count === "number" ? reply.count : 0;
      setCount(found);
      setStatus(countText(found));
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    setBusy(true);
    try {
      const reply = await ask({ type: "promise-finder.clear", tabId });
      setCount(undefined);
      setStatus(reply.ok ? t("promiseFinderCleared") : t("actionFailed", reply.error.message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="promise-finder" aria-label={t("promiseFinderFind")}>
      <button type="button" onClick={find} disabled={busy}>
        {t("promiseFinderFind")}
      </button>{" "}
      {count !== undefined && count > 0 && (
        <button type="button" onClick={clear} disabled={busy}>
          {t("promiseFinderClear")}
        </button>
      )}
      <p role="status" aria-live="polite" class="promise-finder-status">
        {status}
      </p>
    </section>
  );
}
