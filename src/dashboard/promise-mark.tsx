// "This is a promise" under an agent's chat line or a logged call: a new promise event quoting its words,
// counted from when they were said. The event itself is not changed.
import { useState } from "preact/hooks";
import type { EvidenceEvent } from "../domain/evidence";
import { quotableWords } from "../domain/promise-quote";
import { randomUuid } from "../domain/random-id";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";

export function MarkAsPromise({ event }: { event: EvidenceEvent }) {
  const [status, setStatus] = useState("");
  const [requestKey] = useState(randomUuid);
  if (!quotableWords(event)?.trim()) return null;
  const mark = async () => {
    const reply = await ask({ type: "promise.from-event", eventId: event.id, requestKey });
    setStatus(reply.ok ? t("promiseMarked") : t("actionFailed", reply.error.message));
  };
  return (
    <p class="promise-mark">
      <button type="button" class="quiet" onClick={mark} disabled={status !== ""}>
        {t("promiseMarkAsPromise")}
      </button>{" "}
      <span role="status">{status}</span>
    </p>
  );
}
