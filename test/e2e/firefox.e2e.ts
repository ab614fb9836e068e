// The first vertical slice again, in Firefox: the same contact form, watched and sent, must
// give the same contact attempt and confirmed outcome as in Chromium (contact-form.e2e.ts).
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "puppeteer-core";
import { eventually, type ExtensionGlobal } from "./support/firefox";
import { firefoxSession } from "./support/firefox-session";
import { EvidenceEvent } from "../../src/domain/evidence";
import type { CaseExport } from "../../src/domain/case-export";

const session = firefoxSession();

/** Text of every element matching the accessible role and name, in document order. */
async function texts(page: Page, selector: string): Promise<string[]> {
  const found = await page.$$(selector);
  return Promise.all(found.map((e) => e.evaluate((el) => el.textContent ?? "")));
}

async function watch(page: Page): Promise<void> {
  // Firefox shows no prompt: the test build's host_permissions were granted when the add-on was installed.
  const granted = await session.firefox.inExtension((origin: string) => (globalThis as ExtensionGlobal).browser.permissions.contains({ origins: [origin] }), "*://127.0.0.1/*");
  expect(granted).toBe(true);
  const popup = await session.firefox.openPopup(page);
  await popup.locator("::-p-aria([name='Watch this site'][role='button'])").click();
  const status = await eventually(() => texts(popup, "[role=status]"), (s) => s.some((t) => t !== ""));
  expect(status.join(" ")).toContain("Now watching 127.0.0.1");
  await popup.close();
}

