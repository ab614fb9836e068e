// Recording a promise in Firefox ESR, which has no pageCapture: the page snapshot is the HTML copy made in
// the page, with nothing in it that can run. The quote, reading, screenshot and snapshot are read back
// from the extension's storage.
// What is simulated: the person's gestures. The toolbar click's activeTab grant is made through Firefox's
// own extension internals (the popup itself is opened as a page, as in session.firefox.e2e.ts); the keyboard
// shortcut is the extension's own <key> element in the browser window, fired with doCommand(), which runs
// Firefox's real command path (activeTab grant, commands.onCommand) without the keystroke.
import { describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { eventually } from "./support/firefox";
import { firefoxSession, storedEvents } from "./support/firefox-session";
import type { EvidenceEvent } from "../../src/domain/evidence";

const session = firefoxSession();

/** The artifact's bytes read back and re-hashed in the extension; text too when it is text. */
async function storedArtifact(sha256: string): Promise<{ sha256: string; size: number; type: string; headHex: string; text: string } | null> {
  return session.firefox.inExtension(
    (key: string) =>
      new Promise<{ sha256: string; size: number; type: string; headHex: string; text: string } | null>((resolve, reject) => {
        const open = indexedDB.open("receipts");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("artifacts").objectStore("artifacts").get(key);
          request.onerror = () => reject(request.error);
          request.onsuccess = async () => {
            open.result.close();
            const row = request.result as { bytes: Blob; mediaType: string } | undefined;
            if (!row) return resolve(null);
            const bytes = new Uint8Array(await row.bytes.arrayBuffer());
            const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
            const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
            resolve({ sha256: hex(digest), size: bytes.length, type: row.mediaType, headHex: hex(bytes.slice(0, 8)), text: row.mediaType.startsWith("text/") ? new TextDecoder().decode(bytes) : "" });
          };
        };
      }),
    sha256,
  );
}

/** Evaluates in Firefox's browser window (chrome scope), which --remote-allow-system-access opens to BiDi. */
async function inBrowserWindow(expression: string): Promise<string> {
  const connection = (session.firefox.browser as unknown as { connection: { send(method: string, params: unknown): Promise<{ result: unknown }> } }).connection;
  const tree = (await connection.send("browsingContext.getTree", { "moz:scope": "chrome" })).result as { contexts: { context: string; url: string }[] };
  const window = tree.contexts.find((c) => c.url === "chrome://browser/content/browser.xhtml");
  if (!window) throw new Error("no browser window");
  const evaluated = (await connection.send("script.evaluate", { expression, target: { context: window.context }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text: string };
  };
  if (evaluated.type !== "success") throw new Error(`in the browser window: ${evaluated.exceptionDetails?.text ?? "failed"}`);
  return evaluated.result?.value ?? "";
}

const EXTENSION = `ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs").ExtensionParent.GlobalManager.getExtension("receipts@receipts-extension.org")`;

/** What a click on the toolbar button grants: activeTab for the tab in front. */
async function grantActiveTab(page: Page): Promise<void> {
  await page.bringToFront();
  const granted = await inBrowserWindow(`(() => { const e = ${EXTENSION}; e.tabManager.addActiveTabPermission(gBrowser.selectedTab); return String(e.tabManager.hasActiveTabPermission(gBrowser.selectedTab)); })()`);
  expect(granted).toBe("true");
}

/** The keyboard shortcut, through the extension's own key element in the browser window. */
async function pressShortcut(page: Page): Promise<void> {
  await page.bringToFront();
  const keys = await inBrowserWindow(`(() => { const key = document.querySelector("keyset[id^='ext-keyset-id-receipts'] key"); key.doCommand(); return key.getAttribute("modifiers") + "+" + key.getAttribute("key"); })()`);
  expect(keys).toBe("alt,shift+K");
}

async function selectText(page: Page, selector: string): Promise<string> {
  return page.evaluate((from: string) => {
    const element = document.querySelector(from)!;
    const range = document.createRange();
    range.selectNodeContents(element);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    return document.getSelection()!.toString();
  }, selector);
}

async function promises(count: number) {
  const events = await eventually(() => storedEvents(session.firefox), (list) => list.filter((e) => e.kind === "promise").length === count);
  return events.filter((e): e is Extract<EvidenceEvent, { kind: "promise" }> => e.kind === "promise");
}

/** The screenshot (PNG) and the HTML snapshot a promise refers to, re-hashed from storage. */
async function checkArtifacts(promise: Extract<EvidenceEvent, { kind: "promise" }>): Promise<string> {
  expect(promise.payload.snapshotMissing).toBeUndefined();
  expect(promise.payload.screenshotMissing).toBeUndefined();
  const copyRef = promise.payload.artifacts?.find((a) => a.kind === "snapshot");
  expect(copyRef?.mediaType).toBe("text/html");
  const copy = await storedArtifact(copyRef!.sha256);
  expect(copy).toMatchObject({ sha256: copyRef!.sha256, size: copyRef!.size, type: "text/html" });
  const shotRef = promise.payload.artifacts?.find((a) => a.kind === "screenshot");
  expect(await storedArtifact(shotRef!.sha256)).toMatchObject({ sha256: shotRef!.sha256, size: shotRef!.size, type: "image/png", headHex: "89504e470d0a1a0a" });
  return copy!.text;
}

describe("recording a promise in Firefox", () => {
  it("by the popup: the quote, its reading, a screenshot and a script-free HTML snapshot", async () => {
    const page = await session.firefox.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/promise-en.html"));
    expect(await selectText(page, "#promise")).toBe("We reply within 48 hours.");
    await grantActiveTab(page);

    const popup = await session.firefox.openPopup(page);
    await eventually(() => popup.evaluate(() => document.body.textContent ?? ""), (text) => text.includes("Selected: “We reply within 48 hours.”"));
    await popup.locator("::-p-aria([name='Record a promise'][role='button'])").click();
    const status = await eventually(
      () => popup.evaluate(() => document.querySelector(".promise-outcome")?.textContent ?? ""),
      (text) => text !== "",
    );
    expect(status).toContain("Promise recorded. No case was open for 127.0.0.1");
    const reading = await eventually(
      () => popup.evaluate(() => document.querySelector(".promise-reading")?.textContent ?? ""),
      (text) => text.includes("Reply within"),
    );
    expect(reading).toContain("Reply within 48 hours, counted from each contact");

    const [promise] = await promises(1);
    expect(promise!.payload.quote).toBe("We reply within 48 hours.");
    expect(promise!.payload.reading).toMatchObject({ kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact", language: "en" });
    expect(promise!.collection).toMatchObject({ browser: "Firefox" });
    const html = await checkArtifacts(promise!);
    expect(html).toContain("We reply within 48 hours.");
    expect(html).toContain("Content-Security-Policy");
    // The fixture's own inline script is not in the copy.
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("dataset.scripts");
    await popup.close();
    await page.close();
  });

  it("by the keyboard shortcut, in French, into the site's open case", async () => {
    const page = await session.firefox.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/promise-fr.html"));
    expect(await selectText(page, "#promise")).toBe("Nous répondons sous 48 heures.");
    await pressShortcut(page);
    const [first, second] = await promises(2);
    expect(second!.payload.quote).toBe("Nous répondons sous 48 heures.");
    expect(second!.payload.reading).toMatchObject({ kind: "reply-time", language: "fr", deadline: { type: "duration", amount: 48, unit: "hours" } });
    expect(second!.caseId).toBe(first!.caseId);
    expect(await checkArtifacts(second!)).toContain("Nous répondons sous 48 heures.");
    await page.close();
  });
});
