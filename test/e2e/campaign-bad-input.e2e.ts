// Campaigns when things do not go to plan, in Chromium, through the dashboard and the popup: a campaign
// prepared from the form (mistakes named, brands pasted with a bad line), started; the protocol edited
// after the start (a new version; each case keeps the one it ran); a brand added mid-campaign (marked);
// a brand's case deleted (the campaign shows it, the CSV and the bundle say so); two campaigns sharing a
// brand (captures go to the case the person runs now). No axe-core violation on the pages.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Campaign } from "../../src/domain/campaigns/campaign";
import type { Case, EvidenceEvent } from "../../src/domain/evidence";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.mjs";
import type { ExtensionBrowser } from "./support/chromium";
import { storedEvents } from "./support/evidence";
import { axeViolations, launchIn, storedCases, storedRows } from "./case-support";

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchIn({ language: "en", args: ["--host-resolver-rules=MAP *.test 127.0.0.1"] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const storedCampaigns = () => storedRows<Campaign>(browser, "campaigns");

const membership = (events: EvidenceEvent[], caseId: string) => events.find((e) => e.caseId === caseId && e.kind === "case-change" && e.payload.change === "campaign");

async function download(page: Page, button: string): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: button }).click()]);
  return new Uint8Array(readFileSync((await file.path())!));
}

/** Fills the protocol's fields of the form whose inputs are prefixed `prefix`. */
async function fillProtocol(page: Page, question: string): Promise<void> {
  await page.getByLabel("What to ask every brand, word for word").fill(question);
  await page.getByLabel("The promise under test").fill("We answer every request within 2 business days.");
}

/** A duration's amount: a text box named by its fieldset's legend (its unit is "<legend> unit"). */
const amount = (page: Page, legend: string) => page.getByRole("textbox", { name: legend, exact: true });

let campaignId = "";

