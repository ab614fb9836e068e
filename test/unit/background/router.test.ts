// The background's single entry point: who may ask what, and a failed write is told, not swallowed.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", async () => (await import("./router-fixture")).browserModule);
const { browserCalls: calls, contentScriptSender, extensionPageSender, resetBrowser, session } = await import("./router-fixture");

const { route } = await import("../../../src/background/router");
const { database } = await import("../../../src/storage/database");
const { watchSite, caseEvents, listCases } = await import("../../../src/storage/evidence-store");


const extensionPage = extensionPageSender();
const contentScript = contentScriptSender("https://www.yellow.example/contact");

function capture(key: string) {
  return {
    type: "capture.record",
    captureKey: key,
    title: "Contact — Yellow",
    evidence: { kind: "contact-attempt", payload: { channel: "web-form", fields: [{ label: "Message", name: "m", type: "textarea", value: "Hello", length: 5 }] } },
  };
}

beforeEach(async () => {
  resetBrowser();
  const db = database();
  if (!db.isOpen()) await db.open();
  await watchSite(db, "www.yellow.example", Date.now());
});

describe("route", () => {
  it("stores a capture from a content script on a watched site, once per capture key", async () => {
    const key = "6f9d1a52-2b0e-4c8e-9d43-2f1c0e5a7b11";
    const first = await route(capture(key), contentScript);
    const retry = await route(capture(key), contentScript);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    const eventId = first.ok ? String(first.eventId) : "";
    expect(retry).toMatchObject({ ok: true, duplicate: true, eventId });
    const [theCase] = await listCases(database());
    const events = await caseEvents(database(), theCase?.id ?? "");
    expect(events.filter((e) => e.id === eventId)).toHaveLength(1);
    expect(events.at(-1)?.source).toMatchObject({ url: contentScript.url, frameOrigin: "https://www.yellow.example", tabId: 7 });
  });

  it("refuses privileged requests from a content script and any message from another extension", async () => {
    expect(await route({ type: "settings.update", collector: "mallory" }, contentScript)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await route({ type: "site.unwatch", host: "www.yellow.example" }, contentScript)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await route(capture("0b4cbd0e-94f7-4a32-8a51-7a3e1a5d7c20"), { ...contentScript, id: "another-extension" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await route({ type: "capture.record" }, contentScript)).toMatchObject({ ok: false, error: { code: "invalid-message" } });
    // Extension pages do not send captures either.
    expect(await route(capture("2d1f7f0c-6c35-4a8e-b1a3-0d0f5a8e2c31"), extensionPage)).toMatchObject({ ok: false, error: { code: "invalid-message" } });
  });

  it("refuses import and backup requests from a content script, and nothing staged is taken", async () => {
    const { stageImport, takeStagedImport } = await import("../../../src/storage/import-store");
    const stagingKey = "5e0c7a3b-1d2f-4a6b-9c8d-7e6f5a4b3c2d";
    await stageImport(database(), stagingKey, { file: new Blob(["{}"]), fileName: "x.json", at: Date.now() });
    const record = { at: 1, sha256: "a".repeat(64), size: 1, cases: 0, events: 0, lastSeq: 0, fileName: "b.zip", automatic: false };
    for (const message of [{ type: "backup.import", stagingKey }, { type: "backup.record", backup: record }, { type: "backup.automatic", enabled: true }]) {
      expect(await route(message, contentScript), message.type).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await takeStagedImport(database(), stagingKey)).toMatchObject({ fileName: "x.json" });
  });

  it("imports a file its own page staged, once: the staged copy is gone afterwards", async () => {
    const { stageImport } = await import("../../../src/storage/import-store");
    const { makeBundle } = await import("../../fixtures/dossier/make-bundle");
    const made = await makeBundle();
    const stagingKey = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    await stageImport(database(), stagingKey, { file: new Blob([made.zip as Uint8Array<ArrayBuffer>]), fileName: "bundle.zip", at: Date.now() });
    const reply = await route({ type: "backup.import", stagingKey }, extensionPage);
    expect(reply).toMatchObject({ ok: true, outcome: { status: "imported", origin: "bundle", cases: [{ action: "new", added: made.sample.events.length }] } });
    expect(await route({ type: "backup.import", stagingKey }, extensionPage)).toMatchObject({ ok: false, error: { code: "not-found" } });
  });

  it("marks the deadlines an imported case had already missed as told: a restore does not announce old news", async () => {
    const { stageImport } = await import("../../../src/storage/import-store");
    const { makeBundle } = await import("../../fixtures/dossier/make-bundle");
    const { sampleCase } = await import("../../fixtures/dossier/sample-case");
    const { sealChain } = await import("../../../src/domain/integrity/event-hash");
    const base = await sampleCase({ screenshots: 0 });
    const theCase = { ...base.theCase, id: "case-deadline-001" };
    // Up to the promise "within 48 hours", in March 2025: nothing came after it.
    const events = await sealChain(base.events.slice(0, 6).map((e) => ({ ...e, id: `dl-${e.id}`, caseId: theCase.id, ...(e.kind === "contact-outcome" ? { payload: { ...e.payload, attemptId: "dl-evt-000000" } } : {}) }) as typeof e));
    const made = await makeBundle({ sample: { theCase, events, artifacts: [] } });
    const stagingKey = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
    await stageImport(database(), stagingKey, { file: new Blob([made.zip as Uint8Array<ArrayBuffer>]), fileName: "old.zip", at: Date.now() });
    expect(await route({ type: "backup.import", stagingKey }, extensionPage)).toMatchObject({ ok: true, outcome: { cases: [{ action: "new", added: 6 }] } });
    const reminded = (await database().settings.where("key").startsWith("reminded|").toArray()).map((r) => r.key);
    expect(reminded).toEqual([`reminded|${events[5]?.id}|${events[0]?.id}|1741162500000`]);
  });

  it("accepts privileged requests from its own pages", async () => {
    expect(await route({ type: "settings.update", collector: "Camille, journalist" }, extensionPage)).toEqual({ ok: true });
  });

  it("refuses captures from a site that is not watched", async () => {
    const elsewhere = contentScriptSender("https://shop.example/contact", 8);
    expect(await route(capture("9a7f3c2e-1d4b-4e6a-8b5c-3f2e1d0c9b8a"), elsewhere)).toMatchObject({ ok: false, error: { code: "not-watched" } });
  });

  it("reports a failed write to the person (badge, notification, popup banner) and tells the sender to retry", async () => {
    database().close();
    const closed = await route(capture("4c3b2a19-0f8e-4d7c-a6b5-9e8d7c6b5a43"), contentScript);
    expect(closed).toMatchObject({ ok: false, error: { code: "storage-failed" } });
    expect(session.get("storageError")).toMatchObject({ message: expect.stringContaining("DatabaseClosedError") });
    calls.badge.length = 0;
    calls.notifications.length = 0;
    await database().open();
    const db = database();
    const spy = vi.spyOn(db.events, "add").mockRejectedValueOnce(Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" }));
    const failed = await route(capture("5d4c3b2a-1f0e-4d9c-b8a7-6f5e4d3c2b1a"), contentScript);
    spy.mockRestore();
    expect(failed).toMatchObject({ ok: false, error: { code: "storage-failed", message: expect.stringContaining("quota") } });
    expect(calls.badge).toContain("!");
    expect(calls.notifications).toContain("storage-error");
    expect(session.get("storageError")).toMatchObject({ message: expect.stringContaining("QuotaExceededError") });
    // The retry, once space is back, stores it.
    expect(await route(capture("5d4c3b2a-1f0e-4d9c-b8a7-6f5e4d3c2b1a"), contentScript)).toMatchObject({ ok: true, duplicate: false });
  });
});
