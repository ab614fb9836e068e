// The case's export menu: the HTML dossier, JSON, CSV, and the signed ZIP bundle, in English or
// French (the person's UI language by default). Exports are built here, in the page, in steps,
// so a large case does not freeze it; only the manifest goes to the background to be signed.
import { useState } from "preact/hooks";
import { utf8 } from "../domain/dossier/bytes";
import { buildDossierBundle } from "../export/dossier-bundle";
import { renderDossierHtml } from "../export/dossier-html";
import type { DossierLanguage } from "../export/dossier-text";
import { renderTimelineCsv } from "../export/timeline-csv";
import { t, uiLanguage } from "../ui/i18n";
import type { EvidenceEvent } from "../domain/evidence";
import { readExportData, signerFacts, signManifestBytes } from "./export-data";
import { downloadBlob, exportFileName } from "./export-download";
import { requestTimestamp } from "./export-timestamp";
import { SigningKeyNotice } from "./export-key";
import { RedactionPanel } from "./export-redaction";
import { redactEventsInSteps, type Hide, type RevealEntry } from "../domain/redaction/redact";
import { yieldToEventLoop } from "../export/bundle-writer";
import { revealFile } from "../domain/redaction/reveal";
import "./export-menu.css";

type Format = "html" | "json" | "csv" | "bundle";

interface Made {
  name: string;
  blob: Blob;
  note?: string;
  /** What reveals the values this export hid: for the person alone. */
  reveals: RevealEntry[];
}

async function makeExport(caseId: string, format: Format, lang: DossierLanguage, hides: readonly Hide[], onProgress: (share: number) => void): Promise<Made> {
  const facts = await signerFacts();
  const data = await readExportData(caseId, facts);
  const { artifacts } = data;
  // Every format is made from the same copy: the events as stored, or with the chosen values hidden.
  const redaction = hides.length > 0 ? await redactEventsInSteps(data.caseFile.events as EvidenceEvent[], hides, yieldToEventLoop) : null;
  const caseFile = redaction ? { ...data.caseFile, events: redaction.events } : data.caseFile;
  const redactions = redaction?.log ?? [];
  const reveals = redaction?.reveals ?? [];
  const name = (extension: string) => exportFileName(caseFile.case, caseFile.exported.at, extension);
  switch (format) {
    case "html":
      return { name: name("html"), blob: new Blob([renderDossierHtml({ caseFile, artifacts, lang, images: "embedded", redactions })], { type: "text/html" }), reveals };
    case "json":
      return { name: name("json"), blob: new Blob([JSON.stringify(caseFile, null, 2)], { type: "application/json" }), reveals };
    case "csv":
      return { name: name("csv"), blob: new Blob([utf8(renderTimelineCsv(caseFile, lang))], { type: "text/csv" }), reveals };
    case "bundle": {
      // Loaded only when needed: the offline verifier page that goes into every bundle.
      const verifyPage = (await import("virtual:receipts-verify-page")).default;
      // Trusted time, if the person chose an authority: a failure there leaves the bundle without it, and says why.
      let timestampProblem = "";
      const timestamp = facts.tsaUrl
        ? async (signature: Uint8Array) => {
            const outcome = await requestTimestamp(facts.tsaUrl, signature);
            if (outcome.ok) return outcome.response;
            timestampProblem = outcome.reason;
            return null;
          }
        : undefined;
      const bundle = await buildDossierBundle({ caseFile, artifacts, lang, verifyPage, sign: signManifestBytes, redactions, ...(timestamp ? { timestamp } : {}), onProgress: (done, total) => onProgress(total ? done / total : 1) });
      const note = bundle.timestamped ? t("tsaAdded") : timestampProblem ? t("tsaMissing", timestampProblem) : undefined;
      return { name: name("zip"), blob: new Blob(bundle.chunks as Uint8Array<ArrayBuffer>[], { type: "application/zip" }), ...(note ? { note } : {}), reveals };
    }
  }
}

export function ExportMenu({ caseId }: { caseId: string }) {
  const [lang, setLang] = useState<DossierLanguage>(uiLanguage().toLowerCase().startsWith("fr") ? "fr" : "en");
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState(0);
  const [status, setStatus] = useState("");
  const [redacting, setRedacting] = useState(false);
  const [hides, setHides] = useState<Hide[]>([]);
  const [reveal, setReveal] = useState<{ name: string; reveals: RevealEntry[] } | null>(null);

  const run = (format: Format) => async () => {
    setBusy(true);
    setProgress(0);
    setStatus(t("exportWorking"));
    try {
      const made = await makeExport(caseId, format, lang, redacting ? hides : [], setProgress);
      downloadBlob(made.name, made.blob);
      setReveal(made.reveals.length > 0 ? { name: made.name.replace(/\.[a-z]+$/, "-reveal-keep-private.json"), reveals: made.reveals } : null);
      setStatus(made.note ? `${t("exportDone")} ${made.note}` : t("exportDone"));
    } catch (error) {
      setStatus(t("actionFailed", error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

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
