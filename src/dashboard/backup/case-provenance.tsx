// Where an imported case's events came from (its import records, kept apart from its chain), and, for
// a read-only copy kept beside a case whose record it differs from, which case that is.
import type { Case } from "../../domain/evidence";
import type { ImportRecord } from "../../domain/backup/import-record";
import { groupedFingerprint } from "../../domain/dossier/fingerprint";
import { database } from "../../storage/database";
import { findCase } from "../../storage/evidence-store";
import { importRecords } from "../../storage/import-store";
import { formatMoment, t } from "../../ui/i18n";
import { useLiveQuery } from "../../ui/use-live-query";

function recordText(record: ImportRecord): string {
  const when = formatMoment(record.at);
  const key = record.signer ? groupedFingerprint(record.signer.fingerprint) : "";
  if (record.origin === "json") return t("provenanceJson", when);
  if (record.origin === "backup") return record.signer?.thisInstallation ? t("provenanceBackup", when) : t("provenanceBackupOther", [when, key]);
  return record.signer?.thisInstallation ? t("provenanceBundle", when) : t("provenanceBundleOther", [when, key]);
}

export function CaseProvenance({ theCase }: { theCase: Case }) {
  const db = database();
  const { value: records } = useLiveQuery(() => importRecords(db, theCase.id), [theCase.id]);
  const { value: original } = useLiveQuery(async () => (theCase.copyOf ? findCase(db, theCase.copyOf) : undefined), [theCase.copyOf]);
  if (!theCase.copyOf && (!records || records.length === 0)) return null;
  return (
    <div class="case-provenance" data-testid="case-provenance">
      {theCase.copyOf && <p class="copy-notice">{t("copyNotice", original?.title ?? theCase.copyOf)}</p>}
      {(records ?? []).map((record, i) => (
        <p key={i}>{recordText(record)}</p>
      ))}
    </div>
  );
}
