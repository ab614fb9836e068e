// Below the comparison: the methodology as the report will print it (written from the campaign and its
// table, domain/campaigns/methodology.ts), and the exports.
import { useMemo } from "preact/hooks";
import type { Campaign } from "../../domain/campaigns/campaign";
import type { Comparison } from "../../domain/campaigns/comparison-summary";
import { campaignMethodology } from "../../domain/campaigns/methodology";
import type { BrandCaseEvidence } from "../../storage/campaign-store";
import { t } from "../../ui/i18n";
import { campaignLanguage } from "./campaign-comparison";

export interface CampaignExportsProps {
  campaign: Campaign;
  comparison: Comparison;
  evidence: ReadonlyMap<string, BrandCaseEvidence | undefined> | undefined;
}

export function CampaignExports({ campaign, comparison }: CampaignExportsProps) {
  const lang = campaignLanguage();
  const methodology = useMemo(
    () => campaignMethodology({ campaign, rows: comparison.rows, lang, now: { at: comparison.now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC" } }),
    [campaign, comparison, lang],
  );
  return (
    <div class="campaign-exports">
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
