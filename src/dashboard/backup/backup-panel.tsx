// The dashboard's backup and import section: the last verified backup's age, "Back up everything",
// the weekly automatic backup, importing a dossier or restoring a backup, and, always in view here,
// that removing Receipts deletes what it stored.
import browser from "webextension-polyfill";
import { useState } from "preact/hooks";
import { matchPatternsForHost } from "../../domain/brand";
import { backupStanding } from "../../domain/backup/backup-status";
import { database } from "../../storage/database";
import { automaticBackupWanted, lastVerifiedBackup, latestSeq } from "../../storage/backup-store";
import { ask } from "../../ui/background-client";
import { t, tn } from "../../ui/i18n";
import { useLiveQuery } from "../../ui/use-live-query";
import { backUpEverything, importPicked } from "./backup-actions";
import { ageText, importLines } from "./import-words";
import "./backup.css";

export function useBackupStanding() {
  const db = database();
  const { value: last } = useLiveQuery(() => lastVerifiedBackup(db), []);
  const { value: seq } = useLiveQuery(() => latestSeq(db), []);
  const loaded = seq !== undefined;
  return { last, loaded, standing: backupStanding(last, seq ?? 0, Date.now()) };
}

/** "Back up everything": busy while it runs, then what it saved. */
export function useBackUp() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const run = async () => {
    setBusy(true);
    setStatus(t("backupWorking"));
    try {
      const made = await backUpEverything();
      setStatus(t("backupDone", [tn("countCases", made.record.cases), tn("countEvents", made.record.events)]));
    } catch (error) {
      setStatus(t("actionFailed", error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, status };
}

function SitesToWatch({ hosts }: { hosts: string[] }) {
  const [status, setStatus] = useState("");
  const watch = async () => {
    // Asked in the click: one prompt from the browser for all of them.
    const granted = await browser.permissions.request({ origins: hosts.flatMap(matchPatternsForHost) });
    if (!granted) {
      setStatus(t("permissionRefused"));
      return;
    }
    const replies = await Promise.all(hosts.map((host) => ask({ type: "site.watch", host })));
    const failed = replies.find((r) => !r.ok);
    setStatus(failed && !failed.ok ? t("actionFailed", failed.error.message) : t("importWatchedAgain", hosts.join(", ")));
  };
  return (
    <p>
      {t("importSitesToWatch", hosts.join(", "))}{" "}
      <button type="button" onClick={watch}>
        {t("importWatchAgain")}
      </button>{" "}
      <span role="status">{status}</span>
    </p>
  );
}

function ImportForm() {
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<string[]>([]);
  const [refused, setRefused] = useState(false);
  const [sites, setSites] = useState<string[]>([]);
  const pick = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setSites([]);
    setRefused(false);
    setLines([t("importWorking", file.name)]);
    try {
      const outcome = await importPicked(file);
      setRefused(outcome.status === "refused");
      setLines(importLines(outcome, file.name));
      if (outcome.status === "imported") setSites(outcome.sitesToWatch);
    } catch (error) {
      setRefused(true);
      setLines([t("actionFailed", error instanceof Error ? error.message : String(error))]);
    } finally {
      setBusy(false);
      input.value = "";
    }
  };
  return (
    <div class="import">
      <label>
        {t("importLabel")}
        <input type="file" accept=".zip,.json,application/zip,application/json" onChange={pick} disabled={busy} />
      </label>
      <p class="hint">{t("importHint")}</p>
      <div role="status" aria-live="polite" class={refused ? "import-result refused" : "import-result"} data-testid="import-result">
        {lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      {sites.length > 0 && <SitesToWatch hosts={sites} />}
    </div>
  );
}

function AutomaticBackup() {
  const { value: wanted } = useLiveQuery(() => automaticBackupWanted(database()), []);
  const [status, setStatus] = useState("");
  const toggle = async (event: Event) => {
    const enabled = (event.currentTarget as HTMLInputElement).checked;
    try {
      // The downloads permission is optional: asked for in the person's click, only when they opt in.
      if (enabled && !(await browser.permissions.request({ permissions: ["downloads"] }))) {
        setStatus(t("backupAutomaticRefused"));
        return;
      }
      const reply = await ask({ type: "backup.automatic", enabled });
      setStatus(reply.ok ? t(enabled ? "backupAutomaticOn" : "backupAutomaticOff") : t("actionFailed", reply.error.message));
    } catch (error) {
      setStatus(t("actionFailed", error instanceof Error ? error.message : String(error)));
    }
  };
  return (
    <p>
      <label>
        <input type="checkbox" checked={wanted === true} onChange={toggle} /> {t("backupAutomatic")}
      </label>{" "}
      <span role="status" data-testid="automatic-backup-status">
        {status}
      </span>
    </p>
  );
}

export function BackupPanel() {
  const { last } = useBackupStanding();
  const backUp = useBackUp();
  return (
    <section class="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t("backupHeading")}</h2>
      <p data-testid="last-backup">{last ? t("backupLast", [ageText(Math.floor(Math.max(0, Date.now() - last.at) / 86_400_000)), tn("countCases", last.cases), tn("countEvents", last.events)]) : t("backupNone")}</p>
      <p class="uninstall-warning">{t("uninstallWarning")}</p>
      <p>
        <button type="button" onClick={backUp.run} disabled={backUp.busy}>
          {t("backupNow")}
        </button>{" "}
        <span role="status">{backUp.status}</span>
      </p>
      <AutomaticBackup />
      <p class="hint">{t("backupKeyNote")}</p>
      <ImportForm />
    </section>
  );
}
