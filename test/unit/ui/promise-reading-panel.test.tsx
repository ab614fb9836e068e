// @vitest-environment happy-dom
// "How Receipts reads it" panels: on a case page they take the page's one read of the case (its trail),
// not a read of all the case's events each; alone (the popup) a panel reads its own promise and case.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EvidenceEvent, EventOfKind } from "../../../src/domain/evidence";

const reads = vi.hoisted(() => ({ caseEvents: 0, getEvent: 0, events: [] as unknown[] }));

vi.mock("webextension-polyfill", () => ({
  default: {
    i18n: { getMessage: (key: string, subs?: string | string[]) => [key, ...(subs === undefined ? [] : [subs].flat())].join(" "), getUILanguage: () => "en-GB" },
    runtime: { sendMessage: () => Promise.resolve({ ok: true }) },
  },
}));
vi.mock("../../../src/storage/database", () => ({
  database: () => ({
    events: {
      get: (id: string) => {
        reads.getEvent += 1;
        const event = (reads.events as EvidenceEvent[]).find((e) => e.id === id);
        return Promise.resolve(event ? { event } : undefined);
      },
    },
  }),
}));
vi.mock("../../../src/storage/evidence-store", () => ({
  caseEvents: (_db: unknown, caseId: string) => {
    reads.caseEvents += 1;
    return Promise.resolve((reads.events as EvidenceEvent[]).filter((e) => e.caseId === caseId));
  },
}));

// The query runs once, as dexie's liveQuery first does (there is no IndexedDB here to follow).
vi.mock("../../../src/ui/use-live-query", async () => {
  const { useEffect, useState } = await import("preact/hooks");
  return {
    useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]) {
      const [value, setValue] = useState<T | undefined>(undefined);
      useEffect(() => void query().then(setValue), deps);
      return { value, error: undefined };
    },
  };
});

const { CaseEventsRead, PromiseReadingPanel, promiseReadingsOf } = await import("../../../src/ui/promise-reading-panel");

const base = {
  v: 1 as const,
  caseId: "case_00000001",
  recorded: { at: 0, timeZone: "UTC" },
  occurred: { at: 0, timeZone: "UTC" },
  collection: { method: "automatic" as const, extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "156" },
  hash: null,
  previousHash: null,
};
const promise = (id: string, quote: string, amount: number, caseId = base.caseId): EventOfKind<"promise"> => ({
  ...base,
  caseId,
  id,
  kind: "promise",
  payload: { quote, reading: { kind: "reply-time", deadline: { type: "duration", amount, unit: "hours" }, clockStart: "each-contact", language: "en", confidence: 0.8, matched: {} } },
});
const correction = (id: string, promiseId: string, amount: number, caseId = base.caseId): EvidenceEvent => ({
  ...base,
  caseId,
  id,
  kind: "promise-reading",
  payload: { promiseId, reading: { kind: "callback", deadline: { type: "duration", amount, unit: "hours" }, clockStart: "statement" } },
});

const first = promise("evt_promise1", "We reply within 48 hours.", 48);
const second = promise("evt_promise2", "We call back within 2 hours.", 2);
const words = (root: HTMLElement, promiseId: string) => root.querySelector(`section[aria-labelledby^="promise-reading-${promiseId} "] .promise-words`)?.textContent ?? null;

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement("div");
  document.body.append(root);
  reads.caseEvents = 0;
  reads.getEvent = 0;
  reads.events = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe("on a case page", () => {
  it("every panel reads from the page's events: no read of its own, and a new correction shows", () => {
    const page = (events: EvidenceEvent[]) => (
      <CaseEventsRead events={events}>
        <PromiseReadingPanel promiseId={first.id} />
        <PromiseReadingPanel promiseId={second.id} />
      </CaseEventsRead>
    );
    const events = [first, second, correction("evt_fix00001", second.id, 3)];
    act(() => render(page(events), root));
    expect(words(root, first.id)).toBe("promiseReadingSentence promiseKind_reply_time promiseWithin_hours_other 48 promiseClock_each_contact");
    expect(words(root, second.id)).toBe("promiseReadingSentence promiseKind_callback promiseWithin_hours_other 3 promiseClock_statement promiseCorrectedNote");
    // The quote names each region (two panels on one page must not share a name).
    expect(root.querySelector(`#promise-reading-${first.id}-quote`)?.textContent).toBe("We reply within 48 hours.");

    act(() => render(page([...events, correction("evt_fix00002", first.id, 24)]), root));
    expect(words(root, first.id)).toBe("promiseReadingSentence promiseKind_callback promiseWithin_hours_other 24 promiseClock_statement promiseCorrectedNote");
    expect(reads).toMatchObject({ caseEvents: 0, getEvent: 0 });
  });
});

describe("alone (the popup)", () => {
  it("reads its promise and its case's events itself", async () => {
    reads.events = [first, correction("evt_fix00001", first.id, 6)];
    act(() => render(<PromiseReadingPanel promiseId={first.id} />, root));
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(words(root, first.id)).toBe("promiseReadingSentence promiseKind_callback promiseWithin_hours_other 6 promiseClock_statement promiseCorrectedNote");
    expect(reads).toMatchObject({ caseEvents: 1, getEvent: 1 });
  });
});

describe("promiseReadingsOf", () => {
  it("reads each promise as currentReading does over its own case: the latest correction in that case, else Receipts' reading", () => {
    const elsewhere = promise("evt_promise3", "Réponse sous 24 heures.", 24, "case_00000002");
    const events = [first, second, elsewhere, correction("evt_fix00001", first.id, 2), correction("evt_fix00002", first.id, 5), correction("evt_fix00003", elsewhere.id, 9, base.caseId)];
    const read = promiseReadingsOf(events);
    expect(read(first.id)).toEqual({ reading: { kind: "callback", deadline: { type: "duration", amount: 5, unit: "hours" }, clockStart: "statement" }, corrected: true, quote: first.payload.quote });
    expect(read(second.id)).toEqual({ reading: second.payload.reading, corrected: false, quote: second.payload.quote });
    // A promise-reading outside the promise's own case is not its correction (the background never stores one there).
    expect(read(elsewhere.id)).toEqual({ reading: elsewhere.payload.reading, corrected: false, quote: elsewhere.payload.quote });
    expect(read("evt_unknown1")).toBeUndefined();
  });
});
