// Bad input, in the dashboard and the popup (Chromium): a computer clock set back between captures, a
// promise whose deadline falls across a daylight-saving change, a case with no promise, a response logged
// before the contact it answers, a thousand cases, and names with markup, right-to-left text and emoji.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { PromiseReading } from "../../src/domain/promises/promise-reading";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.mjs";
import type { ExtensionBrowser } from "./support/chromium";
import { launchIn } from "./case-support";
import { aCase, seed, seedCases } from "./case-seed";

const HOUR = 3_600_000;
const HOSTILE = `<img src=x onerror="window.__pwned=1">Yellow <b>Telecom</b>`;
const RTL = "شركة الاتصالات الصفراء 📞";
const EMOJI = "Mum's 🏠 fibre 👍🏽🇫🇷";
let server: FixtureServer;
let browser: ExtensionBrowser;

const form = (text: string) => ({ channel: "web-form" as const, fields: [{ label: "Message", name: "m", type: "textarea", value: text, length: text.length }] });
const source = (host: string) => ({ url: `http://${host}/yellow/contact.html`, title: "Contact", frameOrigin: `http://${host}` });

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchIn({ language: "en" });
  const first = await browser.openDashboard();
  await first.locator(".cases-list").waitFor();
  await first.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function casePage(caseId: string): Promise<Page> {
  const page = await browser.openDashboard(`#case=${caseId}`);
  await page.locator(".case-page .case-section").first().waitFor();
  return page;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

describe("bad input", () => {
  it("a clock set back between captures: the timeline keeps the order they were captured in, and says so", async () => {
    const now = Date.now();
    const theCase = aCase("Clock", "Clock", ["clock.test"], now - 10 * HOUR);
    const events = [
      seed("contact-attempt", form("first, at 10:00"), now - 3 * HOUR, { source: source("clock.test") }),
      // The computer's clock was set back two hours before the next captures.
      seed("contact-attempt", form("second, clock says 08:05"), now - 5 * HOUR + 5 * 60_000, { source: source("clock.test") }),
      seed("contact-attempt", form("third, clock says 08:10"), now - 5 * HOUR + 10 * 60_000, { source: source("clock.test") }),
    ];
    await seedCases(browser, [{ theCase, events }]);
    const page = await casePage(theCase.id);
    const rows = page.getByRole("list", { name: "Timeline of the case" }).locator(":scope > li");
    await expect.poll(() => rows.count()).toBe(3);
    const texts = await rows.allTextContents();
    expect(texts.map((t) => t.match(/(first|second|third)/)?.[1])).toEqual(["first", "second", "third"]);
    expect(texts.map((t) => t.includes("The computer's clock went back"))).toEqual([false, true, true]);
    await page.close();
  });

  it("a deadline across the change to summer time keeps its local time; a case with no promise says it has none", async () => {
    const reading: PromiseReading = { kind: "callback", deadline: { type: "duration", amount: 2, unit: "calendar-days" }, clockStart: "statement", language: "en", confidence: 0.9, matched: {} };
    // Saturday 28 March 2026 at 10:00 in Paris; the clocks go forward on the Sunday.
    const made = Date.UTC(2026, 2, 28, 9, 0);
    const dst = aCase("Daylight saving", "DST Telecom", ["dst.test"], made - HOUR);
    const none = aCase("No promise", "Quiet Telecom", ["quiet.test"], Date.now() - 5 * HOUR);
    await seedCases(browser, [
      { theCase: dst, events: [seed("promise", { quote: "We will call you back within 2 days.", reading }, made, { byHand: true })] },
      { theCase: none, events: [seed("contact-attempt", form("Hello?"), Date.now() - 4 * HOUR, { source: source("quiet.test") })] },
    ]);
    const page = await casePage(dst.id);
    const table = page.locator(".promise-table");
    // Monday 30 March at 10:00, Paris summer time: 47 hours after, not 48.
    await expect.poll(() => table.locator("tbody tr").nth(1).textContent()).toContain("30 Mar 2026, 10:00");
    expect(await table.locator("time").first().getAttribute("datetime")).toBe("2026-03-30T08:00:00.000Z");
    await page.close();
    const quiet = await casePage(none.id);
    await expect.poll(() => quiet.locator(".case-section").first().textContent()).toContain("No promise recorded in this case yet.");
    await quiet.locator("details.chart-table > summary").click();
    await expect.poll(() => quiet.locator("details.chart-table tbody").textContent()).toMatch(/Web form4h so far—no promise$/);
    await quiet.close();
  });

  it("a response logged before the contact it answers is flagged, and answers nothing", async () => {
    const now = Date.now();
    const theCase = aCase("Early answer", "Early Telecom", ["early.test"], now - 30 * HOUR);
    const attemptId = `early-attempt-${now}`;
    await seedCases(browser, [
      {
        theCase,
        events: [
          seed("contact-attempt", form("Is anyone there?"), now - 20 * HOUR, { id: attemptId, source: source("early.test") }),
          seed("response", { channel: "letter", text: "Dated the day before by mistake.", inReplyTo: attemptId }, now - 26 * HOUR, { byHand: true, recordedAt: now - HOUR }),
        ],
      },
    ]);
    const page = await casePage(theCase.id);
    await expect.poll(() => page.locator(".timeline-event[data-kind='response']").textContent()).toContain("Dated before the contact it answers: check its date.");
    const figure = (name: string) => page.locator(`[data-figure="${name}"] .figure-value`).textContent();
    expect(await figure("unanswered")).toBe("1");
    await page.close();
  });

  it("a thousand cases, and names with markup, right-to-left text and emoji shown as text", async () => {
    const now = Date.now();
    const many = Array.from({ length: 997 }, (_, i) => ({ theCase: aCase(`Case ${String(i).padStart(4, "0")}`, `Brand ${i}`, [`brand-${i}.test`], now - i * 60_000), events: [] }));
    const hostile = aCase(HOSTILE, HOSTILE, ["127.0.0.1"], now, { tags: [EMOJI, "<script>alert(1)</script>"] });
    const rtl = aCase(RTL, RTL, ["rtl.test"], now - 1000);
    await seedCases(browser, [...many, { theCase: hostile, events: [seed("message", { conversationId: "c", event: "message", side: "agent", author: `${RTL} <i>agent</i>`, text: `${EMOJI} <img src=y onerror="window.__pwned=2">` }, now - 60_000, { source: source("127.0.0.1") })] }, { theCase: rtl, events: [] }]);

    const dashboard = await browser.openDashboard();
    await expect.poll(() => dashboard.locator(".cases-list [role=status]").textContent(), { timeout: 15_000 }).toMatch(/^1003 of 1003 cases$/);
    // Only the rows on screen are drawn.
    expect(await dashboard.locator(".case-item").count()).toBeLessThan(60);
    await dashboard.getByLabel("Search (title, brand, tag)").fill("case 0737");
    await expect.poll(() => dashboard.locator(".case-item").allTextContents()).toEqual([expect.stringContaining("Case 0737")]);
    await dashboard.getByLabel("Search (title, brand, tag)").fill("👍🏽");
    await expect.poll(() => dashboard.locator(".case-item").count()).toBe(1);
    const item = dashboard.locator(".case-item");
    expect(await item.locator(".case-title").textContent()).toBe(HOSTILE);
    expect(await item.textContent()).toContain(EMOJI);
    expect(await item.locator("img, b, script").count()).toBe(0);
    await dashboard.getByLabel("Search (title, brand, tag)").fill("");
    await dashboard.close();

    const page = await casePage(hostile.id);
    await expect.poll(() => page.locator("#case-title").textContent()).toBe(HOSTILE);
    await expect.poll(() => page.locator(".timeline-event").textContent()).toContain(`${EMOJI} <img src=y onerror="window.__pwned=2">`);
    expect(await page.locator(".timeline-event").textContent()).toContain(`${RTL} <i>agent</i>`);
    expect(await page.locator("main img, main b, main i, main script").count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.close();

    // The popup on 127.0.0.1 shows the hostile case's name as text, too.
    const site = await browser.context.newPage();
    await site.goto(server.url("127.0.0.1", "/yellow/contact.html"));
    const popup = await browser.openPopup(site);
    await expect.poll(() => popup.locator(".glance-title strong").textContent()).toBe(HOSTILE);
    expect(await popup.locator(".case-glance img, .case-glance b").count()).toBe(0);
    expect(await pwned(popup)).toBeUndefined();
    await popup.close();

    const rtlPage = await casePage(rtl.id);
    expect(await rtlPage.locator("#case-title").textContent()).toBe(RTL);
    await rtlPage.close();
  });
});
