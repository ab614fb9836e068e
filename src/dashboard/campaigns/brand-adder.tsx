// Brands for a campaign: one at a time (name and web addresses), or pasted as lines "Name, domain" from
// a spreadsheet or a list. Bad lines are named by their number and stay in the box to be fixed; the good
// ones are added.
import { useState } from "preact/hooks";
import type { Brand } from "../../domain/evidence";
import { sameBrand } from "../../domain/campaigns/campaign-edits";
import { readBrandLines } from "../../domain/campaigns/protocol-form";
import { brandDomainFromInput } from "../../domain/offline/brand-domain";
import { t, tn } from "../../ui/i18n";
import { TextArea, TextField } from "../../popup/log-field";

export interface BrandAdderProps {
  prefix: string;
  /** Brands already listed: the same brand is not added twice. */
  existing: readonly Brand[];
  /** Adds the brands; resolves to a problem to show, if adding failed. */
  onAdd: (brands: Brand[]) => Promise<string | undefined> | string | undefined;
}

export function BrandAdder({ prefix, existing, onAdd }: BrandAdderProps) {
  const [name, setName] = useState("");
  const [domains, setDomains] = useState("");
  const [lines, setLines] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState("");

  const addOne = async () => {
    const found: Record<string, string> = {};
    const brandName = name.trim();
    if (!brandName || brandName.length > 200) found.name = "errorBrandName";
    const typed = domains.split(/[\s,;]+/).filter(Boolean);
    const read = typed.map(brandDomainFromInput);
    if (typed.length === 0 || read.some((d) => d === undefined)) found.domains = "errorBrandAddress";
    const brand: Brand = { name: brandName, domains: [...new Set(read.filter((d): d is string => d !== undefined))] };
    if (!found.domains && existing.some((b) => sameBrand(b, brand))) found.domains = "brandLineAlreadyIn";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const problem = await onAdd([brand]);
    if (problem) return setStatus(problem);
    setName("");
    setDomains("");
    setStatus(tn("brandsAdded", 1));
  };

  const addLines = async () => {
    const read = readBrandLines(lines, existing);
    setProblems(read.problems.map((p) => t("brandLineProblem", [String(p.line), p.text, t(p.problem)])));
    if (read.brands.length === 0) return setStatus(read.problems.length ? t("brandsNoneAdded") : "");
    const problem = await onAdd(read.brands);
    if (problem) return setStatus(problem);
    // What could not be read stays in the box, to be fixed.
    setLines(read.problems.map((p) => p.text).join("\n"));
    setStatus(tn("brandsAdded", read.brands.length));
  };

  return (
    <div class="brand-adder">
      <div class="brand-one" role="group" aria-label={t("brandAddOne")}>
        <TextField name={`${prefix}-brand-name`} label={t("logBrandName")} value={name} onInput={setName} error={errors.name} />
        <TextField name={`${prefix}-brand-domains`} label={t("brandDomains")} hint={t("caseDomainsHint")} value={domains} onInput={setDomains} error={errors.domains} />
        <button type="button" onClick={() => void addOne()}>
          {t("brandAdd")}
        </button>
      </div>
      <div class="brand-lines">
        <TextArea name={`${prefix}-brand-lines`} label={t("brandPaste")} value={lines} onInput={setLines} />
        <button type="button" onClick={() => void addLines()}>
          {t("brandPasteAdd")}
        </button>
        {problems.length > 0 && (
          <ul class="field-error" aria-label={t("brandLineProblems")}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </div>
  );
}
