// Start a case by hand, for contacts made outside a watched site: its title, the brand and its domains, tags.
import { useState } from "preact/hooks";
import { normaliseTags } from "../../domain/cases/case-state";
import { Domain } from "../../domain/evidence";
import { ask } from "../../ui/background-client";
import { t } from "../../ui/i18n";

export function NewCaseForm({ onCreated, onCancel }: { onCreated: (caseId: string) => void; onCancel: () => void }) {
  const [title, setTitle] = useState("");
  const [brand, setBrand] = useState("");
  const [domains, setDomains] = useState("");
  const [tags, setTags] = useState("");
  const [error, setError] = useState("");

  const submit = async (e: Event) => {
    e.preventDefault();
    const list = domains
      .split(/[\s,]+/)
      .map((d) => d.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, ""))
      .filter(Boolean);
    if (!brand.trim()) return setError(t("errorBrandName"));
    if (list.length === 0 || list.some((d) => !Domain.safeParse(d).success)) return setError(t("errorDomains"));
    const reply = await ask({ type: "case.create", title: (title.trim() || brand.trim()).slice(0, 300), brand: { name: brand.trim(), domains: list }, tags: normaliseTags(tags) });
    if (reply.ok) onCreated(String(reply.caseId));
    else setError(t("actionFailed", reply.error.message));
  };

  return (
    <form class="new-case" onSubmit={submit} aria-labelledby="new-case-title">
      <h3 id="new-case-title">{t("newCaseHeading")}</h3>
      <label for="new-case-brand">{t("logBrandName")}</label>
      <input id="new-case-brand" value={brand} required maxLength={200} onInput={(e) => setBrand(e.currentTarget.value)} />
      <label for="new-case-domains">{t("caseDomains")}</label>
      <input id="new-case-domains" value={domains} required aria-describedby="new-case-domains-hint" onInput={(e) => setDomains(e.currentTarget.value)} />
      <p id="new-case-domains-hint" class="muted">
        {t("caseDomainsHint")}
      </p>
      <label for="new-case-title-input">{t("caseTitleOptional")}</label>
      <input id="new-case-title-input" value={title} maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} />
      <label for="new-case-tags">{t("caseTags")}</label>
      <input id="new-case-tags" value={tags} aria-describedby="new-case-tags-hint" onInput={(e) => setTags(e.currentTarget.value)} />
      <p id="new-case-tags-hint" class="muted">
        {t("caseTagsHint")}
      </p>
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t("startCase")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