describe("contact form, end to end in Firefox", () => {
  it("records the attempt and the confirmation it led to, and exports them", async () => {
    const page = await session.firefox.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/contact.html"));
    await watch(page);

    await page.locator("::-p-aria([name='Your name'][role='textbox'])").fill("Marc Dupont");
    await page.locator("::-p-aria([name='E-mail address'][role='textbox'])").fill("marc@example.org");
    await page.locator("::-p-aria([name='Customer number'][role='textbox'])").fill("C-778812");
    await page.locator("::-p-aria([name='Subject'][role='combobox'])").fill("install");
    await page.locator("::-p-aria([name='Your message'][role='textbox'])").fill("A subcontractor flooded my mother's wall while installing the fibre.");
    await Promise.all([page.waitForNavigation(), page.locator("::-p-aria([name='Send'][role='button'])").click()]);
    expect(page.url()).toBe(session.server.url("127.0.0.1", "/yellow/contact"));

    // The popup lists what was recorded on this site, newest first.
    const popup = await session.firefox.openPopup(page);
    const items = await eventually(() => texts(popup, "ul[aria-label='Recorded on this site'] > li"), (l) => l.length === 2);
    expect(items[0]).toContain("Confirmed by the site");
    expect(items[0]).toMatch(/YT-\d+/);
    expect(items[1]).toContain("Your name: Marc Dupont");
    const caseLink = await popup.$eval("::-p-aria([name='Open this case'][role='link'])", (a) => (a as HTMLAnchorElement).href);
    await popup.close();

    // The dashboard, opened where the popup's link points, shows the case and its trail.
    expect(caseLink.startsWith(`${session.firefox.extensionOrigin}/src/dashboard/index.html#case=`)).toBe(true);
    const dashboard = await session.firefox.openExtensionPage(caseLink.slice(session.firefox.extensionOrigin.length + 1));
    const cases = await eventually(() => texts(dashboard, "nav .case-list button"), (c) => c.length > 0);
    expect(cases.filter((c) => c.includes("127.0.0.1"))).toHaveLength(1);
    const timeline = await eventually(() => texts(dashboard, "ol[aria-label='Timeline of the case'] > li"), (l) => l.length === 2);
    expect(timeline[0]).toContain("Contact attempt");
    expect(timeline[0]).toContain("Installation damage");
    expect(timeline[0]).toContain("How should we answer?");
    expect(timeline[1]).toMatch(/YT-\d+/);

    // Export JSON downloads the case, valid against the evidence schemas.
    await dashboard.locator("::-p-aria([name='Export JSON'][role='button'])").click();
    const fileName = await eventually(
      async () => readdirSync(session.firefox.downloadDir).find((name) => name.endsWith(".json")),
      (name) => name !== undefined,
    );
    expect(fileName).toMatch(/^receipts-127\.0\.0\.1-.*\.json$/);
    // Firefox writes the file in place; it is complete once it parses.
    const exported = await eventually(
      async () => JSON.parse(await readFile(join(session.firefox.downloadDir, fileName ?? ""), "utf8")) as CaseExport,
      () => true,
    );
    expect(exported.format).toBe("receipts.case");
    expect(exported.case.id).toBe(decodeURIComponent(caseLink.split("#case=")[1] ?? ""));
    expect(exported.exported.by.browser).toBe("Firefox");
    expect(exported.events).toHaveLength(2);
    const [attemptEvent, outcomeEvent] = exported.events.map((e) => EvidenceEvent.parse(e));
    if (attemptEvent?.kind !== "contact-attempt" || outcomeEvent?.kind !== "contact-outcome") throw new Error("unexpected kinds");
    const byLabel = Object.fromEntries(attemptEvent.payload.fields.map((f) => [f.label, f.value]));
    expect(byLabel).toEqual({
      "Your name": "Marc Dupont",
      "E-mail address": "marc@example.org",
      "Customer number": "C-778812",
      Subject: "Installation damage",
      "Your message": "A subcontractor flooded my mother's wall while installing the fibre.",
      "How should we answer?": "By e-mail",
    });
    expect(attemptEvent.source?.url).toBe(session.server.url("127.0.0.1", "/yellow/contact.html"));
    expect(attemptEvent.source?.title).toBe("Contact customer service — Yellow Telecom");
    expect(attemptEvent.collection).toMatchObject({ method: "automatic", extensionVersion: "0.1.0", browser: "Firefox" });
    expect(attemptEvent.recorded.timeZone).toBe("Europe/Paris");
    expect(outcomeEvent.payload).toMatchObject({ attemptId: attemptEvent.id, status: "confirmed", reference: expect.stringMatching(/^YT-\d+$/) });
    expect(outcomeEvent.payload.pageUrl).toBe(session.server.url("127.0.0.1", "/yellow/contact"));
    // The reference shown in the dashboard is the one exported.
    expect(timeline[1]).toContain((outcomeEvent.payload as { reference: string }).reference);
    expect(session.server.posts.filter((p) => p.path === "/yellow/contact")).toHaveLength(1);
  });

  it("watches pages of the site loaded later, through the content script it registered", async () => {
    const registered = await session.firefox.inExtension(() => (globalThis as ExtensionGlobal).browser.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.id)).toEqual(["watch:127.0.0.1"]);
    expect(registered[0]?.persistAcrossSessions).toBe(true);

    // A new tab: nothing was injected into it by "Watch this site", only the registered script runs.
    const page = await session.firefox.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/contact.html"));
    await page.locator("::-p-aria([name='Your name'][role='textbox'])").fill("Marc Dupont");
    await page.locator("::-p-aria([name='E-mail address'][role='textbox'])").fill("marc@example.org");
    await page.locator("::-p-aria([name='Customer number'][role='textbox'])").fill("C-990001");
    await page.locator("::-p-aria([name='Your message'][role='textbox'])").fill("Second try: nobody has called back.");
    await Promise.all([page.waitForNavigation(), page.locator("::-p-aria([name='Send'][role='button'])").click()]);

    const popup = await session.firefox.openPopup(page);
    const items = await eventually(() => texts(popup, "ul[aria-label='Recorded on this site'] > li"), (l) => l.length === 4);
    expect(items[0]).toContain("Confirmed by the site");
    expect(items[1]).toContain("Customer number: C-990001");
    expect(items[3]).toContain("Customer number: C-778812");
    expect(session.server.posts.filter((p) => p.path === "/yellow/contact")).toHaveLength(2);
  });
});
