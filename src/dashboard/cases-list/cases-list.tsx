// Every case with its state: title, brand, status, tags, when it was opened. In progress first by default;
// a search finds a case among a thousand by title, brand, domain or tag. Only the rows on screen render.
import { useMemo, useState } from "preact/hooks";
import type { Case } from "../../domain/evidence";
import { t, tn } from "../../ui/i18n";
import { statusLabel, when } from "../case-page/case-words";
import { VirtualList } from "../case-page/virtual-list";
import { casesShown, type CaseScope } from "./case-filter";
import { NewCaseForm } from "./new-case-form";
import "./cases-list.css";

export interface CasesListProps {
  cases: readonly Case[] | undefined;
  current: string | undefined;
  onSelect: (caseId: string) => void;
}

const keyOf = (c: Case) => c.id;

export function CasesList({ cases, current, onSelect }: CasesListProps) {
  const [scope, setScope] = useState<CaseScope>("all");
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const shown = useMemo(() => casesShown(cases ?? [], scope, search), [cases, scope, search]);

  return (
    <nav aria-label={t("casesHeading")} class="cases-list">
      <div class="cases-head">
        <h2>{t("casesHeading")}</h2>
        <button type="button" onClick={() => setCreating(!creating)} aria-expanded={creating}>
          {t("newCase")}
        </button>
      </div>
      {creating && (
        <NewCaseForm
          onCreated={(id) => {
            setCreating(false);
            onSelect(id);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {cases && cases.length === 0 ? (
        <p>{t("noCasesYet")}</p>
      ) : (
        <>
          <div class="cases-filters">
            <label>
              <span id="cases-show-label">{t("casesShow")}</span>
              <select aria-labelledby="cases-show-label" value={scope} onChange={(e) => setScope(e.currentTarget.value as CaseScope)}>
                <option value="all">{t("casesAll")}</option>
                <option value="in-progress">{t("casesInProgress")}</option>
                <option value="finished">{t("casesFinished")}</option>
              </select>
            </label>
            <label>
              <span id="cases-search-label">{t("casesSearch")}</span>
              <input aria-labelledby="cases-search-label" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
            </label>
          </div>
          <p class="muted" role="status">
            {tn("casesCount", cases?.length ?? 0, [String(shown.length), String(cases?.length ?? 0)])}
          </p>
          <VirtualList
            items={shown}
            keyOf={keyOf}
            estimate={72}
            label={t("casesHeading")}
            regionLabel={t("casesScroll")}
            className="case-list"
            renderItem={(c) => (
              <button type="button" class="case-item" aria-current={c.id === current ? "true" : undefined} onClick={() => onSelect(c.id)}>
                <span class="case-title">{c.title}</span>
                <span class="case-meta">
                  {c.brand.name !== c.title ? `${c.brand.name} · ` : ""}
                  <span class={`status status-${c.status}`}>{statusLabel(c.status)}</span> · {when(c.created.at)}
                </span>
                {c.mergedInto && <span class="case-meta">{t("caseMergedShort")}</span>}
                {c.tags && c.tags.length > 0 && (
                  <span class="case-tags">
                    {c.tags.map((tag) => (
                      <span key={tag} class="tag">
                        {tag}
                      </span>
                    ))}
                  </span>
                )}
              </button>
            )}
          />
        </>
      )}
    </nav>
  );
}
