// The case's export menu: the HTML dossier, JSON, CSV, and the signed ZIP bundle, in English or
// French (the person's UI language by default). Exports are built here, in the page, in steps,
// so a large case does not freeze it; only the manifest goes to the background to be signed
// (export-bundle.ts, shared with the claim letters, which name the bundle as their annex). Before
// exporting, the person may hide personal data: every format is then made from the redacted copy.
import { useState } from "preact/hooks";
import { utf8 } from "../domain/dossier/bytes";
import { renderDossierHtml } from "../export/dossier-html";
import type { DossierLanguage } from "../export/dossier-text";
import { renderTimelineCsv } from "../export/timeline-csv";
import { t, uiLanguage } from "../ui/i18n";
import { exportCopy, exportSignedBundle } from "./export-bundle";
import { signerFacts } from "./export-data";
import { downloadBlob, exportFileName } from "./export-download";
import { useExportRun, type MadeExport } from "./export-run";
import { SigningKeyNotice } from "./export-key";
import { RedactionPanel } from "./export-redaction";
import type { Hide, RevealEntry } from "../domain/redaction/redact";
import { revealFile } from "../domain/redaction/reveal";
import "./export-menu.css";

type Format = "html" | "json" | "csv" | "bundle";

interface Made extends MadeExport {
  /** What reveals the values this export hid: for the person alone. */
  reveals: RevealEntry[];
}

async function makeExport(caseId: string, format: Format, lang: DossierLanguage, hides: readonly Hide[], onProgress: (share: number) => void): Promise<Made> {
  if (format === "bundle") return exportSignedBundle(caseId, lang, onProgress, hides);
  const facts = await signerFacts();
  const { caseFile, artifacts, redactions, reveals } = await exportCopy(caseId, facts, hides);
  const name = (extension: string) => exportFileName(caseFile.case, caseFile.exported.at, extension);
  switch (format) {
    case "html":
      return { name: name("html"), blob: new Blob([renderDossierHtml({ caseFile, artifacts, lang, images: "embedded", redactions })], { type: "text/html" }), reveals };
    case "json":
      return { name: name("json"), blob: new Blob([JSON.stringify(caseFile, null, 2)], { type: "application/json" }), reveals };
    case "csv":
      return { name: name("csv"), blob: new Blob([utf8(renderTimelineCsv(caseFile, lang))], { type: "text/csv" }), reveals };
  }
}

export function ExportMenu({ caseId }: { caseId: string }) {
  const [lang, setLang] = useState<DossierLanguage>(uiLanguage().toLowerCase().startsWith("fr") ? "fr" : "en");
  const { busy, progress, status, run: runExport } = useExportRun();
  const [redacting, setRedacting] = useState(false);
  const [hides, setHides] = useState<Hide[]>([]);
  const [reveal, setReveal] = useState<{ name: string; reveals: RevealEntry[] } | null>(null);

  const run = (format: Format) => () =>
    runExport(async (onProgress) => {
      const made = await makeExport(caseId, format, lang, redacting ? hides : [], onProgress);
      setReveal(made.reveals.length > 0 ? { name: made.name.replace(/\.[a-z]+$/, "-reveal-keep-private.json"), reveals: made.reveals } : null);
      return made;
    });

  return (
    <div class="export-menu" role="group" aria-label={t("exportMenuLabel")}>
      <label>
        {t("exportLanguage")}
        <select value={lang} onChange={(event) => setLang((event.currentTarget.value === "fr" ? "fr" : "en") as DossierLanguage)}>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </label>
      <button type="button" onClick={run("html")} disabled={busy}>
        {t("exportHtml")}
      </button>
      <button type="button" onClick={run("json")} disabled={busy}>
        {t("exportJson")}
      </button>
      <button type="button" onClick={run("csv")} disabled={busy}>
        {t("exportCsv")}
      </button>
      <button type="button" onClick={run("bundle")} disabled={busy}>
        {t("exportBundle")}
      </button>
      <button type="button" aria-expanded={redacting} onClick={() => setRedacting(!redacting)} disabled={busy}>
        {t("redactOpen")}
      </button>
      {busy && <progress max={1} value={progress} aria-label={t("exportWorking")} />}
      <span role="status">{status}</span>
      {reveal && (
        <p class="reveal-file">
          <button type="button" onClick={() => downloadBlob(reveal.name, new Blob([JSON.stringify(revealFile(caseId, reveal.reveals), null, 2)], { type: "application/json" }))}>
            {t("redactReveal")}
          </button>{" "}
          {t("redactRevealHelp")}
        </p>
      )}
      {redacting && <RedactionPanel caseId={caseId} lang={lang} onChange={setHides} />}
      <SigningKeyNotice />
    </div>
  );
}
