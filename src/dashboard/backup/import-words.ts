// An import's outcome in the person's words: what was added, what was already there, who signed it;
// or, when refused, the verifier's own findings (export/verify/report-text.ts), then nothing stored.
import type { ImportOutcome } from "../../backup/import-file";
import { groupedFingerprint } from "../../domain/dossier/fingerprint";
import type { ImportFinding } from "../../export/import/read-import";
import { findingText, type ReportLanguage } from "../../export/verify/report-text";
import { t, tn, uiLanguage } from "../../ui/i18n";

export function reportLanguage(): ReportLanguage {
  return uiLanguage().toLowerCase().startsWith("fr") ? "fr" : "en";
}

function findingLines(finding: ImportFinding, lang: ReportLanguage): string[] {
  switch (finding.kind) {
    case "unreadable":
      return [t("importUnreadable")];
    case "profile-invalid":
      return [t("importProfileInvalid", finding.issues.map((i) => `${i.path}: ${i.message}`).join("; "))];
    case "campaigns-invalid":
      return [t("importCampaignsInvalid", finding.issues.map((i) => `${i.path}: ${i.message}`).join("; "))];
    case "backup-case":
      return [t("importBackupCase", [finding.title, finding.path]), ...finding.report.findings.map((f) => `  ${findingText(f, lang)}`)];
    case "backup-case-mismatch":
      return [t("importBackupCaseMismatch", [finding.title, finding.path])];
    case "hidden-values":
      return [t("importHiddenValues", tn("countEvents", finding.events))];
    default:
      return [findingText(finding, lang)];
  }
}

/** The outcome as lines: the first says what happened overall. */
export function importLines(outcome: ImportOutcome, fileName: string): string[] {
  const lang = reportLanguage();
  if (outcome.status === "refused") return [t("importRefused", fileName), ...outcome.findings.flatMap((f) => findingLines(f, lang))];
  const lines: string[] = [];
  if (outcome.origin === "json") lines.push(t("importUnsigned"));
  else if (outcome.signer?.thisInstallation) lines.push(t("importSignerHere"));
  else if (outcome.signer) lines.push(t("importSignerOther", groupedFingerprint(outcome.signer.fingerprint)));
  if (outcome.cases.length === 0) lines.push(t("importedNoCase"));
  for (const c of outcome.cases) {
    if (c.action === "new") lines.push(tn("importedNew", c.added, [c.title, String(c.added)]));
    else if (c.action === "extended") lines.push(tn("importedExtended", c.added, [c.title, String(c.added), String(c.alreadyStored)]));
    else if (c.action === "nothing-new") lines.push(tn("importedNothingNew", c.alreadyStored, [c.title, String(c.alreadyStored)]));
    else lines.push(tn("importedCopy", c.added, [c.title, String(c.added)]));
  }
  for (const c of outcome.campaigns) {
    lines.push(t(c.action === "new" ? "importedCampaignNew" : c.action === "nothing-new" ? "importedCampaignNothingNew" : "importedCampaignKept", c.name));
  }
  return lines;
}

/** "9 days ago", "yesterday", "today", in the person's language. */
export function ageText(days: number): string {
  return new Intl.RelativeTimeFormat(uiLanguage(), { numeric: "auto" }).format(-days, "day");
}
