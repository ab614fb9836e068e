// A note from the popup through the background's entry point: the form's key makes a double click or a
// retry store the note once; another key, another note.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("webextension-polyfill", async () => (await import("./router-fixture")).browserModule);
const { extensionPageSender, resetBrowser } = await import("./router-fixture");

const { route } = await import("../../../src/background/router");
const { database } = await import("../../../src/storage/database");
const { caseEvents } = await import("../../../src/storage/evidence-store");

const popup = extensionPageSender("src/popup/index.html");

async function newCase(): Promise<string> {
  const created = await route({ type: "case.create", title: "Sienna: the router", brand: { name: "Sienna Mobile", domains: ["sienna.test"] }, tags: [] }, popup);
  if (!created.ok) throw new Error(JSON.stringify(created));
  return String(created.caseId);
}

const notes = async (caseId: string) => (await caseEvents(database(), caseId)).filter((e) => e.kind === "note");

beforeEach(async () => {
  resetBrowser();
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
