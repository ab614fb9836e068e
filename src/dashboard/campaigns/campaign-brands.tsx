// A campaign's brands: when each joined (marked when after the start), the protocol version it runs, its
// next step from the guided run, and a link to its case, or that the case was deleted. Brands are added
// here, also once the campaign runs; before the start they can be taken off.
import { useState } from "preact/hooks";
import type { Campaign } from "../../domain/campaigns/campaign";
import type { GuidedRun } from "../../domain/campaigns/guided-run";
import { ask } from "../../ui/background-client";
import { problemWords, stepShort } from "../../ui/campaign-words";
import { GuidedRunView } from "../../ui/guided-run-view";
import { t } from "../../ui/i18n";
import { caseHash } from "../case-route";
import { when } from "../case-page/case-words";
import { BrandAdder } from "./brand-adder";

export function CampaignBrands({ campaign, runs, now }: { campaign: Campaign; runs: ReadonlyMap<string, GuidedRun> | undefined; now: number }) {
  const [status, setStatus] = useState("");
  const remove = async (caseId: string) => {
    const reply = await ask({ type: "campaign.remove-brand", campaignId: campaign.id, caseId });
    setStatus(reply.ok ? "" : problemWords(reply.error.message));
  };
  const add = async (brands: { name: string; domains: string[] }[]) => {
    for (const brand of brands) {
      const reply = await ask({ type: "campaign.add-brand", campaignId: campaign.id, brand });
      if (!reply.ok) return `${brand.name}: ${problemWords(reply.error.message)}`;
    }
    return undefined;
  };
  return (
    <section class="case-section" aria-labelledby="brands-heading">
      <h3 id="brands-heading">{t("brandsHeadingCount", String(campaign.brands.length))}</h3>
      {campaign.brands.length === 0 ? (
        <p class="muted">{t("brandsNoneYet")}</p>
      ) : (
        <div class="table-scroll">
          <table class="campaign-brands-table">
            <thead>
              <tr>
                <th scope="col">{t("brandColumn")}</th>
                <th scope="col">{t("brandJoined")}</th>
                <th scope="col">{t("brandProtocol")}</th>
                <th scope="col">{t("brandNextStep")}</th>
                <th scope="col">{t("brandCase")}</th>
              </tr>
            </thead>
            <tbody>
              {campaign.brands.map((brand) => {
                const run = runs?.get(brand.caseId);
                return (
                  <tr key={brand.caseId} data-case-id={brand.caseId}>
                    <th scope="row">
                      {brand.brand.name}
                      <div class="muted">{brand.brand.domains.join(", ")}</div>
                    </th>
                    <td>
                      {when(brand.added.at)}
                      {brand.addedAfterStart && <div class="badge late-brand">{t("brandAddedLate")}</div>}
                    </td>
                    <td>{t("protocolVersionShort", String(brand.protocolVersion))}</td>
                    <td class="brand-step">
                      {campaign.started ? (
                        run ? (
                          <details>
                            <summary class={`step-${run.step}`}>{stepShort(run)}</summary>
                            <GuidedRunView run={run} brandName={brand.brand.name} now={now} idPrefix={`brand-${brand.caseId}`} />
                          </details>
                        ) : (
                          "…"
                        )
                      ) : (
                        <span class="muted">{t("runShort_not_started")}</span>
                      )}
                    </td>
                    <td>
                      {brand.caseDeleted ? (
                        <span class="badge deleted-case">{t("brandCaseDeleted", when(brand.caseDeleted.at))}</span>
                      ) : campaign.started ? (
                        <a href={caseHash(brand.caseId)}>{t("openCaseLink")}</a>
                      ) : (
                        <button type="button" class="quiet" onClick={() => void remove(brand.caseId)} aria-label={t("brandRemoveNamed", brand.brand.name)}>
                          {t("brandRemove")}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!campaign.ended && (
        <>
          <h4>{campaign.started ? t("brandAddLate") : t("brandAddDraft")}</h4>
          {campaign.started && <p class="muted">{t("brandAddLateHint")}</p>}
          <BrandAdder prefix="campaign" existing={campaign.brands.filter((b) => !b.caseDeleted).map((b) => b.brand)} onAdd={add} />
        </>
      )}
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
