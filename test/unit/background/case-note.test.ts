// A note from the popup through the background's entry point: the form's key makes a double click or a
// retry store the note once; another key, another note.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Runtime } from "webextension-polyfill";

vi.mock("webextension-polyfill", () => ({
  default: {
    runtime: {
      id: "receipts-test-id",
      getURL: (path: string) => `chrome-extension://receipts-test-id/${path.replace(/^\//, "")}`,
      getManifest: () => ({ version: "0.1.0" }),
    },
    storage: { session: { get: async () => ({}), set: async () => undefined } },
    action: { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    alarms: { get: async () => undefined, create: async () => undefined, clear: async () => true },
    notifications: { create: async () => undefined },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => "en" },
    tabs: { query: async () => [] },
  },
}));
vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36" });

const { route } = await import("../../../src/background/router");
const { database } = await import("../../../src/storage/database");
const { caseEvents } = await import("../../../src/storage/evidence-store");

const popup: Runtime.MessageSender = { id: "receipts-test-id", url: "chrome-extension://receipts-test-id/src/popup/index.html" };

async function newCase(): Promise<string> {
  const created = await route({ type: "case.create", title: "Sienna: the router", brand: { name: "Sienna Mobile", domains: ["sienna.test"] }, tags: [] }, popup);
  if (!created.ok) throw new Error(JSON.stringify(created));
  return String(created.caseId);
}

const notes = async (caseId: string) => (await caseEvents(database(), caseId)).filter((e) => e.kind === "note");

beforeEach(async () => {
  const db = database();
  if (!db.isOpen()) await db.open();
  await Promise.all([db.cases.clear(), db.events.clear(), db.settings.clear()]);
});

describe("a note from the popup", () => {
  it("sent twice with the same key (a double click, a retry) is stored once, and both replies name that note", async () => {
    const caseId = await newCase();
    const noteKey = crypto.randomUUID();
    const note = { type: "case.note", caseId, text: "Called the hotline, 40 minutes on hold.", noteKey } as const;
    const [first, second] = await Promise.all([route(note, popup), route(note, popup)]);
    const again = await route(note, popup);
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
    expect(again).toEqual(first);
    expect((await notes(caseId)).map((e) => e.kind === "note" && e.payload.text)).toEqual(["Called the hotline, 40 minutes on hold."]);
  });

  it("another key is another note, even with the same words", async () => {
    const caseId = await newCase();
    const text = "Called again.";
    await route({ type: "case.note", caseId, text, noteKey: crypto.randomUUID() }, popup);
    await route({ type: "case.note", caseId, text, noteKey: crypto.randomUUID() }, popup);
    expect(await notes(caseId)).toHaveLength(2);
  });

  it("a key that is not a UUID is refused, nothing stored", async () => {
    const caseId = await newCase();
    expect(await route({ type: "case.note", caseId, text: "x", noteKey: "not-a-uuid" }, popup)).toMatchObject({ ok: false });
    expect(await notes(caseId)).toEqual([]);
  });
});
