// "Write a letter" on the case page: pick a template and a language, fill what only the person knows,
// see the letter as it will print, then download it (HTML to print, text for an e-mail) or copy its
// text. A letter with something missing or wrong is not handed over: the form says what to fix, field by
// field, and nothing typed is lost. The signed dossier can be exported from here as the letter's annex.
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Case } from "../../domain/evidence";
import { CaseFacts, letterContext } from "../../domain/letters/case-facts";
import { formFields, type FieldId, type LetterInputs } from "../../domain/letters/letter-fields";
import { formatDayTime, type LetterLanguage } from "../../domain/letters/letter-format";
import { TEMPLATES, type AnnexReference, type TemplateId } from "../../domain/letters/letter-model";
import { formatMoney } from "../../domain/letters/money";
import { airportByCode } from "../../domain/letters/flight/airports";
import { flightKnowledge } from "../../domain/letters/templates/air-passenger";
import { letterDefaults, letterLanguageFor, writeLetter } from "../../domain/letters/write-letter";
import { letterFileName } from "../../export/letter-file";
import { renderLetterHtml } from "../../export/letter-html";
import { renderLetterText } from "../../export/letter-plain";
import { database } from "../../storage/database";
import { readSetting } from "../../storage/evidence-store";
import { t, uiLanguage } from "../../ui/i18n";
import { useLiveQuery } from "../../ui/use-live-query";
import { exportSignedBundle } from "../export-bundle";
import { signerFacts } from "../export-data";
import { downloadBlob, exportFileName } from "../export-download";
import type { Trail } from "./case-data";
import { fieldDomId, LetterForm } from "./letter-form";
import { LetterPreview } from "./letter-preview";
import { issueText, templateLabel } from "./letter-words";
import "./letter-writer.css";

/** What the person types once for every letter: who they are, where from, their reference. */
const SHARED: readonly FieldId[] = ["senderName", "senderAddress", "senderEmail", "place", "customerReference"];

interface ExportedAnnex {
  annex: AnnexReference;
  /** The trail's length when it was exported: a later event means the letter may cite what the file lacks. */
  events: number;
}

