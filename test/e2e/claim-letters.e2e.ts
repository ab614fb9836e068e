// Claim letters, end to end in Chromium. A case for the fixture brand's site holds three weeks of history
// (the brand's "we reply within 48 hours", an e-mail answered late, a refund of 49,99 € promised on a
// page whose text carries markup and never paid, a chat with an agent whose name is markup); then the
// person sends the site's contact form, captured by the extension into the same case. On the case page,
// "Write a letter" renders each template in English and French; each is downloaded and read back: its
// facts, dates, amounts and event ids, and captured markup that stays text, also when the file is opened
// in the browser. The form refuses to hand over a letter with a blank, and the dossier exported from the
// letter is the one whose manifest fingerprint the letter gives.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { EvidenceEvent } from "../../src/domain/evidence";
import { sha256Hex } from "../../src/domain/integrity/sha256";
import { formatDayTime, type LetterLanguage } from "../../src/domain/letters/letter-format";
import type { TemplateId } from "../../src/domain/letters/letter-model";
import type { PromiseReading } from "../../src/domain/promises/promise-reading";
import { aCase, seed, seedCases } from "./case-seed";
import { ZONE } from "./case-support";
import { storedEvents, watchSiteOf } from "./support/evidence";
import { chromiumSession } from "./support/session";

const session = chromiumSession();
const AXE = readFileSync(fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url)), "utf8");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T = Date.now();
const ago = (days: number, hours = 0) => T - days * DAY - hours * HOUR;

/** The brand's page text, markup and all, as a selection would capture it (test/fixtures/sites/yellow/promise-en.html). */
const REFUND_QUOTE = "<script>alert('x')</script> We will <b>refund</b> the 49,99 € within 14 days.";
const AGENT = `Julie <img src=x onerror="alert(1)">`;
const TYPED = `The wall is flooded. <script>alert("typed")</script>`;

const reading = (kind: PromiseReading["kind"], deadline: PromiseReading["deadline"], clockStart: PromiseReading["clockStart"]): PromiseReading => ({
  kind,
  ...(deadline ? { deadline } : {}),
  clockStart,
  language: "en",
  confidence: 0.9,
  matched: {},
});

const IDS = { standing: "letters-standing-01", email: "letters-email-000001", refund: "letters-refund-0001", answer: "letters-answer-0001", chat: "letters-chat-00001", julie: "letters-julie-0001" };

let dashboard: Page;
let dir = "";
let caseId = "";
let captured: EvidenceEvent;
let reference = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "receipts-letters-e2e-"));
  const { browser, server } = session;
  // The background creates the database on install: wait for it before writing beside it.
  await browser.worker.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const known = (await indexedDB.databases()).find((d) => d.name === "receipts");
      if (known?.version && known.version >= 40) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the extension's database was not created");
  });
  const page = (path: string, title: string) => ({ url: server.url("127.0.0.1", path), title, frameOrigin: server.url("127.0.0.1", "").replace(/\/$/, "") });
  const theCase = aCase("Fibre installation damage", "Yellow Telecom", ["127.0.0.1"], ago(22));
  caseId = theCase.id;
  await seedCases(browser, [
    {
      theCase,
      events: [
        seed("promise", { quote: "We reply within 48 hours.", reading: reading("reply-time", { type: "duration", amount: 48, unit: "hours" }, "each-contact") }, ago(21), { id: IDS.standing, source: page("/yellow/promise-en.html", "Contact us — Yellow Telecom") }),
        seed("contact-attempt", { channel: "email", fields: [], target: "care@yellow-telecom.test", summary: "My mother's wall was flooded by your subcontractor." }, ago(20), { id: IDS.email, byHand: true }),
        seed("promise", { quote: REFUND_QUOTE, reading: reading("refund", { type: "duration", amount: 14, unit: "calendar-days" }, "statement") }, ago(18), { id: IDS.refund, source: page("/yellow/promise-en.html", "Contact us — Yellow Telecom") }),
        seed("response", { channel: "email", from: "Gertrude Martin <g.martin@yellow-telecom.test>", text: "We are looking into it.", inReplyTo: IDS.email }, ago(17), { id: IDS.answer, byHand: true }),
        seed("message", { conversationId: "chat-1", vendor: "generic", event: "message", side: "person", text: "The wall is still wet." }, ago(10), { id: IDS.chat, source: page("/yellow/chat-generic.html", "Chat — Yellow Telecom") }),
        seed("message", { conversationId: "chat-1", vendor: "generic", event: "message", side: "agent", author: AGENT, text: "I am passing you to a colleague." }, ago(10) + 60_000, { id: IDS.julie, source: page("/yellow/chat-generic.html", "Chat — Yellow Telecom") }),
      ],
    },
  ]);

  // The person writes through the brand's contact form: captured by the extension into the same case.
  const site = await browser.context.newPage();
  await site.goto(server.url("127.0.0.1", "/yellow/contact.html"));
  await watchSiteOf(browser, site);
  await site.getByLabel("Your name").fill("Marc Dupont");
  await site.getByLabel("E-mail address").fill("marc@example.org");
  await site.getByLabel("Your message").fill(TYPED);
  await Promise.all([site.waitForURL("**/yellow/contact"), site.getByRole("button", { name: "Send" }).click()]);
  let events: EvidenceEvent[] = [];
  for (let i = 0; i < 150 && !events.some((e) => e.kind === "contact-outcome"); i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 100));
    events = (await storedEvents(browser)).filter((e) => e.caseId === caseId);
  }
  captured = events.find((e) => e.kind === "contact-attempt" && e.payload.channel === "web-form") as EvidenceEvent;
  const outcome = events.find((e) => e.kind === "contact-outcome");
  reference = outcome?.kind === "contact-outcome" ? (outcome.payload.reference ?? "") : "";
  expect(reference).toMatch(/^YT-\d+$/);
  await site.close();

  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  dashboard = await browser.openDashboard(`#case=${caseId}`);
  await dashboard.getByRole("heading", { name: "Fibre installation damage" }).waitFor();
  await dashboard.getByRole("button", { name: "Write a letter" }).click();
  await dashboard.getByLabel("Which letter").waitFor();
}, 90_000);

