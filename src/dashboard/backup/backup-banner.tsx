// Shown at the top of the dashboard before it matters: until a first verified backup exists, that
// removing Receipts deletes what it stored; later, a reminder when the last verified backup is over
// a week old and evidence was added since.
import { t } from "../../ui/i18n";
import { useBackUp, useBackupStanding } from "./backup-panel";
import { ageText } from "./import-words";

export function BackupBanner() {
  const { last, loaded, standing } = useBackupStanding();
  const backUp = useBackUp();
  if (!loaded || (last && !standing.remind)) return null;
  return (
    <section class="backup-banner" aria-label={t("backupBannerLabel")} data-testid="backup-banner">
      <p>
        {last ? t("backupReminder", ageText(standing.ageDays ?? 0)) : standing.evidenceSince ? t("backupReminderNone") : null} {!last && t("uninstallWarning")}
      </p>
      <button type="button" onClick={backUp.run} disabled={backUp.busy}>
        {t("backupNow")}
      </button>{" "}
      <span role="status">{backUp.status}</span>
    </section>
  );
}
