// Campaigns and case deletion through the background's entry point: only Receipts' own pages may ask,
// a refusal names its problem, and a deletion removes exactly what the person confirmed.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", async () => (await import("./router-fixture")).browserModule);
const { browserCalls, contentScriptSender, extensionPageSender, resetBrowser, session } = await import("./router-fixture");
const notified = browserCalls.notifications;

const { route } = await import("../../../src/background/router");
const { database } = await import("../../../src/storage/database");
const { findCampaign } = await import("../../../src/storage/campaign-store");
const { caseEvents, findCase, openCaseForHost, storeByHand } = await import("../../../src/storage/evidence-store");
const { checkFollowUps, notifyFollowUps } = await import("../../../src/background/campaign-follow-ups");
const { protocolFields } = await import("../domain/campaigns/campaign-fixtures");

const extensionPage = extensionPageSender();
const contentScript = contentScriptSender("https://sienna.test/contact");
const SIENNA = { name: "Sienna Mobile", domains: ["sienna.test"] };
const UMBER = { name: "Umber Fibre", domains: ["umber.test"] };
const DAY = 86_400_000;

async function startedCampaign(name = "Telcos", brands = [SIENNA, UMBER]) {
  const created = await route({ type: "campaign.create", name, protocol: protocolFields(), brands }, extensionPage);
  if (!created.ok) throw new Error(JSON.stringify(created));
  const campaignId = String(created.campaignId);
  const started = await route({ type: "campaign.start", campaignId }, extensionPage);
  if (!started.ok) throw new Error(JSON.stringify(started));
  return { campaignId, caseIds: started.caseIds as string[] };
}

beforeEach(async () => {
  resetBrowser();
  const db = database();
  if (!db.isOpen()) await db.open();
  await Promise.all([db.cases.clear(), db.events.clear(), db.campaigns.clear(), db.settings.clear()]);
});

describe("campaign requests", () => {
  it("prepare, start, add a brand later, change the protocol (with why), end", async () => {
    const { campaignId, caseIds } = await startedCampaign();
    expect(caseIds).toHaveLength(2);
    for (const id of caseIds) expect(await findCase(database(), id)).toBeDefined();
    const joined = await route({ type: "campaign.add-brand", campaignId, brand: { name: "Teal", domains: ["teal.test"] } }, extensionPage);
    expect(joined).toMatchObject({ ok: true, caseId: expect.any(String) });
    expect(await route({ type: "campaign.edit-protocol", campaignId, protocol: protocolFields({ question: "Other?" }) }, extensionPage)).toEqual({
      ok: false,
      error: { code: "invalid-message", message: "why-needed" },
    });
    expect(await route({ type: "campaign.edit-protocol", campaignId, protocol: protocolFields({ question: "Other?" }), why: "Clearer." }, extensionPage)).toMatchObject({ ok: true, version: 2 });
    expect(await route({ type: "campaign.end", campaignId }, extensionPage)).toMatchObject({ ok: true });
    expect(await route({ type: "campaign.add-brand", campaignId, brand: { name: "Ochre", domains: ["ochre.test"] } }, extensionPage)).toMatchObject({ ok: false, error: { message: "ended" } });
    expect(await route({ type: "campaign.start", campaignId: "campaign-none" }, extensionPage)).toMatchObject({ ok: false, error: { code: "not-found" } });
    const campaign = await findCampaign(database(), campaignId);
    expect(campaign?.brands.map((b) => [b.brand.name, b.addedAfterStart, b.protocolVersion])).toEqual([
      ["Sienna Mobile", false, 1],
      ["Umber Fibre", false, 1],
      ["Teal", true, 1],
    ]);
  });

  it("refuses every campaign and deletion request from a content script: nothing changes", async () => {
    const { campaignId, caseIds } = await startedCampaign();
    const before = await findCampaign(database(), campaignId);
    const events = await caseEvents(database(), caseIds[0]!);
    const asked = [
      { type: "case.delete", caseId: caseIds[0], events: events.length },
      { type: "case.activate", caseId: caseIds[0] },
      { type: "campaign.create", name: "Forged", protocol: protocolFields(), brands: [SIENNA] },
      { type: "campaign.start", campaignId },
      { type: "campaign.end", campaignId },
      { type: "campaign.add-brand", campaignId, brand: UMBER },
      { type: "campaign.edit-protocol", campaignId, protocol: protocolFields({ question: "Forged?" }), why: "x" },
      { type: "campaign.remove-brand", campaignId, caseId: caseIds[0] },
    ];
    for (const message of asked) expect(await route(message, contentScript)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await findCampaign(database(), campaignId)).toEqual(before);
    expect(await caseEvents(database(), caseIds[0]!)).toEqual(events);
    expect(await database().campaigns.count()).toBe(1);
  });

  it("two campaigns sharing a brand: the person's choice decides where that brand's captures go", async () => {
    const first = await startedCampaign("First", [SIENNA]);
    const second = await startedCampaign("Second", [SIENNA]);
    expect((await openCaseForHost(database(), "sienna.test"))?.id).toBe(second.caseIds[0]);
    expect(await route({ type: "case.activate", caseId: first.caseIds[0] }, extensionPage)).toMatchObject({ ok: true });
    expect((await openCaseForHost(database(), "sienna.test"))?.id).toBe(first.caseIds[0]);
  });
});

