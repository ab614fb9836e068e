// The publishable campaign report: summary, comparison with links to the evidence, the chart and its
// data table, the methodology, the evidence by id and hash; captured markup inert; English and French.
import { beforeAll, describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { compareCampaign, type Comparison } from "../../../src/domain/campaigns/comparison-summary";
import { campaignMethodology } from "../../../src/domain/campaigns/methodology";
import type { CampaignLanguage } from "../../../src/domain/campaigns/methodology-words";
import { campaignEvidence } from "../../../src/export/campaign-bundle";
import { chartBars } from "../../../src/export/campaign-chart";
import { renderCampaignReport } from "../../../src/export/campaign-report";
import { campaignExport, CREATED, HOSTILE_NAME, type CampaignExportFixture } from "./campaign-fixtures";
import { DAY, HOUR, T0 } from "../domain/campaigns/comparison-fixtures";

let fixture: CampaignExportFixture;
let comparison: Comparison;
beforeAll(async () => {
  fixture = await campaignExport();
  comparison = compareCampaign({ campaign: fixture.campaign, cases: campaignEvidence(fixture.campaign, fixture.cases), now: CREATED.at });
});

function render(lang: CampaignLanguage, inBundle = true): string {
  const evidence = campaignEvidence(fixture.campaign, fixture.cases);
  const methodology = campaignMethodology({ campaign: fixture.campaign, rows: comparison.rows, lang, now: CREATED });
  return renderCampaignReport({ campaign: fixture.campaign, comparison, methodology, cases: evidence, lang, created: CREATED, inBundle, signerFingerprint: fixture.key.signer.fingerprint });
}

function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

const rowText = (doc: Document, brand: string) => [...doc.querySelectorAll("table.comparison tbody tr")].find((tr) => tr.querySelector("th")?.textContent === brand)?.textContent ?? "";

describe("the campaign report", () => {
  it("keeps captured markup as text: no script, no element made from it, a policy that forbids scripts", () => {
    const html = render("en");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;agent&quot;)&lt;/script&gt;");
    const doc = parse(html);
    expect(doc.querySelectorAll("script, img, iframe, object").length).toBe(0);
    expect(rowText(doc, "Hostile Mobile")).toContain(HOSTILE_NAME);
    expect(rowText(doc, "Hostile Mobile")).toContain("=HYPERLINK(");
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toMatch(/^default-src 'none'/);
  });

  it("sums up the verdicts with their counts, and says a case was deleted", () => {
    const summary = parse(render("en")).querySelector("#summary")?.textContent ?? "";
    expect(summary).toContain("5 brands were tested with the same protocol");
    expect(summary).toContain("Of the 4 brands with a verdict: 2 kept the promise, 1 broke it, 1 stayed silent, 0 still pending.");
    expect(summary).toContain("Median time to a first response: 19.0 h (over the 3 brands that answered at a distance).");
    expect(summary).toContain("1 brand(s) had their case deleted");
  });

  it("shows each brand's verdict and figures, each linked to its evidence", () => {
    const doc = parse(render("en"));
    expect(rowText(doc, "Prompt Telecom")).toContain("19.0 h");
    expect(rowText(doc, "Prompt Telecom")).toContain("kept");
    expect(rowText(doc, "Slow Telecom")).toContain("broken");
    expect(rowText(doc, "Mute Telecom")).toContain("silent");
    expect(rowText(doc, "Mute Telecom")).toContain("none after 239.0 h");
    expect(rowText(doc, "Gone Fibre")).toContain("case deleted");
    expect(rowText(doc, "Hostile Mobile")).toContain("v2");
    expect(rowText(doc, "Hostile Mobile")).toContain("added after the start");
    // Every link in the table lands on an anchor of the evidence section that lists event ids with their hashes.
    const links = [...doc.querySelectorAll("table.comparison a")].map((a) => a.getAttribute("href") ?? "");
    expect(links.length).toBeGreaterThan(20);
    for (const href of links) expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
    const verdict = doc.getElementById("ev-prompt-telecom-verdict")?.nextElementSibling?.textContent ?? "";
    const events = fixture.cases.get("case-prompt-01")?.caseFile.events ?? [];
    const response = events.find((e) => e.id === fixture.ids.prompt!.response);
    expect(verdict).toContain(`${fixture.ids.prompt!.response}, SHA-256 ${response?.hash}`);
  });

  it("links the evidence into each brand's dossier inside the bundle, and names it outside", () => {
    const inside = parse(render("en"));
    const hrefs = [...inside.querySelectorAll("#evidence a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("cases/prompt-telecom/dossier.html");
    expect(hrefs).toContain(`cases/prompt-telecom/dossier.html#event-${fixture.ids.prompt!.response}`);
    expect(inside.querySelector("#verify")?.textContent).toContain("verify.html");
    const alone = parse(render("en", false));
    expect(alone.querySelectorAll("#evidence a").length).toBe(0);
    expect(alone.querySelector("#evidence")?.textContent).toContain("cases/prompt-telecom/dossier.html");
    expect(alone.querySelector("#verify")).toBeNull();
    expect(alone.querySelector("#evidence")?.textContent).toContain("Case deleted: no evidence in this export.");
  });

  it("charts response times against the deadline in an accessible SVG, with the same figures as a table", () => {
    const doc = parse(render("en"));
    const svg = doc.querySelector("svg.chart");
    expect(svg?.getAttribute("role")).toBe("img");
    expect(svg?.getAttribute("aria-labelledby")).toBe("chart-title chart-desc");
    expect(doc.getElementById("chart-title")?.textContent).toBe("Hours to a first response, per brand, against the promised deadline");
    expect(doc.getElementById("chart-desc")?.textContent).toContain("Not charted: Gone Fibre.");
    expect(svg?.querySelectorAll("g.bar").length).toBe(4);
    const table = [...doc.querySelectorAll("table.chart-data tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(table).toEqual([
      ["Prompt Telecom", "19.0 h", "48.0 h", "kept"],
      ["Slow Telecom", "120.0 h", "48.0 h", "broken"],
      ["Mute Telecom", "none after 239.0 h", "48.0 h", "silent"],
      ["Hostile Mobile", "5.0 h", "24.0 h", "kept"],
    ]);
    const bars = chartBars(comparison.rows, CREATED.at).bars;
    expect(bars.find((b) => b.caseId === "case-mute-0001")).toMatchObject({ answered: false, tookMs: T0 + 10 * DAY - (T0 + HOUR), promisedMs: 48 * HOUR });
  });

  it("holds the methodology and prints in landscape", () => {
    const html = render("en");
    const doc = parse(html);
    expect(doc.querySelector("#methodology h2")?.textContent).toBe("Methodology");
    expect(doc.querySelector("#methodology-added")?.textContent).toContain("Hostile Mobile: added on");
    expect(doc.querySelector("#methodology-deleted")?.textContent).toContain("Gone Fibre: case deleted on");
    expect(doc.querySelector("#methodology-versions")?.textContent).toContain("Why: Brands answer on weekends too: 24 hours.");
    expect(html).toContain("@media print");
    expect(html).toContain("size: A4 landscape");
  });

  it("is written in French when asked", () => {
    const doc = parse(render("fr"));
    expect(doc.documentElement.getAttribute("lang")).toBe("fr");
    expect(doc.querySelector("h1")?.textContent).toBe("Rapport de campagne : Do telcos reply within 48 hours?");
    expect(doc.querySelector("#summary")?.textContent).toContain("Sur les 4 marques ayant un verdict : 2 ont tenu la promesse");
    expect(rowText(doc, "Mute Telecom")).toContain("silence");
    expect(doc.querySelector("#methodology h2")?.textContent).toBe("Méthodologie");
    expect(doc.getElementById("chart-title")?.textContent).toBe("Heures avant une première réponse, par marque, face à l'échéance promise");
  });
});
