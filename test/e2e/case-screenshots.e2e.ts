// The dashboard as the son of seed 003 sees it after three weeks, in light and dark: saved to
// docs/screenshots/ when RECEIPTS_SCREENSHOTS=1 (elsewhere to a temporary folder), and checked: the case
// page opens on its promise table, the theme follows the system's, nothing overflows the page's width.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ExtensionBrowser } from "./support/chromium";
import { launchIn } from "./case-support";
import { demoCase } from "./case-demo";
import { aCase, seed, seedCases } from "./case-seed";

const DAY = 86_400_000;
const keep = process.env.RECEIPTS_SCREENSHOTS === "1";
const folder = keep ? resolve("docs/screenshots") : mkdtempSync(join(tmpdir(), "receipts-screens-"));
let browser: ExtensionBrowser | undefined;
afterAll(async () => {
  await browser?.close();
  if (!keep) rmSync(folder, { recursive: true, force: true });
});

describe("dashboard screenshots", () => {
  it("in light and dark", { timeout: 120_000 }, async () => {
    browser = await launchIn({ language: "en" });
    const first = await browser.openDashboard();
    await first.locator(".cases-list").waitFor();
    await first.close();
    const now = Date.now();
    const demo = demoCase("yellow-telecom.fr", now);
    const flight = aCase("Upgrade refused at the gate", "SkyBlue Airways", ["skyblue.example"], now - 40 * DAY, { status: "claim-filed", tags: ["EU 261", "refund"] });
    const fridge = aCase("Fridge delivered broken", "Maison Électro", ["maison-electro.example"], now - 70 * DAY, { status: "resolved" });
    const note = (text: string, at: number) => seed("note", { text }, at, { byHand: true });
    await seedCases(browser, [
      { theCase: fridge, events: [note("Replacement delivered.", now - 60 * DAY)] },
      { theCase: flight, events: [note("Claim filed with the airline under EU 261.", now - 30 * DAY)] },
      demo,
    ]);

    const backgrounds: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 1700 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#case=${demo.theCase.id}`);
      await page.locator(".promise-table").waitFor();
      await page.locator(".timeline-event").first().waitFor();
      const hasOverflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(hasOverflow).toBe(false);
      expect(await page.locator(".promise-table tbody").count()).toBe(2);
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      const file = join(folder, `dashboard-${colorScheme}.png`);
      await page.screenshot({ path: file, fullPage: false });
      expect(statSync(file).size).toBeGreaterThan(50_000);
      // The timeline, with a chat, a hand-off, a corrected call, a note and a file.
      const timeline = page.locator("section[aria-labelledby='timeline-heading']");
      await timeline.scrollIntoViewIfNeeded();
      await timeline.locator(".virtual-box").evaluate((box) => (box.scrollTop = 900));
      await page.waitForTimeout(300);
      const timelineFile = join(folder, `case-timeline-${colorScheme}.png`);
      await timeline.screenshot({ path: timelineFile });
      expect(statSync(timelineFile).size).toBeGreaterThan(30_000);
      await page.close();
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });
});
