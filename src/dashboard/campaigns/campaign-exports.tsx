// Below the comparison: the methodology as the report will print it, and the exports (src/export/
// campaign-*.ts): the CSV for the data desk, the publishable HTML report, and every brand's dossier in
// one signed bundle. Each is made here, in the page, from the brands' cases as they are when asked for
// (read again, so the export is not a second old); only the bundle's manifest goes to the background to
// be signed, which checks every case's chain head first.
import { useMemo, useState } from "preact/hooks";
import type { Campaign } from "../../domain/campaigns/campaign";
import { compareCampaign, type Comparison } from "../../domain/campaigns/comparison-summary";
import { campaignMethodology } from "../../domain/campaigns/methodology";
import type { CampaignLanguage } from "../../domain/campaigns/methodology-words";
import { utf8 } from "../../domain/dossier/bytes";
import { buildCampaignBundle, type CampaignCaseExport } from "../../export/campaign-bundle";
import { renderCampaignCsv } from "../../export/campaign-csv";
import { brandSlug } from "../../export/campaign-paths";
import { renderCampaignReport } from "../../export/campaign-report";
import { campaignEvidence } from "../../storage/campaign-store";
import { database } from "../../storage/database";
import { t } from "../../ui/i18n";
import { readExportData, signerFacts, signManifestBytes } from "../export-data";
import { trustedTime, useExportRun, type MadeExport } from "../export-run";
import { campaignLanguage } from "./campaign-comparison";

export interface CampaignExportsProps {
  campaign: Campaign;
  /** The page's comparison, for the methodology shown (the exports read the cases again). */
  comparison: Comparison;
}

type Format = "csv" | "report" | "bundle";

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** "receipts-campaign-telcos-48-hours-2026-03-09.csv". */
export function campaignFileName(campaign: Campaign, at: number, extension: string): string {
  return `receipts-campaign-${brandSlug(campaign.name)}-${new Date(at).toISOString().slice(0, 10)}.${extension}`;
}

async function makeExport(campaign: Campaign, format: Format, lang: CampaignLanguage, onProgress: (share: number) => void): Promise<MadeExport> {
  const now = Date.now();
  const name = (extension: string) => campaignFileName(campaign, now, extension);
  if (format !== "bundle") {
    const cases = await campaignEvidence(database(), campaign);
    const comparison = compareCampaign({ campaign, cases, now });
    if (format === "csv") return { name: name("csv"), blob: new Blob([utf8(renderCampaignCsv(campaign, comparison.rows, lang))], { type: "text/csv" }) };
    const created = { at: now, timeZone: zone() };
    const methodology = campaignMethodology({ campaign, rows: comparison.rows, lang, now: created });
    const html = renderCampaignReport({ campaign, comparison, methodology, cases, lang, created, inBundle: false });
    return { name: name("html"), blob: new Blob([html], { type: "text/html" }) };
  }
  const facts = await signerFacts();
  const cases = new Map<string, CampaignCaseExport>();
  const kept = campaign.brands.filter((b) => !b.caseDeleted);
  for (const [i, brand] of kept.entries()) {
    const exported = await readExportData(brand.caseId, facts).catch(() => undefined);
    if (exported) cases.set(brand.caseId, exported);
    onProgress((i + 1) / (kept.length * 2));
  }
  // Loaded only when needed: the offline verifier page that goes into every bundle.
  const verifyPage = (await import("virtual:receipts-verify-page")).default;
  const { timestamp, note } = trustedTime(facts.tsaUrl);
  const bundle = await buildCampaignBundle({
    campaign,
    cases,
    signer: facts.signer,
    created: { at: now, timeZone: facts.timeZone },
    lang,
    verifyPage,
    sign: signManifestBytes,
    ...(timestamp ? { timestamp } : {}),
    onProgress: (done, total) => onProgress(0.5 + (total ? done / total : 1) / 2),
  });
  const said = note(bundle.timestamped);
  return { name: name("zip"), blob: new Blob(bundle.chunks as Uint8Array<ArrayBuffer>[], { type: "application/zip" }), ...(said ? { note: said } : {}) };
}

export function CampaignExports({ campaign, comparison }: CampaignExportsProps) {
  const [lang, setLang] = useState<CampaignLanguage>(campaignLanguage);
  const { busy, progress, status, run: runExport } = useExportRun();
  const run = (format: Format) => () => runExport((onProgress) => makeExport(campaign, format, lang, onProgress));
  const methodology = useMemo(() => campaignMethodology({ campaign, rows: comparison.rows, lang, now: { at: comparison.now, timeZone: zone() } }), [campaign, comparison, lang]);

  return (
    <div class="campaign-exports">
      <div class="actions" role="group" aria-label={t("campaignExports")}>
        <label>
          {t("exportLanguage")}{" "}
          <select value={lang} onChange={(e) => setLang(e.currentTarget.value === "fr" ? "fr" : "en")}>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
        <button type="button" onClick={run("csv")} disabled={busy}>
          {t("campaignExportCsv")}
        </button>
        <button type="button" onClick={run("report")} disabled={busy}>
          {t("campaignExportReport")}
        </button>
        <button type="button" onClick={run("bundle")} disabled={busy}>
          {t("campaignExportBundle")}
        </button>
        {busy && <progress max={1} value={progress} aria-label={t("exportWorking")} />}
        <span role="status">{status}</span>
      </div>
      <details class="methodology">
        <summary>{t("campaignMethodology")}</summary>
        {methodology.sections.map((section) => (
          <section key={section.id} aria-label={section.heading}>
            <h4>{section.heading}</h4>
            {section.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            {section.items.length > 0 && (
              <ul>
                {section.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </details>
    </div>
  );
}