describe("case deletion", () => {
  it("deletes what the person confirmed, refuses if the case changed since, and the campaign marks the brand", async () => {
    const { campaignId, caseIds } = await startedCampaign();
    const sienna = caseIds[0]!;
    const seen = (await caseEvents(database(), sienna)).length;
    session.set("linkPrompts", [{ eventId: "evt_000000001", caseId: sienna, channel: "email", target: "x", at: 1 }]);
    // Something arrives after the person read the confirmation: nothing is deleted.
    await storeByHand(database(), { caseId: sienna, evidence: { kind: "note", payload: { text: "late" } }, collection: { method: "by-hand", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "1" } }, { now: () => ({ at: Date.now(), timeZone: "UTC" }), newId: () => "evt_late000001" });
    expect(await route({ type: "case.delete", caseId: sienna, events: seen }, extensionPage)).toMatchObject({ ok: false, error: { message: "changed-since-confirmed" } });
    expect(await findCase(database(), sienna)).toBeDefined();

    expect(await route({ type: "case.delete", caseId: sienna, events: seen + 1 }, extensionPage)).toMatchObject({ ok: true, events: seen + 1 });
    expect(await findCase(database(), sienna)).toBeUndefined();
    expect(await caseEvents(database(), sienna)).toEqual([]);
    expect(session.get("linkPrompts")).toEqual([]);
    expect((await findCampaign(database(), campaignId))?.brands[0]?.caseDeleted).toBeDefined();
    expect(await route({ type: "case.delete", caseId: sienna, events: 0 }, extensionPage)).toMatchObject({ ok: false, error: { code: "not-found" } });
  });
});

describe("follow-up reminders", () => {
  it("tells a due follow-up once, and says when the next one falls due", async () => {
    const { caseIds } = await startedCampaign();
    const collection = { method: "by-hand" as const, extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "1" };
    const clock = (id: string) => ({ now: () => ({ at: Date.now(), timeZone: "Europe/Paris" }), newId: () => id });
    // The messages go after the start; the check is read three and a half days later.
    const start = Date.now();
    const later = start + 3.5 * DAY;
    const email = { kind: "contact-attempt" as const, payload: { channel: "email" as const, fields: [] } };
    await storeByHand(database(), { caseId: caseIds[0]!, evidence: email, occurred: { at: start + 60_000, timeZone: "Europe/Paris" }, collection }, clock("evt_sienna0001"));
    await storeByHand(database(), { caseId: caseIds[1]!, evidence: email, occurred: { at: start + 2.5 * DAY, timeZone: "Europe/Paris" }, collection }, clock("evt_umber00001"));

    const first = await checkFollowUps(later);
    expect(first.due.map((d) => [d.brand.brand.name, d.messageId, d.waitedMs])).toEqual([["Sienna Mobile", "evt_sienna0001", 3.5 * DAY - 60_000]]);
    // Umber's falls due three days after its message.
    expect(first.nextDue).toBe(start + 5.5 * DAY);
    await notifyFollowUps(first.due);
    expect(notified).toEqual([expect.stringMatching(/^receipts\.follow-up\|.+\|evt_sienna0001$/)]);
    expect((await checkFollowUps(later)).due).toEqual([]);
    expect((await checkFollowUps(later + DAY)).due).toEqual([]);
    // Umber's turn comes: told once too.
    expect((await checkFollowUps(start + 5.5 * DAY)).due.map((d) => d.messageId)).toEqual(["evt_umber00001"]);
  });
});
