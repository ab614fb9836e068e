// Deadlines that speak, in Chromium: a missed deadline is notified once; one falling due while the
// service worker is stopped wakes it (an alarm, not a timer); one falling due while the browser is closed
// is notified when it starts again, and nothing already told is told twice.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PromiseReading } from "../../src/domain/promises/promise-reading";
import type { ExtensionBrowser } from "./support/chromium";
import { launchIn, notificationsFrom } from "./case-support";
import { aCase, seed, seedCases } from "./case-seed";

const HOUR = 3_600_000;
const profile = mkdtempSync(join(tmpdir(), "receipts-deadlines-"));
let browser: ExtensionBrowser | undefined;
afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** A call back promised "within 48 hours" by an agent, `madeAgo` before now. */
function callbackCase(brand: string, madeAgo: number) {
  const reading: PromiseReading = { kind: "callback", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "statement", language: "en", confidence: 0.9, matched: {} };
  const theCase = aCase(`${brand}'s line`, brand, [`${brand.toLowerCase()}.test`], Date.now() - madeAgo - HOUR);
  return { theCase, events: [seed("promise", { quote: "We will call you back within 48 hours.", reading }, Date.now() - madeAgo, { byHand: true })] };
}

/** Stops the extension's service worker as the browser does when it sleeps; a mark left in it tells a new one. */
async function stopWorker(b: ExtensionBrowser): Promise<void> {
  await b.worker.evaluate(() => ((globalThis as { __beforeStop?: boolean }).__beforeStop = true));
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets");
  const worker = targetInfos.find((t) => t.type === "service_worker" && t.url.startsWith(`chrome-extension://${b.extensionId}/`));
  if (!worker) throw new Error("no service worker");
  await cdp.send("Target.closeTarget", { targetId: worker.targetId });
  await cdp.detach();
}

describe("deadlines that speak", () => {
  it("notify a missed deadline once, wake a stopped worker, and survive a browser restart", { timeout: 240_000 }, async () => {
    browser = await launchIn({ language: "en", profile });
    const page = await browser.openDashboard();
    await page.locator(".cases-list").waitFor();
    const red = callbackCase("Red", 49 * HOUR);
    const blue = callbackCase("Blue", 48 * HOUR - 30_000);
    const green = callbackCase("Green", 48 * HOUR - 80_000);
    await seedCases(browser, [red, blue, green]);

    // Anything stored asks for a check: a note in Red's case, whose call back is an hour late.
    await page.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#case=${red.theCase.id}`);
    await page.getByLabel("A note").fill("Nobody called.");
    await page.getByRole("button", { name: "Add a note" }).click();
    await expect.poll(() => notificationsFrom(page), { timeout: 15_000 }).toEqual([expect.stringContaining(red.theCase.id)]);
    // The case page says it in the notification's words.
    await expect.poll(() => page.locator(".missed-deadlines").textContent()).toBe("Red promised a call back within 48h — 49h, still nothing");
    // Another check finds nothing new to tell.
    await page.getByLabel("A note").fill("Still nobody.");
    await page.getByRole("button", { name: "Add a note" }).click();
    await new Promise((r) => setTimeout(r, 3000));
    expect(await notificationsFrom(page)).toHaveLength(1);

    // The worker stops; Blue's deadline passes: its alarm wakes a new worker, which tells it.
    await stopWorker(browser);
    await expect.poll(() => notificationsFrom(page), { timeout: 60_000, interval: 500 }).toHaveLength(2);
    expect((await notificationsFrom(page)).some((id) => id.includes(blue.theCase.id))).toBe(true);
    const woken = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser!.extensionId}/`));
    expect(await woken?.evaluate(() => (globalThis as { __beforeStop?: boolean }).__beforeStop ?? false)).toBe(false);

    // The browser closes before Green's deadline and starts again after it.
    await browser.close();
    browser = undefined;
    const greenDue = green.events[0]!.at + 48 * HOUR;
    await new Promise((r) => setTimeout(r, Math.max(0, greenDue - Date.now() + 3000)));
    browser = await launchIn({ language: "en", profile });
    const again = await browser.openDashboard();
    await expect.poll(() => notificationsFrom(again), { timeout: 30_000, interval: 500 }).toEqual([expect.stringContaining(green.theCase.id)]);
    // Red and Blue were told before the restart: not again.
    await new Promise((r) => setTimeout(r, 4000));
    expect(await notificationsFrom(again)).toHaveLength(1);
  });
});
