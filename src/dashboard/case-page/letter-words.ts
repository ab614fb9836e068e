// The letter writer's words in the interface language: field labels, choices, and what each issue asks
// the person to do. (The letters' own words are in src/domain/letters/texts, in the letter's language.)
import type { FieldId } from "../../domain/letters/letter-fields";
import type { Issue, TemplateId } from "../../domain/letters/letter-model";
import { t } from "../../ui/i18n";

const underscored = (value: string) => value.replace(/-/g, "_");

export function templateLabel(template: TemplateId): string {
  return t(`letterTemplate_${underscored(template)}`);
}

/** A field's label; the recipient is named by what it is for this letter (the airline, the bank, the ombudsman). */
export function fieldLabel(field: FieldId, template?: TemplateId): string {
  if (field === "recipientName" && (template === "air-passenger" || template === "chargeback" || template === "ombudsman")) return t(`letterRecipient_${underscored(template)}`);
  return t(`letterField_${field}`);
}

export function optionLabel(field: FieldId, value: string): string {
  if (field === "departsFromEu" || field === "euCarrier") return t(value === "yes" ? "letterOption_yes" : "letterOption_no");
  if (field === "deadlineDays") return t("letterOption_days", value);
  if (field === "currency") return value;
  return t(`letterOption_${field}_${underscored(value)}`);
}

export function issueText(issue: Issue, template: TemplateId): string {
  const label = issue.field ? fieldLabel(issue.field, template) : "";
  switch (issue.kind) {
    case "missing":
      return t("letterIssueMissing", label);
    case "invalid-date":
      return t("letterIssueDate", label);
    case "invalid-amount":
      return t("letterIssueAmount", label);
    case "invalid-distance":
      return t("letterIssueDistance");
    case "invalid-card-digits":
      return t("letterIssueCardDigits");
    case "same-airport":
      return t("letterIssueSameAirport");
    case "not-after-scheduled":
      return t("letterIssueArrivalBefore");
    case "not-due":
      return t(`letterNotDue_${underscored(issue.detail ?? "")}`);
    case "not-applicable":
      return t("letterNotApplicable");
  }
}
