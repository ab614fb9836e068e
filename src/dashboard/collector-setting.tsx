// The collector's name: who gathered the evidence, recorded with each event if set.
import { useState } from "preact/hooks";
import { database } from "../storage/database";
import { readSetting } from "../storage/evidence-store";
import { ask } from "../ui/background-client";
import { t } from "../ui/i18n";
import { useLiveQuery } from "../ui/use-live-query";

export function CollectorSetting() {
  const { value: saved } = useLiveQuery(() => readSetting<string>(database(), "collector"), []);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState("");
  const save = async (event: Event) => {
    event.preventDefault();
    const reply = await ask({ type: "settings.update", collector: draft ?? saved ?? "" });
    setStatus(reply.ok ? t("saved") : t("actionFailed", reply.error.message));
  };
  return (
    <form class="collector" onSubmit={save}>
      <label>
        {t("collectorLabel")}
        <input type="text" maxLength={200} value={draft ?? saved ?? ""} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">{t("save")}</button>
      <span role="status">{status}</span>
    </form>
  );
}
