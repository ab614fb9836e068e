// Campaigns in storage: the start opens one case per brand with its membership (and the promise under
// test) sealed in its chain; brands added later, protocol versions, two campaigns sharing a brand (where
// captures go), and case deletion.
import { describe, expect, it } from "vitest";
import { verifyChain } from "../../../src/domain/integrity/chain";
import { CampaignEditError } from "../../../src/domain/campaigns/campaign-edits";
import { protocolFields } from "../domain/campaigns/campaign-fixtures";
import {
  addCampaignBrand,
  campaignsOfCase,
  createCampaign,
  editCampaignProtocol,
  endCampaign,
  findCampaign,
  listCampaigns,
  removeCampaignBrand,
  startCampaign,
} from "../../../src/storage/campaign-store";
import { caseDeletionPreview, deleteCase } from "../../../src/storage/case-deletion";
import { caseEvents, createCase, findCase, markActiveCase, openCaseForHost, readSetting, storeByHand, storeCapture } from "../../../src/storage/evidence-store";
import { artifactOf, findArtifact, keepArtifacts } from "../../../src/storage/artifact-store";
import { captureOn, freshDatabase, scriptedClock } from "./store-fixtures";

const byHand = { method: "by-hand" as const, extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "140.0" };
const SIENNA = { name: "Sienna Mobile", domains: ["sienna.test"] };
const UMBER = { name: "Umber Fibre", domains: ["umber.test"] };
const TEAL = { name: "Teal Telecom", domains: ["teal.test"] };

async function started(db = freshDatabase(), clock = scriptedClock(), pinning: "campaign" | "per-brand" = "campaign") {
  const draft = await createCampaign(db, { name: "Telcos: 48 hours?", protocol: protocolFields({ pinning }), brands: [SIENNA, UMBER] }, clock);
  const campaign = await startCampaign(db, draft.id, byHand, clock);
  return { db, clock, campaign };
}

