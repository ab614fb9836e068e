// A campaign over three fixture brands in Chromium: "Telcos: 48 hours?" started six days ago (seeded as
// the extension writes it), then run as a person would: on each brand's site the popup's guided run says
// what to do next, the question sent by e-mail and the brands' answers are dropped as .eml files in the
// popup's log form. Sienna answers in time, Umber answers late, Teal never answers (even after a
// follow-up). The campaign page's comparison is checked cell by cell, sorted, and each cell opens its
// evidence. A second campaign tests one brand's own promise, pinned from its site, and the follow-up
// reminder: one notification when it falls due, and "follow up now" with the words to send.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Campaign } from "../../src/domain/campaigns/campaign";
import type { ProtocolFields } from "../../src/domain/campaigns/campaign-edits";
import type { EvidenceEvent } from "../../src/domain/evidence";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.mjs";
import type { ExtensionBrowser } from "./support/chromium";
import { storedEvents } from "./support/evidence";
import { launchIn, notificationsFrom } from "./case-support";
import { seedCampaign } from "./campaign-seed";
import { selectText } from "./promise-support";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Whole seconds: an e-mail's Date header carries no milliseconds. */
const NOW = Math.floor(Date.now() / 1000) * 1000;
const QUESTION = "Can I keep my phone number if I cancel my contract? Please answer by e-mail.";

