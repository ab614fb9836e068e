// The export menu's "Hide personal data" step: what Receipts found (names, e-mail addresses, phone
// numbers, postal addresses) with a checkbox each, words the person selects in the case's texts,
// and a preview of how the hidden values will read. Everything is shown as text; nothing here
// changes what was recorded: the exports are made from a redacted copy (export-menu.tsx).
import { useEffect, useMemo, useState } from "preact/hooks";
import type { EvidenceEvent } from "../domain/evidence";
import { findPersonalData, occurrences, textValues, type Proposal } from "../domain/redaction/personal-data";
import { redactEvents, isRedactedEvent, type Hide } from "../domain/redaction/redact";
import { shownEvent } from "../domain/redaction/shown-event";
import type { DossierLanguage } from "../export/dossier-text";
import { eventLines, kindText } from "../export/event-text";
import { hiddenLabel } from "../export/shown-case";
import { database } from "../storage/database";
import { caseEvents, findCase } from "../storage/evidence-store";
import { t } from "../ui/i18n";

/** What the person chose to hide by hand: one selection, or every occurrence of a word. */
interface Selected {
  hides: Hide[];
  text: string;
}


/** Longest part of a text offered for selection: the rest is past what a person reads here. */
const SHOWN_TEXT = 2000;
const PREVIEW_EVENTS = 30;

const proposalKey = (p: Proposal) => `${p.eventId}|${p.path.join("/")}|${p.range?.start ?? ""}|${p.range?.end ?? ""}`;

function hideOf(p: Proposal): Hide {
  return { eventId: p.eventId, path: p.path, category: p.category, ...(p.range ? { range: p.range } : {}) };
}

export function RedactionPanel({ caseId, lang, onChange }: { caseId: string; lang: DossierLanguage; onChange: (hides: Hide[]) => void }) {
  const [events, setEvents] = useState<EvidenceEvent[] | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<Selected[]>([]);
  const [query, setQuery] = useState("");
  const [message, setMessage] = useState("");

  useEffect(() => {
    let live = true;
    void (async () => {
      const db = database();
      const [theCase, all] = await Promise.all([findCase(db, caseId), caseEvents(db, caseId)]);
      if (!live) return;
      setEvents(all);
      setProposals(findPersonalData(all, theCase?.brand.domains ?? []));
    })();
    return () => {
      live = false;
    };
  }, [caseId]);

  const hides = useMemo(() => [...proposals.filter((p) => !unchecked.has(proposalKey(p))).map(hideOf), ...selected.flatMap((s) => s.hides)], [proposals, unchecked, selected]);
  useEffect(() => onChange(hides), [hides]);

  const texts = useMemo(() => (events ? textValues(events, query) : []), [events, query]);
  const preview = useMemo(() => {
    if (!events || hides.length === 0) return { count: 0, lines: [] as Array<{ key: string; head: string; lines: string[] }> };
    const redaction = redactEvents(events, hides);
    const label = hiddenLabel(lang);
    // "[hidden" / "[masqué": the lines that carry a label are the ones worth previewing.
    const marker = label("text").split(":")[0] as string;
    const lines = redaction.events
      .map((event, index) => ({ event, index }))
      .filter(({ event }) => isRedactedEvent(event))
      .slice(0, PREVIEW_EVENTS)
      .map(({ event, index }) => {
        const shown = shownEvent(event, label);
        const lines = [shown.collection.collector ?? "", ...eventLines(shown, lang)].filter((line) => line.includes(marker));
        return { key: event.id, head: `${t("redactEvent", String(index + 1))} · ${kindText(shown, lang)}`, lines };
      });
    return { count: redaction.log.length, lines };
  }, [events, hides, lang]);

  const hideSelection = () => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const holder = range?.startContainer.parentElement?.closest<HTMLElement>("[data-text-index]");
    if (!range || range.collapsed || range.startContainer !== range.endContainer || !holder || range.startContainer.parentElement !== holder) {
      setMessage(t("redactSelectFirst"));
      return;
    }
    const value = texts[Number(holder.dataset.textIndex)];
    if (!value) return;
    const start = range.startOffset;
    const end = range.endOffset;
    setSelected((list) => [...list, { hides: [{ eventId: value.eventId, path: value.path, category: "text", range: { start, end } }], text: value.text.slice(start, end) }]);
    selection?.removeAllRanges();
    setMessage("");
  };

  // Without a mouse, or for a word that recurs (an account number): every occurrence of what was searched.
  const hideEveryMatch = () => {
    if (!events) return;
    const found = occurrences(events, query).map((place): Hide => ({ ...place, category: "text" }));
    if (found.length > 0) setSelected((list) => [...list, { hides: found, text: query.trim() }]);
  };

  if (!events) return <p role="status">{t("exportWorking")}</p>;
  return (
    <section class="redaction" aria-labelledby="redaction-heading">
      <h3 id="redaction-heading">{t("redactHeading")}</h3>
      <p>{t("redactIntro")}</p>
      <p>{t("redactScreenshots")}</p>
      <fieldset>
        <legend>{t("redactFound")}</legend>
        {proposals.length === 0 ? (
          <p>{t("redactNone")}</p>
        ) : (
          <ul class="redaction-list" data-testid="redaction-proposals">
            {proposals.map((p) => {
              const key = proposalKey(p);
              return (
                <li key={key}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!unchecked.has(key)}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        setUnchecked((set) => {
                          const next = new Set(set);
                          if (on) next.delete(key);
                          else next.add(key);
                          return next;
                        });
                      }}
                    />{" "}
                    {t(`redactCategory_${p.category}`)}: <q>{p.found}</q> <span class="where">({t("redactEvent", String(p.eventIndex + 1))}, {p.where})</span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>{t("redactSearch")}</legend>
        <input type="search" value={query} aria-label={t("redactSearch")} onInput={(event) => setQuery(event.currentTarget.value)} />{" "}
        <button type="button" onClick={hideEveryMatch} disabled={query.trim().length < 2 || texts.length === 0}>
          {t("redactHideEvery")}
        </button>
        <p>{t("redactSelectHint")}</p>
        <ul class="redaction-texts">
          {texts.map((value, i) => (
            <li key={`${value.eventId}|${value.path.join("/")}`}>
              <span class="where">{t("redactEvent", String(value.eventIndex + 1))}</span>{" "}
              <span class="selectable" data-text-index={String(i)}>
                {value.text.slice(0, SHOWN_TEXT)}
              </span>
            </li>
          ))}
        </ul>
        {/* mousedown would take the selection away before the click */}
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={hideSelection}>
          {t("redactHideSelection")}
        </button>
        {message && <p role="alert">{message}</p>}
        {selected.length > 0 && (
          <>
            <h4>{t("redactSelected")}</h4>
            <ul class="redaction-list">
              {selected.map((s, i) => (
                <li key={`${s.text}|${i}`}>
                  <q>{s.text}</q>
                  {s.hides.length > 1 ? ` (${t("redactTimes", String(s.hides.length))})` : ""}{" "}
                  <button type="button" onClick={() => setSelected((list) => list.filter((_, k) => k !== i))}>
                    {t("redactRemove")}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
      <h4>{t("redactPreview")}</h4>
      <p role="status" data-testid="redaction-count">
        {preview.count > 0 ? t("redactCount", String(preview.count)) : t("redactNothing")}
      </p>
      <ul class="redaction-preview" data-testid="redaction-preview">
        {preview.lines.map((item) => (
          <li key={item.key}>
            <span class="where">{item.head}</span>
            {item.lines.map((line, k) => (
              <blockquote key={k}>{line}</blockquote>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
