// What the person can change about a case: its title, status (close, reopen…), brand and its domains, tags.
// Every change is sent to the background, which records it as an event; nothing is overwritten.
import { useState } from "preact/hooks";
import { normaliseTags } from "../../domain/cases/case-state";
import { CaseStatus, Domain, type Case, type CaseFields } from "../../domain/evidence";
import { ask } from "../../ui/background-client";
import { t } from "../../ui/i18n";
import { statusLabel } from "./case-words";

export function CaseSettings({ theCase }: { theCase: Case }) {
  const [title, setTitle] = useState(theCase.title);
  const [brand, setBrand] = useState(theCase.brand.name);
  const [domains, setDomains] = useState(theCase.brand.domains.join(", "));
  const [tags, setTags] = useState((theCase.tags ?? []).join(", "));
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");

  const send = async (edit: CaseFields, done: string) => {
    setError("");
    const reply = await ask({ type: "case.change", caseId: theCase.id, edit });
    if (reply.ok) setMessage(done);
    else setError(t("actionFailed", reply.error.message));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const domainList = domains
      .split(/[\s,]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean);
    if (!title.trim()) return setError(t("errorTitleMissing"));
    if (!brand.trim()) return setError(t("errorBrandName"));
    if (domainList.length === 0 || domainList.some((d) => !Domain.safeParse(d).success)) return setError(t("errorDomains"));
    await send({ title: title.trim(), brand: { name: brand.trim(), domains: domainList }, tags: normaliseTags(tags) }, t("caseSaved"));
  };

  const finished = theCase.status === "closed" || theCase.status === "resolved";
  return (
    <div class="case-settings">
      <div class="status-row">
        <label for="case-edit-status">{t("caseStatus")}</label>
        <select id="case-edit-status" value={theCase.status} onChange={(e) => void send({ status: e.currentTarget.value as Case["status"] }, t("caseSaved"))}>
          {CaseStatus.options.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
        {finished ? (
          <button type="button" onClick={() => void send({ status: "open" }, t("caseReopened"))}>
            {t("reopenCase")}
          </button>
        ) : (
          <button type="button" onClick={() => void send({ status: "closed" }, t("caseClosed"))}>
            {t("closeCase")}
          </button>
        )}
      </div>
      <details class="case-edit">
        <summary>{t("editCase")}</summary>
        <form onSubmit={save}>
          <label for="case-edit-title">{t("caseTitle")}</label>
          <input id="case-edit-title" value={title} maxLength={300} onInput={(e) => setTitle(e.currentTarget.value)} />
          <label for="case-edit-brand">{t("logBrandName")}</label>
          <input id="case-edit-brand" value={brand} maxLength={200} onInput={(e) => setBrand(e.currentTarget.value)} />
          <label for="case-edit-domains">{t("caseDomains")}</label>
          <input id="case-edit-domains" value={domains} aria-describedby="case-edit-domains-hint" onInput={(e) => setDomains(e.currentTarget.value)} />
          <p id="case-edit-domains-hint" class="muted">
            {t("caseDomainsHint")}
          </p>
          <label for="case-edit-tags">{t("caseTags")}</label>
          <input id="case-edit-tags" value={tags} aria-describedby="case-edit-tags-hint" onInput={(e) => setTags(e.currentTarget.value)} />
          <p id="case-edit-tags-hint" class="muted">
            {t("caseTagsHint")}
          </p>
          <button type="submit" class="primary">
            {t("save")}
          </button>
        </form>
      </details>
      <p role="status" class="muted">
        {message}
      </p>
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
    </div>
  );
}