const PROTOCOL: ProtocolFields = {
  question: QUESTION,
  channel: "email",
  promise: {
    text: "We reply to every e-mail within 48 hours.",
    reading: { kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact", language: "en", confidence: 1, matched: {} },
  },
  pinning: "campaign",
  wait: { amount: 3, unit: "calendar-days" },
  followUpAfter: { amount: 2, unit: "calendar-days" },
  responseRule: "person",
};

const BRANDS = {
  sienna: { name: "Sienna Mobile", domains: ["sienna.test"], mail: "care@sienna.test" },
  umber: { name: "Umber Fibre", domains: ["umber.test"], mail: "help@umber.test" },
  teal: { name: "Teal Telecom", domains: ["teal.test"], mail: "contact@teal.test" },
  ochre: { name: "Ochre Energy", domains: ["ochre.test"], mail: "care@ochre.test" },
};
type Slug = keyof typeof BRANDS;

let server: FixtureServer;
let browser: ExtensionBrowser;
let files: string;
let campaign: Campaign;

beforeAll(async () => {
  server = await startFixtureServer();
  // The fixture brands live on their own hosts (*.test, which test builds may access), all served by the fixture server.
  browser = await launchIn({ language: "en", args: ["--host-resolver-rules=MAP *.test 127.0.0.1"] });
  files = mkdtempSync(join(tmpdir(), "receipts-campaign-"));
  campaign = await seedCampaign(browser, {
    name: "Telcos: 48 hours?",
    protocol: PROTOCOL,
    brands: [BRANDS.sienna, BRANDS.umber, BRANDS.teal].map(({ name, domains }) => ({ name, domains })),
    created: NOW - 7 * DAY,
    started: NOW - 6 * DAY,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});

let emlCount = 0;
/** An e-mail as a mail program saves it, written to a file for the popup's file field. */
function eml(options: { from: string; to: string; at: number; subject: string; text: string }): string {
  emlCount += 1;
  const path = join(files, `mail-${emlCount}.eml`);
  writeFileSync(
    path,
    [
      `Date: ${new Date(options.at).toUTCString()}`,
      `From: ${options.from}`,
      `To: ${options.to}`,
      `Subject: ${options.subject}`,
      `Message-ID: <campaign-${emlCount}@mail.example>`,
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      options.text,
      "",
    ].join("\r\n"),
  );
  return path;
}

const ME = "Camille Martin <camille@newsroom.example>";
const sent = (slug: Slug, at: number, text = QUESTION) => eml({ from: ME, to: `${BRANDS[slug].name} <${BRANDS[slug].mail}>`, at, subject: "Keeping my number", text });
const reply = (slug: Slug, at: number, text: string) => eml({ from: `${BRANDS[slug].name} <${BRANDS[slug].mail}>`, to: ME, at, subject: "Re: Keeping my number", text });

async function brandSite(slug: Slug): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`http://${slug}.test:${server.port}/brands/${slug}.html`);
  return page;
}

/** Drops an .eml file in the popup's log form and saves it to the case the form proposes (the site's). */
async function logEmail(popup: Page, path: string, who: "I did: my message to the brand" | "The brand: its response", caseTitle: string): Promise<void> {
  const form = popup.locator("form.log-contact");
  if ((await form.count()) === 0) await popup.getByRole("button", { name: "Log a call, letter, visit…" }).click();
  await form.getByRole("radio", { name: "E-mail (.eml file)" }).check();
  expect(await form.getByLabel("Case", { exact: true }).locator("option:checked").textContent()).toBe(caseTitle);
  await form.getByLabel("E-mail file (.eml)").setInputFiles(path);
  await expect.poll(() => form.getByRole("radio", { name: who }).isChecked()).toBe(true);
  await form.getByRole("button", { name: "Save to the case" }).click();
  await expect.poll(() => form.getByRole("status").last().textContent()).toContain(`Saved to the case “${caseTitle}”.`);
}

const runStep = (popup: Page) => popup.locator(".campaign-run .run-step").textContent();
const runFact = (popup: Page, label: string) => popup.locator(".campaign-run .run-facts dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]").textContent();
const titleOf = (slug: Slug) => `${BRANDS[slug].name} — ${campaign.name}`;
const caseOf = (slug: Slug) => campaign.brands.find((b) => b.brand.name === BRANDS[slug].name)!.caseId;

describe("a campaign over three brands", () => {
  it("the popup guides each brand's test; the question and the answers are logged by hand", { timeout: 180_000 }, async () => {
    // Sienna: the guided run asks for the question, word for word, then sees the message and the answer.
    const sienna = await brandSite("sienna");
    let popup = await browser.openPopup(sienna);
    await popup.getByRole("heading", { name: "Campaign “Telcos: 48 hours?”: Sienna Mobile" }).waitFor();
    await expect.poll(() => runStep(popup)).toBe("Next: send the question by e-mail.");
    expect(await popup.getByLabel("The question, word for word").inputValue()).toBe(QUESTION);
    expect(await runFact(popup, "Promise under test")).toMatch(/^the campaign's, pinned /);
    expect(await runFact(popup, "Message sent")).toBe("not yet");
    await logEmail(popup, sent("sienna", NOW - 5 * DAY), "I did: my message to the brand", titleOf("sienna"));
    await expect.poll(() => runStep(popup)).toBe("Silent: no response within 3 days.");
    await logEmail(popup, reply("sienna", NOW - 4 * DAY, "Yes: ask for your RIO code at 3179 and give it to your new operator."), "The brand: its response", titleOf("sienna"));
    await expect.poll(() => runStep(popup)).toBe("Answered after 24h.");
    expect(await runFact(popup, "Follow-up")).toBe("not needed");
    await popup.close();

    // Umber answers after 60 hours: late against 48 hours, before the end of the wait.
    const umber = await brandSite("umber");
    popup = await browser.openPopup(umber);
    await expect.poll(() => runStep(popup)).toBe("Next: send the question by e-mail.");
    await logEmail(popup, sent("umber", NOW - 5 * DAY), "I did: my message to the brand", titleOf("umber"));
    await logEmail(popup, reply("umber", NOW - 5 * DAY + 60 * HOUR, "Hello, yes you can keep it. Regards, Ana from Umber."), "The brand: its response", titleOf("umber"));
    await expect.poll(() => runStep(popup)).toBe("Answered after 60h.");
    await popup.close();

    // Teal never answers: an automatic acknowledgement does not count, a follow-up gets nothing either.
    const teal = await brandSite("teal");
    popup = await browser.openPopup(teal);
    await logEmail(popup, sent("teal", NOW - 5 * DAY), "I did: my message to the brand", titleOf("teal"));
    await logEmail(popup, reply("teal", NOW - 5 * DAY + 60_000, "We have received your message and will reply within 48 hours."), "The brand: its response", titleOf("teal"));
    await expect.poll(() => runStep(popup)).toBe("Silent: no response within 3 days.");
    expect(await runFact(popup, "Follow-up")).toMatch(/^due since /);
    await logEmail(popup, sent("teal", NOW - 3 * DAY + HOUR, `Following up. ${QUESTION}`), "I did: my message to the brand", titleOf("teal"));
    expect(await runFact(popup, "Follow-up")).toMatch(/^sent /);
    expect(await runStep(popup)).toBe("Silent: no response within 3 days.");
    // The popup's campaigns section: every brand of the running campaign and its step, wherever the person is.
    const section = popup.getByRole("region", { name: "Campaigns running (1)" });
    await section.getByRole("button", { name: "Telcos: 48 hours?" }).click();
    const brands = section.getByRole("list", { name: "Telcos: 48 hours?" });
    await expect.poll(() => brands.locator("summary").allTextContents()).toEqual(["Sienna Mobile answered (24h)", "Umber Fibre answered (60h)", "Teal Telecom silent"]);
    await popup.close();

    // Everything went into the campaign's cases, sealed in their chains after the campaign's own events.
    const events = await storedEvents(browser);
    const inCase = (slug: Slug) => events.filter((e: EvidenceEvent) => e.caseId === caseOf(slug)).map((e) => (e.kind === "case-change" ? e.payload.change : e.kind));
    expect(inCase("sienna")).toEqual(["opened", "campaign", "promise", "contact-attempt", "response"]);
    expect(inCase("umber")).toEqual(["opened", "campaign", "promise", "contact-attempt", "response"]);
    expect(inCase("teal")).toEqual(["opened", "campaign", "promise", "contact-attempt", "response", "contact-attempt"]);
    await Promise.all([sienna.close(), umber.close(), teal.close()]);
  });

  it("the comparison puts every brand against the same yardstick, sorts, and opens each cell's evidence", async () => {
    const page = await browser.openDashboard(`#campaign=${campaign.id}`);
    const table = page.locator("table.comparison-table");
    await table.waitFor();
    const row = (slug: Slug) => table.locator("tbody tr", { has: page.getByRole("rowheader", { name: new RegExp(BRANDS[slug].name) }) });
    const cell = (slug: Slug, column: string) => row(slug).locator(`td.col-${column}`).textContent();

    expect(await cell("sienna", "verdict")).toBe("kept");
    expect(await cell("umber", "verdict")).toBe("broken (12.0 h late)");
    expect(await cell("teal", "verdict")).toBe("silent");
    expect([await cell("sienna", "firstResponse"), await cell("umber", "firstResponse"), await cell("teal", "firstResponse")]).toEqual(["24.0 h", "60.0 h", "none"]);
    expect([await cell("sienna", "followUps"), await cell("umber", "followUps"), await cell("teal", "followUps")]).toEqual(["0", "0", "1"]);
    expect([await cell("sienna", "attempts"), await cell("teal", "attempts")]).toEqual(["1", "2"]);
    expect(await cell("sienna", "promised")).toBe("We reply to every e-mail within 48 hours.");
    const figures = page.getByRole("list", { name: "Across the brands" });
    expect(await figures.locator(".figure").first().textContent()).toContain("42.0 h");
    expect(await figures.locator(".verdict-kept").textContent()).toBe("1 of 3kept");

    // Sorted by first response: fastest first, a brand that never answered last whichever the direction.
    const order = () => table.locator("tbody th[scope=row] a").allTextContents();
    await table.getByRole("button", { name: "First response" }).click();
    expect(await table.locator("th[aria-sort]").getAttribute("aria-sort")).toBe("ascending");
    expect(await order()).toEqual(["Sienna Mobile", "Umber Fibre", "Teal Telecom"]);
    await table.getByRole("button", { name: "First response" }).click();
    expect(await order()).toEqual(["Umber Fibre", "Sienna Mobile", "Teal Telecom"]);

    // Umber's first response opens its case at the response itself.
    const link = row("umber").locator("td.col-firstResponse a");
    const href = await link.getAttribute("href");
    const response = (await storedEvents(browser)).find((e) => e.caseId === caseOf("umber") && e.kind === "response")!;
    expect(href).toBe(`#case=${encodeURIComponent(caseOf("umber"))}&event=${encodeURIComponent(response.id)}`);
    await link.click();
    await page.getByRole("heading", { name: titleOf("umber") }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-row-key"))).toBe(response.id);
    expect(await page.locator(".case-campaigns").textContent()).toContain("Part of the campaign “Telcos: 48 hours?” (protocol version 1)");
    await page.close();
  });
});

/** RFC 4180 as the CSV writes it: quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

describe("the campaign's exports", () => {
  it("the CSV, the report and the signed bundle of all dossiers say what the table says; the bundle verifies", { timeout: 180_000 }, async () => {
    const page = await browser.openDashboard(`#campaign=${campaign.id}`);
    await page.locator("table.comparison-table").waitFor();

    const csv = await download(page, "Comparison as CSV (data desk)");
    expect(csv.name).toMatch(/^receipts-campaign-telcos-48-hours-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(new TextDecoder().decode(csv.bytes));
    const pick = (r: Record<string, string>) => [r.brand, r.verdict, r.first_response_hours, r.late_hours, r.follow_ups, r.attempts, r.case_deleted];
    expect(rows.map(pick)).toEqual([
      ["Sienna Mobile", "kept", "24.00", "", "0", "1", "false"],
      ["Umber Fibre", "broken", "60.00", "12.00", "0", "1", "false"],
      ["Teal Telecom", "silent", "", expect.any(String), "1", "2", "false"],
    ]);
    const umberResponse = (await storedEvents(browser)).find((e) => e.caseId === caseOf("umber") && e.kind === "response")!;
    expect(rows[1]!.first_response_evidence?.split(" ")).toContain(umberResponse.id);

    const report = await download(page, "HTML report (to publish)");
    expect(report.name).toMatch(/\.html$/);
    const reportPage = await browser.context.newPage();
    await reportPage.setContent(new TextDecoder().decode(report.bytes));
    const body = (await reportPage.locator("body").textContent()) ?? "";
    for (const words of ["Telcos: 48 hours?", "Sienna Mobile", "Umber Fibre", "Teal Telecom", QUESTION, "Methodology"]) expect(body).toContain(words);
    expect(await reportPage.locator("table.comparison tbody tr").count()).toBe(3);
    expect(await reportPage.evaluate(() => document.scripts.length)).toBe(0);
    await reportPage.close();

    const bundle = await download(page, "All dossiers, signed (ZIP)");
    expect(bundle.name).toMatch(/\.zip$/);
    const verdict = await verifyBundle(bundle.bytes);
    expect(verdict.findings).toEqual([]);
    expect(verdict.verdict).toBe("intact");
    const files = unzipSync(bundle.bytes);
    expect(Object.keys(files).filter((p) => p.endsWith("/case.json")).sort()).toEqual(["cases/sienna-mobile/case.json", "cases/teal-telecom/case.json", "cases/umber-fibre/case.json"]);
    expect(parseCsv(new TextDecoder().decode(files["comparison.csv"]!)).map(pick)).toEqual(rows.map(pick));
    await page.close();
  });
});

describe("one brand's own promise, and the follow-up reminder", () => {
  it("pin the brand's promise, send, wait; when the follow-up falls due: one notification and the words to send", { timeout: 180_000 }, async () => {
    const own = await seedCampaign(browser, {
      name: "Own words",
      protocol: { ...PROTOCOL, pinning: "per-brand", wait: { amount: 5, unit: "calendar-days" } },
      brands: [{ name: BRANDS.ochre.name, domains: BRANDS.ochre.domains }],
      created: NOW - 4 * DAY,
      started: NOW - 3 * DAY,
    });
    const ochre = await brandSite("ochre");
    let popup = await browser.openPopup(ochre);
    await expect.poll(() => runStep(popup)).toBe("Next: pin Ochre Energy's own promise from its site (select it, then “Record a promise”).");
    expect(await runFact(popup, "Promise under test")).toBe("to pin from the brand's site");
    await popup.close();

    // The person selects the brand's own words on its site and records them from the popup.
    await selectText(ochre, "#promise");
    popup = await browser.openPopup(ochre);
    await expect.poll(() => popup.getByText("Selected: “Ochre Energy answers every e-mail within 24 hours.”").count()).toBe(1);
    await popup.getByRole("button", { name: "Record a promise" }).click();
    await expect.poll(() => runStep(popup), { timeout: 20_000 }).toBe("Next: send the question by e-mail.");
    expect(await runFact(popup, "Promise under test")).toMatch(/^the brand's own, pinned /);

    // Sent two days ago, less 25 seconds: the follow-up falls due in 25 seconds.
    const before = await notificationsFrom(popup);
    const now = Math.floor(Date.now() / 1000) * 1000;
    await logEmail(popup, sent("ochre", now - 2 * DAY + 25_000), "I did: my message to the brand", `${BRANDS.ochre.name} — Own words`);
    await expect.poll(() => runStep(popup)).toMatch(/^Waiting for a response \(/);
    expect(await runFact(popup, "Follow-up")).toMatch(/^due .+ if nothing comes$/);
    const caseId = own.brands[0]!.caseId;
    // (Ochre's own promise, 24 hours, is broken by then too: that is the deadline notice's business, not this one's.)
    const reminders = async () => (await notificationsFrom(popup)).filter((id) => !before.includes(id) && id.startsWith("receipts.follow-up|"));
    await expect.poll(reminders, { timeout: 90_000, interval: 1000 }).toEqual([expect.stringContaining(`receipts.follow-up|${own.id}|${caseId}|`)]);

    // The popup, opened again, says to follow up now, with the words to send.
    await popup.close();
    popup = await browser.openPopup(ochre);
    await expect.poll(() => runStep(popup)).toMatch(/^Follow up now: no response 4[78]h after your message\.$/);
    const words = await popup.getByLabel("Your follow-up, word for word").inputValue();
    expect(words).toMatch(/^I am following up on my message of .+, which has had no answer:\n\nCan I keep my phone number/);

    // Followed up: waiting again, and no second reminder for the same message.
    await logEmail(popup, sent("ochre", Math.floor(Date.now() / 1000) * 1000 - 1000, words), "I did: my message to the brand", `${BRANDS.ochre.name} — Own words`);
    await expect.poll(() => runStep(popup)).toMatch(/^Waiting for a response/);
    expect(await runFact(popup, "Follow-up")).toMatch(/^sent /);
    await new Promise((r) => setTimeout(r, 3000));
    expect((await notificationsFrom(popup)).filter((id) => id.startsWith("receipts.follow-up|"))).toHaveLength(1);
    await popup.close();
    await ochre.close();
  });
});
