// No axe-core violations in the popup, the dashboard's list of cases, the case page and the side panel, in
// light and dark, in English and French; and the case page used with the keyboard alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.mjs";
import type { ExtensionBrowser } from "./support/chromium";
import { axeViolations, launchIn, openSidePanel } from "./case-support";
import { demoCase } from "./case-demo";
import { seedCases } from "./case-seed";

const SCHEMES = ["light", "dark"] as const;

/** Opens what axe needs to see: the parts of the page shown on demand. */
async function unfoldCasePage(page: Page): Promise<void> {
  await page.locator("details.case-edit > summary").click();
  await page.locator("details.chart-table > summary").click();
  const closed = page.locator(".figure button[aria-expanded='false']");
  while ((await closed.count()) > 0) await closed.first().click();
  await page.locator(".correct-button").first().click();
  await page.locator(".cases-head button").click();
}

for (const language of ["en", "fr"] as const) {
  describe(`accessibility in ${language === "en" ? "English" : "French"}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let site: Page;
    let caseId = "";

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchIn({ language });
      // The dashboard opens the database at its latest version before anything is written into it.
      const first = await browser.openDashboard();
      await first.locator(".cases-list").waitFor();
      await first.close();
      const demo = demoCase("127.0.0.1");
      caseId = demo.theCase.id;
      await seedCases(browser, [demo]);
      site = await browser.context.newPage();
      await site.goto(server.url("127.0.0.1", "/yellow/contact.html"));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const colorScheme of SCHEMES) {
      it(`popup, ${colorScheme}`, async () => {
        const popup = await browser.openPopup(site);
        await popup.emulateMedia({ colorScheme });
        await popup.locator(".glance-waiting").waitFor();
        expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`));
        await popup.locator(".glance-actions button").first().click();
        expect(await axeViolations(popup)).toEqual([]);
        await popup.close();
      });

      it(`dashboard and its list of cases, ${colorScheme}`, async () => {
        const dashboard = await browser.openDashboard();
        await dashboard.emulateMedia({ colorScheme });
        await dashboard.locator(".case-item").first().waitFor();
        expect(await axeViolations(dashboard)).toEqual([]);
        await dashboard.close();
      });

      it(`case page with its table, figures, chart and timeline unfolded, ${colorScheme}`, async () => {
        const page = await browser.openDashboard(`#case=${caseId}`);
        await page.emulateMedia({ colorScheme });
        await page.locator(".promise-table").waitFor();
        await page.locator(".timeline-event").first().waitFor();
        await unfoldCasePage(page);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });

      it(`side panel, ${colorScheme}`, async () => {
        const panel = await openSidePanel(browser, site);
        await panel.emulateMedia({ colorScheme });
        await panel.locator(".latest-events li").first().waitFor();
        expect(await axeViolations(panel)).toEqual([]);
        await panel.close();
      });
    }

    if (language === "en") {
      it("the case page works with the keyboard alone: a figure's evidence, then that event in the timeline, then a filter", async () => {
        const page = await browser.openDashboard(`#case=${caseId}`);
        await page.locator(".promise-table").waitFor();
        const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? "");
        // Tab to the "contact attempts" figure's evidence button and open it with the keyboard.
        let steps = 0;
        while (!(await page.evaluate(() => document.activeElement?.closest("[data-figure='attempts']") !== null && document.activeElement?.tagName === "BUTTON"))) {
          await page.keyboard.press("Tab");
          if (++steps > 200) throw new Error("the figure's button was never reached by Tab");
        }
        expect(await focused()).toMatch(/^Show the events \(5\)/);
        await page.keyboard.press("Enter");
        expect(await page.locator("[data-figure='attempts'] button[aria-expanded='true']").count()).toBe(1);
        await page.keyboard.press("Tab");
        expect(await focused()).toMatch(/^Contact attempt, /);
        await page.keyboard.press("Enter");
        // The event is brought into view in the timeline and receives the focus.
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-row-key") ?? "")).toBe("demo-attempt-0001");
        // The timeline's filter, by keyboard: only the chat.
        await page.getByLabel("Channel", { exact: true }).focus();
        await page.keyboard.press("ArrowDown");
        await expect.poll(() => page.locator(".timeline-event").first().textContent()).toContain("Chat");
        const chosen = await page.getByLabel("Channel", { exact: true }).inputValue();
        expect(chosen).not.toBe("");
        await page.close();
      });
    }
  });
}