afterAll(async () => {
  await dashboard?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const field = (label: string) => dashboard.locator(".letter-form").getByLabel(new RegExp(`^${label.replace(/[()?]/g, "\\$&")}( \\*)?$`));

async function choose(template: TemplateId, lang: LetterLanguage): Promise<void> {
  const names: Record<TemplateId, string> = {
    complaint: "Formal complaint to the brand",
    "formal-notice": "Formal notice before further action",
    "air-passenger": "Air passenger claim (Regulation (EC) 261/2004)",
    chargeback: "Chargeback request to your card issuer",
    ombudsman: "Referral to an ombudsman",
  };
  await dashboard.getByLabel("Which letter").selectOption({ label: names[template] });
  await dashboard.getByLabel("Language of the letter").selectOption(lang);
}

/** What only the person knows, typed into the form (the fields shared by every letter are typed once). */
async function fill(template: TemplateId): Promise<void> {
  await field("Your name").fill("Marc Dupont");
  await field("Your postal address").fill("3 rue des Lilas\n75011 Paris");
  await field("Town you write from").fill("Paris");
  switch (template) {
    case "complaint":
      await field("What happened, in your words").fill(TYPED);
      await field("What you ask for").fill("send a technician and repair the wall");
      break;
    case "formal-notice":
      await field("Recipient's postal address").fill("Service clients\n1 avenue de la Fibre\n75001 Paris");
      await field("What the brand must do").fill("repair the wall and refund the 49,99 €");
      await field("Deadline to perform").selectOption({ label: "15 days" });
      break;
    case "air-passenger":
      await field("Airline").fill("Air Exemple");
      await field("Flight number").fill("AE 22");
      await field("Date of the flight").fill("2025-03-01");
      await field("Departure airport").fill("CDG");
      await field("Final destination").fill("JFK");
      await field("Scheduled arrival (local time)").fill("2025-03-01T10:00");
      await field("Actual arrival at the final destination (local time)").fill("2025-03-01T13:30");
      break;
    case "chargeback":
      await field("Your card issuer (bank)").fill("Banque Exemple");
      await field("Last four digits of the card").fill("4242");
      await field("Date of the payment").fill("2025-02-20");
      break;
    case "ombudsman":
      await field("Ombudsman").fill("Médiateur des communications électroniques");
      await field("What happened, in your words").fill(TYPED);
      await field("What you ask for").fill("obtain the repair of the wall");
      break;
  }
}

/** Clicks a download button; the file is kept under its suggested name (so a browser opens it as what it is). */
async function download(button: string): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([dashboard.waitForEvent("download", { timeout: 20_000 }), dashboard.getByRole("button", { name: button }).click()]);
  const path = join(dir, file.suggestedFilename());
  copyFileSync(await file.path(), path);
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8"), path };
}

const when = (at: number, lang: LetterLanguage) => formatDayTime(at, ZONE, lang);

const EXPECT: Record<TemplateId, { subject: Record<LetterLanguage, RegExp>; amounts?: Record<LetterLanguage, RegExp> }> = {
  complaint: { subject: { en: /Formal complaint — Fibre installation damage/, fr: /Réclamation — Fibre installation damage/ } },
  "formal-notice": { subject: { en: /Formal notice to perform — Fibre installation damage/, fr: /Mise en demeure — Fibre installation damage/ } },
  "air-passenger": {
    subject: { en: /Claim under Regulation \(EC\) No 261\/2004 — flight AE 22 of 1 March 2025/, fr: /au titre du règlement \(CE\) n° 261\/2004 — vol AE 22 du 1er mars 2025/ },
    amounts: { en: /is €600\.[\s\S]*I therefore claim €300\./, fr: /s'élève à 600\s€\.[\s\S]*Je réclame donc 300\s€\./ },
  },
  chargeback: {
    subject: { en: /Chargeback request — card ending in 4242 — payment to Yellow Telecom of 20 February 2025/, fr: /Demande de rétrofacturation — carte se terminant par 4242 — paiement à Yellow Telecom du 20 février 2025/ },
    amounts: { en: /I paid €49\.99 to Yellow Telecom[\s\S]*credit €49\.99 back/, fr: /j'ai payé 49,99\s€ à Yellow Telecom[\s\S]*recréditer 49,99\s€ sur mon compte/ },
  },
  ombudsman: { subject: { en: /Referral of a dispute with Yellow Telecom — Fibre installation damage/, fr: /Saisine — litige avec Yellow Telecom — Fibre installation damage/ } },
};

describe("claim letters from a case captured on the brand's site", () => {
  for (const template of ["complaint", "formal-notice", "air-passenger", "chargeback", "ombudsman"] as const) {
    for (const lang of ["en", "fr"] as const) {
      it(`${template} in ${lang === "en" ? "English" : "French"}: downloaded, with the case's facts, dates, amounts and event ids, captured markup inert`, async () => {
        await choose(template, lang);
        await fill(template);
        const preview = dashboard.getByRole("article", { name: "Preview of the letter" });
        await expect.poll(() => preview.getAttribute("lang")).toBe(lang);
        const letter = await download("Download the letter (HTML, to print)");
        expect(letter.name).toMatch(new RegExp(`^receipts-Yellow-Telecom-Fibre-installation-damage-\\d{4}-\\d{2}-\\d{2}-letter-${template}-${lang}\\.html$`));
        const html = letter.text;
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toMatch(EXPECT[template].subject[lang]);
        // Facts from the case: the captured form and its reference, the e-mail's date, the broken refund promise, each with event ids.
        expect(html).toContain(lang === "fr" ? `sous la référence ${reference}` : `under the reference ${reference}`);
        expect(html).toContain(captured.id);
        expect(html).toContain(IDS.email);
        expect(html).toContain(IDS.refund);
        expect(html).toContain(when(ago(20), lang));
        expect(html).toContain(when(ago(18), lang));
        expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; We will &lt;b&gt;refund&lt;/b&gt; the 49,99 € within 14 days.");
        expect(html).not.toMatch(/<(script|img|b)[\s>]/i);
        expect(html).toContain(lang === "fr" ? "Faits tirés du dossier" : "Facts taken from the case file");
        expect(html).toContain(lang === "fr" ? "Madame, Monsieur," : "Dear Sir or Madam,");
        if (template === "formal-notice") {
          expect(html).toContain(lang === "fr" ? "dans un délai de 15 jours" : "within 15 days of receiving this letter");
          if (lang === "fr") {
            expect(html).toContain("Lettre recommandée avec accusé de réception");
            expect(html).toContain("au sens de l&#39;article 1344 du Code civil");
          }
        }
        if (template === "air-passenger") expect(html).toContain(lang === "fr" ? "Comme l&#39;a jugé la Cour de justice" : "As the Court of Justice held in Sturgeon and Others");
        if (template === "complaint" || template === "ombudsman") {
          expect(html).toContain("Julie &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
          expect(html).toContain("&lt;script&gt;alert(&quot;typed&quot;)&lt;/script&gt;");
        }
        if (template === "ombudsman") expect(html).toContain(lang === "fr" ? "il y a 20 jours" : ": 20 days ago.");

        // Opened in the browser, the letter runs nothing and shows the markup as text.
        const opened = await session.browser.context.newPage();
        const dialogs: string[] = [];
        opened.on("dialog", (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        await opened.goto(pathToFileURL(letter.path).href);
        expect(await opened.evaluate(() => document.contentType)).toBe("text/html");
        expect(await opened.locator("article.letter").count()).toBe(1);
        expect(await opened.evaluate(() => document.querySelectorAll("script, img, b, iframe").length)).toBe(0);
        const shown = await opened.evaluate(() => document.body.innerText);
        if (EXPECT[template].amounts) expect(shown).toMatch(EXPECT[template].amounts![lang]);
        expect(await opened.locator(".facts").textContent()).toContain("<script>alert('x')</script> We will <b>refund</b> the 49,99 € within 14 days.");
        expect(await opened.title()).not.toBe("pwned");
        expect(dialogs).toEqual([]);
        await opened.close();
      });
    }
  }

  it("the plain text for an e-mail, downloaded and copied: numbered facts with their event ids", async () => {
    await choose("chargeback", "fr");
    const text = await download("Download as text");
    expect(text.name).toMatch(/-letter-chargeback-fr\.txt$/);
    expect(text.text).toMatch(/^Marc Dupont\n3 rue des Lilas\n75011 Paris\n/);
    expect(text.text).toContain("FAITS TIRÉS DU DOSSIER");
    expect(text.text).toMatch(new RegExp(`\\d\\. Le ${when(ago(18), "fr")}, Yellow Telecom a promis : « <script>alert\\('x'\\)</script> We will <b>refund</b> the 49,99 € within 14 days\\. »`));
    expect(text.text).toContain(`(événements : ${IDS.refund})`);
    await dashboard.getByRole("button", { name: "Copy the text" }).click();
    await expect.poll(() => dashboard.getByRole("status").filter({ hasText: "copied" }).count()).toBe(1);
    expect(await dashboard.evaluate(() => navigator.clipboard.readText())).toBe(text.text);
  });

  it("refuses to hand over a letter with a blank: says what to fill, focuses it, loses nothing", async () => {
    await choose("ombudsman", "en");
    await field("Ombudsman").fill("");
    let downloads = 0;
    const count = () => downloads++;
    dashboard.on("download", count);
    await dashboard.getByRole("button", { name: "Download the letter (HTML, to print)" }).click();
    const alert = dashboard.locator(".letter-output").getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("The letter is not ready to send yet:");
    expect(await alert.textContent()).toContain("Fill in: Ombudsman.");
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.id)).toBe("letter-field-recipientName");
    expect(await field("Ombudsman").getAttribute("aria-invalid")).toBe("true");
    expect(await dashboard.getByRole("article", { name: "Preview of the letter" }).textContent()).toContain("[to fill in: the recipient's name]");
    // What was typed before is still there.
    expect(await field("What you ask for").inputValue()).toBe("obtain the repair of the wall");
    // A card number in full is refused.
    await choose("chargeback", "en");
    await field("Last four digits of the card").fill("4970 1012 3456 7890");
    await dashboard.getByRole("button", { name: "Download the letter (HTML, to print)" }).click();
    await expect.poll(() => alert.textContent()).toContain("Card: only its last four digits, never the whole number.");
    expect(await dashboard.getByRole("article", { name: "Preview of the letter" }).textContent()).not.toContain("7890");
    dashboard.off("download", count);
    expect(downloads).toBe(0);
    await field("Last four digits of the card").fill("4242");
    await choose("ombudsman", "en");
    await field("Ombudsman").fill("Médiateur des communications électroniques");
  });

  it("has a form whose every control is named, with its issues tied to the fields (axe-core)", async () => {
    await choose("air-passenger", "fr");
    await field("Flight number").fill("");
    await dashboard.getByRole("button", { name: "Download the letter (HTML, to print)" }).click();
    await expect.poll(() => field("Flight number").getAttribute("aria-invalid")).toBe("true");
    // Evaluated through the DevTools protocol: the extension page's CSP would refuse an inline <script>.
    await dashboard.evaluate(AXE);
    const violations = await dashboard.evaluate(async () => {
      type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<Result> } }).axe;
      const result = await axe.run(document.querySelector(".letter-writer") as Element, { resultTypes: ["violations"] });
      return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
    await field("Flight number").fill("AE 22");
  });

  it("exports the signed dossier as the letter's annex: the letter gives the manifest's SHA-256", async () => {
    await choose("complaint", "en");
    const [bundle] = await Promise.all([dashboard.waitForEvent("download", { timeout: 30_000 }), dashboard.getByRole("button", { name: "Export the signed dossier for this letter" }).click()]);
    const zip = new Uint8Array(readFileSync(await bundle.path()));
    const manifest = unzipSync(zip)["manifest.json"];
    expect(manifest).toBeDefined();
    const manifestSha = await sha256Hex(manifest as Uint8Array);
    await expect.poll(() => dashboard.getByRole("article", { name: "Preview of the letter" }).textContent()).toContain(manifestSha);
    const letter = await download("Download the letter (HTML, to print)");
    expect(letter.text).toContain(`Case file: ${bundle.suggestedFilename()}.`);
    expect(letter.text).toContain(`SHA-256 of its manifest (manifest.json): ${manifestSha}.`);
    const signer = (JSON.parse(new TextDecoder().decode(manifest)) as { signer: { fingerprint: string } }).signer.fingerprint;
    expect(letter.text).toContain((signer.toUpperCase().match(/.{4}/g) ?? []).join(" "));
  });
});