describe("a campaign in storage", () => {
  it("is kept as a draft, its brands waiting for the start with no case yet", async () => {
    const db = freshDatabase();
    const clock = scriptedClock();
    const draft = await createCampaign(db, { name: "Telcos: 48 hours?", protocol: protocolFields(), brands: [SIENNA, UMBER] }, clock);
    expect(await findCampaign(db, draft.id)).toEqual(draft);
    expect(await listCampaigns(db)).toEqual([draft]);
    expect(await db.cases.count()).toBe(0);
    const fewer = await removeCampaignBrand(db, draft.id, draft.brands[1]!.caseId);
    expect(fewer.brands.map((b) => b.brand.name)).toEqual(["Sienna Mobile"]);
  });

  it("starting it opens one case per brand: opened, the campaign it runs, the promise under test, one unbroken chain", async () => {
    const { db, campaign } = await started();
    expect(campaign.started).toBeDefined();
    for (const brand of campaign.brands) {
      const theCase = await findCase(db, brand.caseId);
      expect(theCase).toMatchObject({ title: `${brand.brand.name} — Telcos: 48 hours?`, brand: brand.brand, status: "open" });
      const events = await caseEvents(db, brand.caseId);
      expect(events.map((e) => (e.kind === "case-change" ? e.payload.change : e.kind))).toEqual(["opened", "campaign", "promise"]);
      expect(events[1]).toMatchObject({ payload: { campaign: { campaignId: campaign.id, protocolVersion: 1, channel: "email", pinning: "campaign", addedAfterStart: false } } });
      expect(events[2]).toMatchObject({ kind: "promise", payload: { quote: "We reply within 48 hours.", reading: { kind: "reply-time" } } });
      expect(await verifyChain(events)).toEqual({ ok: true, findings: [] });
      expect((await campaignsOfCase(db, brand.caseId)).map((c) => c.id)).toEqual([campaign.id]);
    }
  });

  it("per-brand pinning opens the cases with nothing pinned: each brand's promise is to be pinned", async () => {
    const { db, campaign } = await started(undefined, undefined, "per-brand");
    const events = await caseEvents(db, campaign.brands[0]!.caseId);
    expect(events.map((e) => e.kind)).toEqual(["case-change", "case-change"]);
    expect(events[1]).toMatchObject({ payload: { campaign: { pinning: "per-brand" } } });
  });

  it("a start that cannot open every case opens none and stays a draft", async () => {
    const db = freshDatabase();
    const clock = scriptedClock();
    const draft = await createCampaign(db, { name: "Clash", protocol: protocolFields(), brands: [SIENNA, UMBER] }, clock);
    // A case already holds the second brand's id: its case cannot be opened.
    await db.cases.add({ id: draft.brands[1]!.caseId, title: "x", brand: UMBER, status: "open", created: { at: 1, timeZone: "UTC" } });
    await expect(startCampaign(db, draft.id, byHand, clock)).rejects.toThrow();
    expect((await findCampaign(db, draft.id))?.started).toBeUndefined();
    expect(await db.cases.get(draft.brands[0]!.caseId)).toBeUndefined();
    expect(await db.events.count()).toBe(0);
  });

  it("a brand added after the start gets its case at once, marked late, on the protocol as it is then", async () => {
    const { db, clock, campaign } = await started();
    const v2 = await editCampaignProtocol(db, campaign.id, protocolFields({ wait: { amount: 7, unit: "calendar-days" } }), "Letters take longer.", clock);
    expect(v2.protocols.map((p) => p.version)).toEqual([1, 2]);
    const joined = await addCampaignBrand(db, campaign.id, TEAL, byHand, clock);
    const teal = joined.brands.at(-1)!;
    expect(teal).toMatchObject({ brand: TEAL, addedAfterStart: true, protocolVersion: 2 });
    const events = await caseEvents(db, teal.caseId);
    expect(events[1]).toMatchObject({ payload: { change: "campaign", campaign: { protocolVersion: 2, addedAfterStart: true } } });
    // The brands already running keep version 1, in the campaign and in their cases' own record.
    expect(joined.brands.slice(0, 2).map((b) => b.protocolVersion)).toEqual([1, 1]);
    expect((await caseEvents(db, joined.brands[0]!.caseId))[1]).toMatchObject({ payload: { campaign: { protocolVersion: 1 } } });
  });

  it("refuses what the campaign's state does not allow, and leaves it unchanged", async () => {
    const { db, clock, campaign } = await started();
    await expect(addCampaignBrand(db, campaign.id, { name: "Sienna bis", domains: ["shop.sienna.test"] }, byHand, clock)).rejects.toThrow(CampaignEditError);
    await expect(editCampaignProtocol(db, campaign.id, protocolFields({ question: "Other?" }), undefined, clock)).rejects.toThrow(CampaignEditError);
    await expect(startCampaign(db, "campaign-none", byHand, clock)).rejects.toThrow(CampaignEditError);
    const ended = await endCampaign(db, campaign.id, clock);
    expect(ended.ended).toBeDefined();
    await expect(addCampaignBrand(db, campaign.id, TEAL, byHand, clock)).rejects.toThrow(CampaignEditError);
    expect(await findCampaign(db, campaign.id)).toEqual(ended);
    expect(await db.cases.count()).toBe(2);
  });
});

describe("two open cases for one brand: where a capture goes", () => {
  it("each campaign has its own case; captures go to the case the person runs now, else to the most recent", async () => {
    const db = freshDatabase();
    const clock = scriptedClock();
    // The person's own case with Sienna, then two campaigns that both test Sienna.
    const own = await createCase(db, { title: "My contract", brand: SIENNA }, byHand, clock);
    const first = await startCampaign(db, (await createCampaign(db, { name: "First", protocol: protocolFields(), brands: [SIENNA] }, clock)).id, byHand, clock);
    const second = await startCampaign(db, (await createCampaign(db, { name: "Second", protocol: protocolFields(), brands: [SIENNA, UMBER] }, clock)).id, byHand, clock);
    const firstCase = first.brands[0]!.caseId;
    const secondCase = second.brands[0]!.caseId;
    expect(new Set([own.id, firstCase, secondCase]).size).toBe(3);

    // No choice made: the most recently opened.
    expect((await openCaseForHost(db, "www.sienna.test"))?.id).toBe(secondCase);
    expect((await storeCapture(db, captureOn("www.sienna.test", "k1"), clock)).caseId).toBe(secondCase);

    // The person runs the first campaign's test of Sienna: captures there go to it from now on.
    await markActiveCase(db, firstCase, 1000);
    expect((await openCaseForHost(db, "sienna.test"))?.id).toBe(firstCase);
    expect((await storeCapture(db, captureOn("www.sienna.test", "k2"), clock)).caseId).toBe(firstCase);
    // The last choice wins.
    await markActiveCase(db, own.id, 2000);
    expect((await storeCapture(db, captureOn("www.sienna.test", "k3"), clock)).caseId).toBe(own.id);
    // Another brand is not affected by Sienna's choice.
    expect((await openCaseForHost(db, "umber.test"))?.id).toBe(second.brands[1]!.caseId);
    // A choice for a case no longer open does not count: the next open one (most recent) takes over.
    await db.cases.update(own.id, { status: "closed" });
    expect((await openCaseForHost(db, "sienna.test"))?.id).toBe(firstCase);
  });
});