describe("a campaign prepared, started and changed from the dashboard", () => {
  it("the form names each mistake, reads the promise's yardstick, takes pasted brands and keeps bad lines to fix", async () => {
    const page = await browser.openDashboard("#campaigns");
    await page.getByRole("heading", { name: "A new campaign" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Nothing filled in: each mistake under its field, the first one focused, nothing saved.
    await amount(page, "How long to wait for a response").fill("0");
    await page.getByRole("button", { name: "Save the campaign (not started)" }).click();
    const errorOf = async (label: string) => {
      const field = page.getByRole("textbox", { name: label, exact: true });
      const ids = (await field.getAttribute("aria-describedby")) ?? "";
      return page.locator(`[id="${ids.split(" ").at(-1)}"]`).textContent();
    };
    expect(await errorOf("Name of the campaign")).toBe("Name the campaign.");
    expect(await errorOf("What to ask every brand, word for word")).toBe("Write the question to ask.");
    expect(await errorOf("The promise under test")).toBe("Write the promise under test.");
    expect(await errorOf("How long to wait for a response")).toBe("Enter a whole number from 1 to 10,000.");
    expect(await page.getByLabel("Name of the campaign").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await storedCampaigns()).toEqual([]);

    await page.getByLabel("Name of the campaign").fill("Energy suppliers: 2 days?");
    await fillProtocol(page, "How do I get my meter reading corrected?");
    // The yardstick follows the promise's words.
    expect(await amount(page, "Deadline").inputValue()).toBe("2");
    expect(await page.getByRole("combobox", { name: "Deadline unit", exact: true }).inputValue()).toBe("business-days");
    await amount(page, "How long to wait for a response").fill("5");
    await amount(page, "Follow up after").fill("9");
    await page.getByRole("button", { name: "Save the campaign (not started)" }).click();
    expect(await errorOf("Follow up after")).toBe("The follow-up must come before the end of the wait.");
    await amount(page, "Follow up after").fill("3");

    // Brands pasted from a list: the bad line is named and stays in the box; the good ones are added.
    await page.getByLabel("Or paste brands, one per line: Name, web address").fill("Sienna Mobile, https://www.sienna.test/contact\nNo address here\n<b>Umber</b> Fibre ; umber.test");
    await page.getByRole("button", { name: "Add these brands" }).click();
    expect(await page.getByRole("list", { name: "Lines not added" }).textContent()).toBe("Line 2 (“No address here”): add its web address after a comma.");
    expect(await page.getByLabel("Or paste brands, one per line: Name, web address").inputValue()).toBe("No address here");
    expect(await page.getByRole("list", { name: "Brands" }).getByRole("listitem").allTextContents()).toEqual(["Sienna Mobile (sienna.test)Remove", "<b>Umber</b> Fibre (umber.test)Remove"]);
    await page.getByRole("button", { name: "Save the campaign (not started)" }).click();
    await page.getByRole("heading", { name: "Energy suppliers: 2 days?" }).waitFor();

    const [draft] = await storedCampaigns();
    campaignId = draft!.id;
    expect(draft).toMatchObject({
      name: "Energy suppliers: 2 days?",
      protocols: [
        {
          version: 1,
          question: "How do I get my meter reading corrected?",
          channel: "email",
          promise: { text: "We answer every request within 2 business days.", reading: { kind: "reply-time", deadline: { type: "duration", amount: 2, unit: "business-days" } } },
          wait: { amount: 5, unit: "calendar-days" },
          followUpAfter: { amount: 3, unit: "calendar-days" },
          pinning: "campaign",
          responseRule: "person",
        },
      ],
      brands: [{ brand: { name: "Sienna Mobile", domains: ["sienna.test"] } }, { brand: { name: "<b>Umber</b> Fibre", domains: ["umber.test"] } }],
    });
    expect(draft!.started).toBeUndefined();
    expect(await storedCases(browser)).toEqual([]);
    await page.close();
  });

  it("starting opens one case per brand; the protocol edited after the start is a new version; a brand added later is marked and runs it", async () => {
    const page = await browser.openDashboard(`#campaign=${campaignId}`);
    await page.getByRole("button", { name: "Start the campaign" }).click();
    expect(await page.getByText("Open 2 cases now?").count()).toBe(1);
    await page.getByRole("button", { name: "Yes, start" }).click();
    await page.locator("table.comparison-table").waitFor();
    const started = (await storedCampaigns())[0]!;
    const cases = await storedCases(browser);
    expect(cases.map((c) => c.title).sort()).toEqual(["<b>Umber</b> Fibre — Energy suppliers: 2 days?", "Sienna Mobile — Energy suppliers: 2 days?"]);
    // Markup in a brand's name is text on the page.
    expect(await page.locator("table.comparison-table b").count()).toBe(0);

    // Changed after the start: the reason is required, and it makes version 2.
    await page.getByText("Change the protocol").click();
    await amount(page, "How long to wait for a response").fill("7");
    await page.getByRole("button", { name: "Save as a new version" }).click();
    expect(await page.getByText("Say why the protocol changes: the methodology will print it.").count()).toBe(1);
    await page.getByLabel("Why it changes").fill("Letters take longer than we planned.");
    await page.getByRole("button", { name: "Save as a new version" }).click();
    await page.getByRole("heading", { name: "Protocol (version 2, for brands added from now on)" }).waitFor();
    const versions = page.getByRole("list", { name: "Versions of the protocol" });
    expect(await versions.getByRole("listitem").allTextContents()).toEqual([
      expect.stringMatching(/^Version 1, written .+ — run by 2 brands$/),
      expect.stringMatching(/^Version 2, written .+ — run by 0 brands — why: Letters take longer than we planned\.$/),
    ]);

    // A brand joins the running campaign: its case opens at once, marked, on version 2.
    await page.getByLabel("Brand name", { exact: true }).fill("Teal Telecom");
    await page.getByLabel("Its web addresses", { exact: true }).fill("teal.test");
    await page.getByRole("button", { name: "Add the brand" }).click();
    const tealRow = page.locator("table.campaign-brands-table tbody tr", { hasText: "Teal Telecom" });
    await tealRow.waitFor();
    expect(await tealRow.textContent()).toContain("added after the start");
    expect(await tealRow.locator("td").nth(1).textContent()).toBe("v2");
    expect(await page.locator("table.comparison-table tbody tr", { hasText: "Teal Telecom" }).textContent()).toContain("added after the start");

    // Each case keeps, in its own sealed record, the version it runs.
    const after = (await storedCampaigns())[0]!;
    const events = await storedEvents(browser);
    const version = (caseId: string) => {
      const event = membership(events, caseId);
      return event?.kind === "case-change" ? [event.payload.campaign?.protocolVersion, event.payload.campaign?.addedAfterStart] : undefined;
    };
    expect(after.brands.map((b) => [b.brand.name, b.protocolVersion, b.addedAfterStart, version(b.caseId)])).toEqual([
      ["Sienna Mobile", 1, false, [1, false]],
      ["<b>Umber</b> Fibre", 1, false, [1, false]],
      ["Teal Telecom", 2, true, [2, true]],
    ]);
    expect(started.brands.map((b) => b.caseId)).toEqual(after.brands.slice(0, 2).map((b) => b.caseId));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("a brand's case deleted from its page: the confirmation names what is lost; the campaign, the CSV and the bundle say so", { timeout: 120_000 }, async () => {
    const campaign = (await storedCampaigns())[0]!;
    const umber = campaign.brands[1]!.caseId;
    const count = (await storedEvents(browser)).filter((e) => e.caseId === umber).length;
    const page = await browser.openDashboard(`#case=${umber}`);
    await page.getByText("Delete this case").click();
    await expect.poll(() => page.locator(".case-delete").textContent()).toContain(`Deleting “<b>Umber</b> Fibre — Energy suppliers: 2 days?” removes its ${count} events from this browser for good`);
    expect(await page.locator(".case-delete").textContent()).toContain("It is part of the campaign “Energy suppliers: 2 days?”: the campaign will keep the brand, marked “case deleted”");
    expect(await page.locator(".case-delete").textContent()).toContain("export it first");
    const remove = page.getByRole("button", { name: "Delete for good" });
    expect(await remove.isDisabled()).toBe(true);
    await page.getByLabel(`I understand that these ${count} events will be lost`).check();
    await remove.click();
    await expect.poll(async () => (await storedCases(browser)).some((c: Case) => c.id === umber)).toBe(false);
    expect((await storedEvents(browser)).filter((e) => e.caseId === umber)).toEqual([]);

    await page.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#campaign=${campaign.id}`);
    const brandRow = page.locator("table.campaign-brands-table tbody tr", { hasText: "Umber" });
    await expect.poll(() => brandRow.textContent()).toMatch(/case deleted on /);
    expect(await page.locator("table.comparison-table tbody tr", { hasText: "Umber" }).textContent()).toMatch(/case deleted on /);

    const csv = new TextDecoder().decode(await download(page, "Comparison as CSV (data desk)"));
    const umberLine = csv.split("\r\n").find((line) => line.includes("<b>Umber</b> Fibre"))!;
    expect(umberLine).toContain(",true,");
    expect(umberLine).toMatch(/case deleted on /);

    const bundle = await download(page, "All dossiers, signed (ZIP)");
    const report = await verifyBundle(bundle);
    expect(report.verdict).toBe("intact");
    const files = unzipSync(bundle);
    const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"]!)) as { cases: { id: string }[]; deletedCases: { id: string; brand: { name: string } }[] };
    expect(manifest.deletedCases.map((c) => [c.id, c.brand.name])).toEqual([[umber, "<b>Umber</b> Fibre"]]);
    expect(manifest.cases.map((c) => c.id)).not.toContain(umber);
    expect(new TextDecoder().decode(files["methodology.txt"]!)).toContain("<b>Umber</b> Fibre");
    await page.close();
  });
});

describe("two campaigns sharing a brand", () => {
  it("each has its own case; the brand's captures go to the newest, or to the one the person runs now", { timeout: 120_000 }, async () => {
    const page = await browser.openDashboard("#campaigns");
    // A second campaign with Sienna, started from the form.
    await page.getByRole("button", { name: "New campaign" }).click();
    await page.getByLabel("Name of the campaign").fill("Mobile operators");
    await fillProtocol(page, "Can I pause my plan for two months?");
    await page.getByLabel("Brand name", { exact: true }).fill("Sienna Mobile");
    await page.getByLabel("Its web addresses", { exact: true }).fill("sienna.test");
    await page.getByRole("button", { name: "Add the brand" }).click();
    await page.getByRole("button", { name: "Save the campaign (not started)" }).click();
    await page.getByRole("heading", { name: "Mobile operators" }).waitFor();
    await page.getByRole("button", { name: "Start the campaign" }).click();
    await page.getByRole("button", { name: "Yes, start" }).click();
    await page.locator("table.comparison-table").waitFor();
    const campaigns = await storedCampaigns();
    const first = campaigns.find((c) => c.name === "Energy suppliers: 2 days?")!.brands[0]!.caseId;
    const second = campaigns.find((c) => c.name === "Mobile operators")!.brands[0]!.caseId;
    expect(first).not.toBe(second);

    // The person watches Sienna's site and writes through its form: the newest campaign's case takes it.
    const site = await browser.context.newPage();
    await site.goto(`http://sienna.test:${server.port}/brands/sienna.html`);
    let popup = await browser.openPopup(site);
    await popup.getByRole("button", { name: "Watch this site" }).click();
    await popup.getByRole("button", { name: "Stop watching" }).waitFor();
    const routing = popup.getByLabel("Captures on this site go to");
    expect(await routing.locator("option:checked").textContent()).toBe("Sienna Mobile — Mobile operators");
    expect(await routing.locator("option").allTextContents()).toEqual(["Sienna Mobile — Mobile operators", "Sienna Mobile — Energy suppliers: 2 days?"]);
    expect(await popup.locator(".campaign-run h2").textContent()).toBe("Campaign “Mobile operators”: Sienna Mobile");
    await popup.close();
    const attemptsIn = async (caseId: string) => (await storedEvents(browser)).filter((e) => e.caseId === caseId && e.kind === "contact-attempt").length;
    await site.getByLabel("Your message").fill("Can I pause my plan for two months?");
    await site.getByRole("button", { name: "Send" }).click();
    await expect.poll(() => attemptsIn(second), { timeout: 15_000 }).toBe(1);
    expect(await attemptsIn(first)).toBe(0);

    // The person now runs the other campaign's test of Sienna: the popup says so, captures follow.
    await site.goto(`http://sienna.test:${server.port}/brands/sienna.html`);
    popup = await browser.openPopup(site);
    await popup.getByLabel("Captures on this site go to").selectOption({ label: "Sienna Mobile — Energy suppliers: 2 days?" });
    await expect.poll(() => popup.locator(".campaign-run h2").textContent()).toBe("Campaign “Energy suppliers: 2 days?”: Sienna Mobile");
    expect(await popup.locator(".site-cases [role=status]").textContent()).toBe("Captures on this site now go to this case.");
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await site.getByLabel("Your message").fill("How do I get my meter reading corrected?");
    await site.getByRole("button", { name: "Send" }).click();
    await expect.poll(() => attemptsIn(first), { timeout: 15_000 }).toBe(1);
    expect(await attemptsIn(second)).toBe(1);
    await site.close();
    await page.close();
  });
});
