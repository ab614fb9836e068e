// Reading the person's selection right after their shortcut or menu click: the grant that gesture gives
// can reach the page a moment after the event (Chromium under load), so a refusal then is tried again for
// a little while; without a gesture, a refusal is an answer at once.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PageSelection } from "../../../src/content/promise-selection";
import type { RecordRequest } from "../../../src/background/promise-recording";

const REFUSED = new Error("Cannot access contents of the page. Extension manifest must request permission to access the respective host.");
const executeScript = vi.fn();
vi.mock("webextension-polyfill", () => ({
  default: {
    scripting: { executeScript: (...args: unknown[]) => executeScript(...args) },
    notifications: { create: async () => "" },
    runtime: { getURL: (path: string) => `chrome-extension://receipts/${path}` },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => "en" },
  },
}));
const recorded: RecordRequest[] = [];
vi.mock("../../../src/background/promise-recording", () => ({
  recordPromise: async (request: RecordRequest) => {
    recorded.push(request);
    return { status: "nothing-selected" };
  },
}));
const { GRANT_SETTLE_MS, readSelection } = await import("../../../src/background/promise-selection");
const { COMMAND, MENU_ID, onMenuClicked, onShortcut } = await import("../../../src/background/promise-actions");

const SELECTION: PageSelection = { text: "We reply within 48 hours.", context: "Contact us. We reply within 48 hours.", framesLeftOut: 0, language: "en", url: "http://127.0.0.2/promise-en.html", title: "Contact us" };
const deps = { clock: { now: () => ({ at: 0, timeZone: "Europe/Paris" }), newId: () => "id" }, collection: async () => ({ method: "by-hand" as const, extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "test" }) };

/** The page refuses the first `refusals` scripts, then answers with the selection. */
function pageRefusing(refusals: number): void {
  let calls = 0;
  executeScript.mockImplementation(async () => {
    if (++calls <= refusals) throw REFUSED;
    return [{ frameId: 0, result: SELECTION }];
  });
}

/** Waits that only count, so the tests do not sleep. */
function countedSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

beforeEach(() => {
  executeScript.mockReset();
  recorded.length = 0;
});

describe("readSelection", () => {
  it("without a settling time, a refusal is the answer at once (no gesture: the popup, the dashboard)", async () => {
    pageRefusing(1);
    const { waits, sleep } = countedSleep();
    expect(await readSelection(7, undefined, { sleep })).toEqual({ ok: false });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([]);
  });

  it("tries again while the grant settles, and reads the selection once the page lets it", async () => {
    pageRefusing(3);
    const { waits, sleep } = countedSleep();
    expect(await readSelection(7, undefined, { settleMs: GRANT_SETTLE_MS, sleep })).toEqual({ ok: true, selection: SELECTION });
    expect(executeScript).toHaveBeenCalledTimes(4);
    expect(executeScript).toHaveBeenLastCalledWith(expect.objectContaining({ target: { tabId: 7, allFrames: true } }));
    expect(waits).toEqual([50, 100, 200]);
  });

  it("gives up when the page still refuses after the settling time: no access, having waited no longer", async () => {
    pageRefusing(Infinity);
    const { waits, sleep } = countedSleep();
    expect(await readSelection(7, 0, { settleMs: GRANT_SETTLE_MS, sleep })).toEqual({ ok: false });
    expect(waits.reduce((a, b) => a + b, 0)).toBe(GRANT_SETTLE_MS);
    expect(Math.max(...waits)).toBeLessThanOrEqual(400);
    expect(executeScript).toHaveBeenCalledTimes(waits.length + 1);
  });
});

describe("the gestures read the selection as the grant settles", () => {
  it("the shortcut records the words selected even when the page first refuses the script", async () => {
    pageRefusing(2);
    await onShortcut(COMMAND, { id: 7 }, deps);
    expect(recorded).toEqual([expect.objectContaining({ tabId: 7, selection: SELECTION })]);
  });

  it("the menu keeps the page's own selection (line breaks, context) even when the page first refuses the script", async () => {
    pageRefusing(2);
    await onMenuClicked({ menuItemId: MENU_ID, selectionText: SELECTION.text, frameId: 0 }, { id: 7 }, deps);
    expect(recorded).toEqual([expect.objectContaining({ tabId: 7, selection: SELECTION })]);
  });
});