describe("deleting a case", () => {
  it("removes its events and the files only it refers to; campaigns keep the brand, marked deleted", async () => {
    const { db, clock, campaign } = await started();
    const [sienna, umber] = campaign.brands.map((b) => b.caseId) as [string, string];
    const only = await artifactOf(new Uint8Array([1, 2, 3]), "image/png");
    const shared = await artifactOf(new Uint8Array([4, 5, 6]), "image/png");
    await keepArtifacts(db, [only, shared], 1);
    const ref = (a: typeof only) => ({ sha256: a.sha256, mediaType: a.mediaType, size: a.size, kind: "screenshot" as const });
    await storeByHand(db, { caseId: sienna, evidence: { kind: "promise", payload: { quote: "Within 48 hours.", artifacts: [ref(only), ref(shared)] } }, collection: byHand }, clock);
    await storeByHand(db, { caseId: umber, evidence: { kind: "promise", payload: { quote: "Within 2 days.", artifacts: [ref(shared)] } }, collection: byHand }, clock);
    await markActiveCase(db, sienna, 5);
    const umberEvents = await caseEvents(db, umber);

    const preview = await caseDeletionPreview(db, sienna);
    expect(preview).toEqual({ caseIds: [sienna], events: 4, artifacts: 1, campaigns: [{ id: campaign.id, name: campaign.name }] });
    expect(await deleteCase(db, sienna, clock)).toEqual(preview);

    expect(await findCase(db, sienna)).toBeUndefined();
    expect(await caseEvents(db, sienna)).toEqual([]);
    expect(await findArtifact(db, only.sha256)).toBeUndefined();
    expect(await findArtifact(db, shared.sha256)).toBeDefined();
    expect(await caseEvents(db, umber)).toEqual(umberEvents);
    expect(await readSetting(db, `active-case|${sienna}`)).toBeUndefined();
    const after = await findCampaign(db, campaign.id);
    expect(after?.brands.map((b) => [b.brand.name, b.caseDeleted !== undefined])).toEqual([
      ["Sienna Mobile", true],
      ["Umber Fibre", false],
    ]);
    expect(await deleteCase(db, sienna, clock)).toBeUndefined();
  });

  it("takes the cases it absorbed with it", async () => {
    const db = freshDatabase();
    const clock = scriptedClock();
    await storeCapture(db, captureOn("yellow.test", "k1"), clock);
    const earlier = (await openCaseForHost(db, "yellow.test"))!;
    await db.cases.update(earlier.id, { status: "closed" });
    const later = await storeCapture(db, captureOn("yellow.test", "k2"), clock);
    const { answerFollowUp } = await import("../../../src/storage/evidence-store");
    await answerFollowUp(db, later.caseId, "merge", byHand, clock);
    const other = await storeCapture(db, captureOn("other.test", "k3"), clock);

    const preview = await caseDeletionPreview(db, earlier.id);
    expect(preview?.caseIds.sort()).toEqual([earlier.id, later.caseId].sort());
    await deleteCase(db, earlier.id, clock);
    expect(await db.cases.count()).toBe(1);
    expect((await db.events.toArray()).map((r) => r.caseId)).toEqual([other.caseId]);
  });
});
