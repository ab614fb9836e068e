// The case's export menu: the HTML dossier, JSON, CSV, and the signed ZIP bundle, in English or
// French (the person's UI language by default). Exports are built here, in the page, in steps,
// so a large case does not freeze it; only the manifest goes to the background to be signed
// (export-bundle.ts, shared with the claim letters, which name the bundle as their annex).
import { useState } from "preact/hooks";
import { utf8 } from "../domain/dossier/bytes";
import { renderDossierHtml } from "../export/dossier-html";
import type { DossierLanguage } from "../export/dossier-text";
import { renderTimelineCsv } from "../export/timeline-csv";
import { t, uiLanguage } from "../ui/i18n";
import { exportSignedBundle } from "./export-bundle";
import { readExportData, signerFacts } from "./export-data";
import { exportFileName } from "./export-download";
import { useExportRun, type MadeExport } from "./export-run";
import { SigningKeyNotice } from "./export-key";
import "./export-menu.css";

type Format = "html" | "json" | "csv" | "bundle";

async function makeExport(caseId: string, format: Format, lang: DossierLanguage, onProgress: (share: number) => void): Promise<MadeExport> {
  if (format === "bundle") return exportSignedBundle(caseId, lang, onProgress);
  const facts = await signerFacts();
  const { caseFile, artifacts } = await readExportData(caseId, facts);
  const name = (extension: string) => exportFileName(caseFile.case, caseFile.exported.at, extension);
  switch (format) {
    case "html":
      return { name: name("html"), blob: new Blob([renderDossierHtml({ caseFile, artifacts, lang, images: "embedded" })], { type: "text/html" }) };
    case "json":
      return { name: name("json"), blob: new Blob([JSON.stringify(caseFile, null, 2)], { type: "application/json" }) };
    case "csv":
      return { name: name("csv"), blob: new Blob([utf8(renderTimelineCsv(caseFile, lang))], { type: "text/csv" }) };
  }
}

export function ExportMenu({ caseId }: { caseId: string }) {
  const [lang, setLang] = useState<DossierLanguage>(uiLanguage().toLowerCase().startsWith("fr") ? "fr" : "en");
  const { busy, progress, status, run: runExport } = useExportRun();
  const run = (format: Format) => () => runExport((onProgress) => makeExport(caseId, format, lang, onProgress));

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
      {busy && <progress max={1} value={progress} aria-label={t("exportWorking")} />}
      <span role="status">{status}</span>
      <SigningKeyNotice />
    </div>
  );
}
