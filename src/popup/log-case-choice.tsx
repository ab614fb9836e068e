// Which case the contact goes to: the open case of the site in the tab, else one picked from a
// short list of open cases; with none at all, the person names the brand to start one.
import type { Case } from "../domain/evidence";
import type { CaseDraft } from "../domain/offline/case-choice-form";
import { t } from "../ui/i18n";
import { FieldError, TextField } from "./log-field";

/** The list stays short: the most recent open cases. */
export const SHORT_LIST = 8;
const NEW_CASE = "new";

export function CaseChoice({ cases, draft, change, errors }: { cases: Case[]; draft: CaseDraft; change: (patch: Partial<CaseDraft>) => void; errors: Record<string, string> }) {
  const pick = (value: string) => change(value === NEW_CASE ? { startNew: true, caseId: "" } : { startNew: false, caseId: value });
  // The chosen case (the site's, say) stays in the list even when older than the most recent ones.
  const shown = cases.slice(0, SHORT_LIST);
  const chosen = cases.find((c) => c.id === draft.caseId);
  if (chosen && !shown.includes(chosen)) shown.push(chosen);
  return (
    <>
      {cases.length > 0 ? (
        <div class="field">
          <label for="log-caseId">{t("logCase")}</label>
          <select
            id="log-caseId"
            value={draft.startNew ? NEW_CASE : draft.caseId}
            aria-invalid={errors.caseId ? "true" : undefined}
            aria-describedby={errors.caseId ? "log-caseId-error" : undefined}
            onChange={(e) => pick(e.currentTarget.value)}
          >
            {!draft.caseId && !draft.startNew && <option value="">{t("logChooseCase")}</option>}
            {shown.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
            <option value={NEW_CASE}>{t("logStartNewCase")}</option>
          </select>
          <FieldError name="caseId" error={errors.caseId} />
        </div>
      ) : (
        <p>{t("logNoCaseYet")}</p>
      )}
      {draft.startNew && (
        <>
          <TextField name="brandName" label={t("logBrandName")} value={draft.brandName} onInput={(brandName) => change({ brandName })} error={errors.brandName} />
          <TextField
            name="brandAddress"
            label={t("logBrandAddress")}
            hint={t("logBrandAddressHint")}
            value={draft.brandAddress}
            onInput={(brandAddress) => change({ brandAddress })}
            error={errors.brandAddress}
          />
        </>
      )}
    </>
  );
}
