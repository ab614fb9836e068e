// Which case a contact entered by hand goes to, as chosen in the form: an existing case, or a new
// one the person starts by naming the brand and its web address.
import type { CaseChoice } from "./by-hand-entry";
import { brandDomainFromInput } from "./brand-domain";

export interface CaseDraft {
  /** The case picked from the list; "" while none is. */
  caseId: string;
  startNew: boolean;
  brandName: string;
  brandAddress: string;
}

export type CaseErrorKey = "errorCaseMissing" | "errorBrandName" | "errorBrandAddress";
export type CaseChoiceReading = { ok: true; choice: CaseChoice } | { ok: false; errors: Record<string, CaseErrorKey> };

export function readCaseDraft(draft: CaseDraft): CaseChoiceReading {
  if (!draft.startNew) return draft.caseId ? { ok: true, choice: { caseId: draft.caseId } } : { ok: false, errors: { caseId: "errorCaseMissing" } };
  const errors: Record<string, CaseErrorKey> = {};
  const name = draft.brandName.trim();
  if (!name || name.length > 200) errors.brandName = "errorBrandName";
  const domain = brandDomainFromInput(draft.brandAddress);
  if (!domain) errors.brandAddress = "errorBrandAddress";
  if (!domain || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, choice: { newCase: { name, domain } } };
}

/** The domains whose mail is the brand's: the chosen case's, or the one typed for a new case. */
export function brandDomainsOf(draft: CaseDraft, caseDomains: (caseId: string) => readonly string[]): string[] {
  if (draft.startNew) {
    const domain = brandDomainFromInput(draft.brandAddress);
    return domain ? [domain] : [];
  }
  return draft.caseId ? [...caseDomains(draft.caseId)] : [];
}