function LetterDesk({ theCase, trail, now, onClose }: { theCase: Case; trail: Trail; now: number; onClose: () => void }) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const context = useMemo(() => letterContext(theCase, trail, now, zone), [theCase, trail, now, zone]);
  const [template, setTemplate] = useState<TemplateId>("complaint");
  const [lang, setLang] = useState<LetterLanguage>(() => letterLanguageFor(context, uiLanguage().toLowerCase().startsWith("fr") ? "fr" : "en"));
  const [shared, setShared] = useState<LetterInputs>({});
  const [own, setOwn] = useState<Partial<Record<TemplateId, LetterInputs>>>({});
  const [asked, setAsked] = useState(false);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [fingerprint, setFingerprint] = useState<string>();
  const [exported, setExported] = useState<ExportedAnnex>();
  const issuesRef = useRef<HTMLDivElement>(null);
  const { value: collector } = useLiveQuery(() => readSetting<string>(database(), "collector"), []);

  useEffect(() => {
    let gone = false;
    signerFacts()
      .then((facts) => !gone && setFingerprint(facts.signer.fingerprint))
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, []);

  const defaults: LetterInputs = useMemo(() => ({ ...letterDefaults(template, context, lang), ...(collector ? { senderName: collector } : {}) }), [template, context, lang, collector]);
  const typed: LetterInputs = { ...shared, ...own[template] };
  const inputs: LetterInputs = { ...(collector ? { senderName: collector } : {}), ...typed };
  const value = (id: FieldId) => typed[id] ?? defaults[id] ?? "";
  const setValue = (id: FieldId, next: string) => {
    setStatus("");
    if (SHARED.includes(id)) setShared((s) => ({ ...s, [id]: next }));
    else setOwn((o) => ({ ...o, [template]: { ...o[template], [id]: next } }));
  };

  const current = exported && exported.events === trail.length ? exported.annex : undefined;
  const annex: AnnexReference = current ?? { fileName: exportFileName(theCase, now, "zip"), ...(fingerprint ? { fingerprint } : {}) };
  const letter = useMemo(() => writeLetter({ template, lang, context, inputs, annex }), [template, lang, context, JSON.stringify(inputs), JSON.stringify(annex)]);

  const effective = { ...defaults, ...typed };
  const book = useMemo(() => new CaseFacts(context, lang), [context, lang]);
  const fields = formFields(template, effective, flightKnowledge(effective), book.hasBrokenPromises());
  const errors = new Map<FieldId, string>();
  if (asked) for (const issue of letter.issues) if (issue.field && !errors.has(issue.field)) errors.set(issue.field, issueText(issue, template));

  const hints: Partial<Record<FieldId, string>> = {
    toAirport: t("letterHint_toAirport"),
    distanceKm: t("letterHint_distanceKm"),
    informedAt: t("letterHint_informedAt"),
    ticketPrice: t("letterHint_ticketPrice"),
    cardLastFour: t("letterHint_cardLastFour"),
    obligation: t("letterHint_obligation"),
  };
  const from = airportByCode(value("fromAirport"));
  hints.fromAirport = from ? t("letterAirportKnown", `${from.city} (${from.iata})`) : t("letterHint_fromAirport");
  const to = airportByCode(value("toAirport"));
  if (to) hints.toAirport = t("letterAirportKnown", `${to.city} (${to.iata})`);
  const refund = book.refundAmount();
  if (refund) hints.amount = t("letterAmountFromCase", [formatMoney(refund.money, lang), formatDayTime(refund.at, refund.timeZone, lang)]);

  /** The letter, if it is ready; otherwise the issues are shown and the first field in question gets the focus. */
  const ready = (): boolean => {
    setAsked(true);
    if (letter.ready) return true;
    setStatus("");
    const first = letter.issues.find((i) => i.field && fields.some((f) => f.id === i.field));
    requestAnimationFrame(() => {
      if (first?.field) document.getElementById(fieldDomId(first.field))?.focus();
      else issuesRef.current?.focus();
    });
    return false;
  };

  const download = (extension: "html" | "txt") => {
    if (!ready()) return;
    const name = letterFileName(theCase, now, template, lang, extension);
    const blob = extension === "html" ? new Blob([renderLetterHtml(letter)], { type: "text/html;charset=utf-8" }) : new Blob([renderLetterText(letter)], { type: "text/plain;charset=utf-8" });
    downloadBlob(name, blob);
    setStatus(t("letterDownloaded", name));
  };

  const copy = async () => {
    if (!ready()) return;
    try {
      await navigator.clipboard.writeText(renderLetterText(letter));
      setStatus(t("letterCopied"));
    } catch (error) {
      setStatus(t("letterCopyFailed", error instanceof Error ? error.message : String(error)));
    }
  };

  const exportAnnex = async () => {
    setBusy(true);
    setStatus(t("exportWorking"));
    try {
      const bundle = await exportSignedBundle(theCase.id, lang, () => undefined);
      downloadBlob(bundle.name, bundle.blob);
      setExported({ annex: { fileName: bundle.name, manifestSha256: bundle.manifestSha256, fingerprint: bundle.fingerprint, chain: bundle.chain }, events: trail.length });
      setStatus(t("letterAnnexDone", bundle.name));
    } catch (error) {
      setStatus(t("actionFailed", error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="letter-desk">
      <p class="muted">{t("letterIntro")}</p>
      <div class="letter-choice">
        <label>
          {t("letterTemplateLabel")}
          <select id="letter-template" value={template} onChange={(e) => setTemplate(e.currentTarget.value as TemplateId)}>
            {TEMPLATES.map((id) => (
              <option key={id} value={id}>
                {templateLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("letterLanguage")}
          <select id="letter-language" value={lang} onChange={(e) => setLang(e.currentTarget.value === "fr" ? "fr" : "en")}>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
        <button type="button" onClick={onClose}>
          {t("letterClose")}
        </button>
      </div>
      <div class="letter-columns">
        <form class="letter-form" aria-label={templateLabel(template)} onSubmit={(e) => e.preventDefault()} noValidate>
          <p class="muted">{t("letterRequiredNote")}</p>
          <LetterForm template={template} fields={fields} value={value} onChange={setValue} errors={errors} hints={hints} />
          <div class="letter-annex">
            <h4>{t("letterAnnexHeading")}</h4>
            <p class="muted">{current ? t("letterAnnexDone", current.fileName) : t("letterAnnexPending", annex.fileName)}</p>
            <button type="button" onClick={() => void exportAnnex()} disabled={busy}>
              {t("letterAnnexExport")}
            </button>
          </div>
        </form>
        <div class="letter-output">
          {asked && !letter.ready && (
            <div class="alert" role="alert" tabIndex={-1} ref={issuesRef}>
              <p>{t("letterNotReady")}</p>
              <ul>
                {letter.issues.map((issue, i) => (
                  <li key={i}>{issueText(issue, template)}</li>
                ))}
              </ul>
            </div>
          )}
          <div class="actions letter-actions">
            <button type="button" class="primary" onClick={() => download("html")} disabled={busy}>
              {t("letterDownloadHtml")}
            </button>
            <button type="button" onClick={() => download("txt")} disabled={busy}>
              {t("letterDownloadText")}
            </button>
            <button type="button" onClick={() => void copy()} disabled={busy}>
              {t("letterCopyText")}
            </button>
          </div>
          <p role="status" class="muted">
            {status}
          </p>
          <LetterPreview letter={letter} />
        </div>
      </div>
    </div>
  );
}

export function LetterWriter({ theCase, trail, now }: { theCase: Case; trail: Trail; now: number }) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="letter-heading" class="case-section letter-writer">
      <h3 id="letter-heading">{t("letterHeading")}</h3>
      {open ? (
        <LetterDesk theCase={theCase} trail={trail} now={now} onClose={() => setOpen(false)} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t("letterWrite")}
        </button>
      )}
    </section>
  );
}
