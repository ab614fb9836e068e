// Cases in Firefox ESR: the sidebar (Firefox's side panel) beside a brand's page, the case page, a case
// changed through the background, and a missed deadline notified through Firefox's alarms and notifications.
import { describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import type { PromiseReading } from "../../src/domain/promises/promise-reading";
import { eventually, type ExtensionGlobal } from "./support/firefox";
import { firefoxSession } from "./support/firefox-session";
import { aCase, seed, sealedRows, writeSeed } from "./case-seed";

const HOUR = 3_600_000;

// A fresh Firefox for each try: a retry must not start from what its failed try stored and told (a
// deadline already notified, watchers of the first try still listening in the helper page).
const session = firefoxSession({ perTest: true });

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? "");

describe("cases in Firefox", () => {
  it("the sidebar beside a brand's page, the case page, a change and a missed deadline's notification", async () => {
    const reading: PromiseReading = { kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact", language: "en", confidence: 0.9, matched: {} };
    const theCase = aCase("Mum's fibre", "Yellow Telecom", ["127.0.0.1"], Date.now() - 60 * HOUR);
    const rows = await sealedRows([
      {
        theCase,
        events: [
          seed("promise", { quote: "We reply within 48 hours.", reading }, Date.now() - 59 * HOUR, { byHand: true }),
          seed("contact-attempt", { channel: "phone", fields: [], target: "3900" }, Date.now() - 50 * HOUR, { byHand: true }),
        ],
      },
    ]);
    // Notifications are watched for from an extension page: Firefox headless may close them almost at once,
    // so its onShown and onClosed events and a quick poll of getAll all note each one's id. Watched from
    // before the case is stored: the seed goes straight into IndexedDB, so the first deadline check to run
    // after it tells, and that may be the one the add-on asked for at install, a second after it (the
    // browser is often ready before then), not the one the change below asks for.
    await session.firefox.inExtension(() => {
      const g = globalThis as ExtensionGlobal & { shownNotices?: Set<string> };
      const seen = new Set<string>();
      g.shownNotices = seen;
      g.browser.notifications.onShown.addListener((id) => seen.add(id));
      g.browser.notifications.onClosed.addListener((id) => seen.add(id));
      setInterval(() => void g.browser.notifications.getAll().then((all) => Object.keys(all).forEach((id) => seen.add(id))), 50);
    });
    await session.firefox.inExtension(writeSeed, [[theCase], rows] as const);

    // The sidebar's page beside the brand's tab shows the case and how long the person has waited.
    const site = await session.firefox.newPage();
    await site.goto(session.server.url("127.0.0.1", "/yellow/contact.html"));
    const tabId = await session.firefox.inExtension(async (url: string) => (await (globalThis as ExtensionGlobal).browser.tabs.query({})).find((t) => t.url === url)?.id ?? null, site.url());
    const panel = await session.firefox.openExtensionPage(`src/sidepanel/index.html?tab=${tabId}`);
    expect(await eventually(() => text(panel, ".case-glance"), (t) => t.includes("Waiting"))).toMatch(/Mum's fibre.*Waiting 50h — 48h promised/);

    // The case changes through the background, recorded as events; the case page follows.
    const reply = await session.firefox.inExtension(
      (caseId: string) => (globalThis as ExtensionGlobal).browser.runtime.sendMessage({ type: "case.change", caseId, edit: { status: "escalated", tags: ["fibre"] } }),
      theCase.id,
    );
    expect(reply).toMatchObject({ ok: true, status: "escalated" });
    const page = await session.firefox.openDashboard(`#case=${theCase.id}`);
    expect(await eventually(() => text(page, ".promise-table"), (t) => t.includes("Broken: 50h, still nothing"))).toContain("We reply within 48 hours.");
    expect(await eventually(() => text(page, "ol[aria-label='Timeline of the case']"), (t) => t.includes("Status changed"))).toContain("Status changed from open to escalated");

    // The missed deadline is notified by the first check after it was stored (Firefox's own notification options).
    const shown = () => session.firefox.inExtension(() => [...((globalThis as { shownNotices?: Set<string> }).shownNotices ?? [])]);
    expect(await eventually(shown, (ids) => ids.length > 0)).toEqual([expect.stringContaining(theCase.id)]);
    // Told once: another change asks for another check, which finds nothing new.
    await session.firefox.inExtension((caseId: string) => (globalThis as ExtensionGlobal).browser.runtime.sendMessage({ type: "case.note", caseId, text: "Still nothing." }), theCase.id);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await shown()).toHaveLength(1);
    await page.close();
    await panel.close();
  });
});
