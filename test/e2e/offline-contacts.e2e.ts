// Contacts made outside the browser, entered by hand from the popup in Chromium: a call logged the
// next day (starting a case), a registered letter, a visit, a social post taken from the open tab,
// and e-mails dropped as .eml files. Checked field by field in storage, then in the dashboard.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { EvidenceEvent } from "../../src/domain/evidence";
import { chromiumSession } from "./support/session";
import { storedEvents } from "./support/evidence";

const session = chromiumSession();
const ZONE = "Europe/Paris";
const eml = (name: string) => fileURLToPath(new URL(`../fixtures/eml/${name}`, import.meta.url));
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const HOSTILE = `<b>Bold</b> <img src=x onerror="window.__pwned = 1"> They will send a technician.`;

/** A page that is not a brand's site: the log form then asks which case. */
async function plainPage(title = "Notes"): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url("localhost", `/echo?html=${encodeURIComponent(`<title>${title}</title><p>${title}</p>`)}`));
  return page;
}

async function openLogForm(page: Page): Promise<Page> {
  const popup = await session.browser.openPopup(page);
  await popup.getByRole("button", { name: "Log a call, letter, visit…" }).click();
  await popup.getByRole("heading", { name: "A contact outside the browser" }).waitFor();
  return popup;
}

/** Saves and waits for exactly one more stored event and the popup's word that it is saved. */
async function save(popup: Page, caseTitle = "Yellow Telecom"): Promise<void> {
  const before = (await storedEvents(session.browser)).length;
  await popup.getByRole("button", { name: "Save to the case" }).click();
  await expect.poll(async () => (await storedEvents(session.browser)).length).toBe(before + 1);
  await expect.poll(() => popup.getByRole("status").last().textContent()).toContain(`Saved to the case “${caseTitle}”.`);
}

async function lastEvent(): Promise<EvidenceEvent> {
  const events = await storedEvents(session.browser);
  const last = events.at(-1);
  if (!last) throw new Error("nothing stored");
  return last;
}

function byHandCollection(event: EvidenceEvent): void {
  expect(event.collection).toMatchObject({ method: "by-hand", extensionVersion: "0.1.0", browser: expect.stringMatching(/Chrom/) });
  expect(event.recorded.timeZone).toBe(ZONE);
  expect(event.occurred.timeZone).toBe(ZONE);
}

let caseId = "";

describe("contacts entered by hand, in Chromium", () => {
  it("a call logged the next day starts a case; errors show by their field and lose nothing typed", async () => {
    const page = await plainPage();
    const popup = await openLogForm(page);
    expect(await popup.getByText("No case yet: name the brand to start one.").count()).toBe(1);
    expect(await popup.getByRole("radio", { name: "Phone call" }).isChecked()).toBe(true);

    // A first try with mistakes: nothing is stored, each error sits under its field.
    const tomorrow = new TZDate(Date.now() + 86_400_000, ZONE);
    const future = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}T09:00`;
    await popup.getByLabel("When", { exact: true }).fill(future);
    await popup.getByLabel("Who answered").fill("Julie");
    await popup.getByLabel("What was said").fill(HOSTILE);
    await popup.getByLabel("How long").fill("about ten");
    await popup.getByRole("button", { name: "Save to the case" }).click();
    await expect.poll(() => popup.getByRole("status").last().textContent()).toContain("Some answers need a correction");
    const errorOf = async (label: string) => {
      const id = await popup.getByLabel(label, { exact: true }).getAttribute("aria-describedby");
      return popup.locator(`[id="${id?.split(" ").at(-1)}"]`).textContent();
    };
    expect(await errorOf("Brand name")).toBe("Enter the brand's name.");
    expect(await errorOf("Brand's web address")).toBe("Enter the brand's web address, like yellow-telecom.fr.");
    expect(await errorOf("Number called")).toBe("Enter the number you called.");
    expect(await errorOf("When")).toBe("This is in the future: enter when it happened.");
    expect(await errorOf("How long")).toBe("Enter minutes (25) or hours and minutes (1:30).");
    expect(await popup.getByLabel("Brand name").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await popup.getByLabel("Who answered").inputValue()).toBe("Julie");
    expect(await popup.getByLabel("What was said").inputValue()).toBe(HOSTILE);
    expect(await storedEvents(session.browser)).toHaveLength(0);

    // Corrected: the call happened yesterday at 18:40 and is written down now.
    const yesterday = new TZDate(Date.now() - 86_400_000, ZONE);
    const when = new TZDate(yesterday.getFullYear(), yesterday.getMonth(), yesterday.getDate(), 18, 40, ZONE);
    const typed = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, "0")}-${String(when.getDate()).padStart(2, "0")}T18:40`;
    await popup.getByLabel("Brand name").fill("Yellow Telecom");
    await popup.getByLabel("Brand's web address").fill("https://www.yellow-telecom.fr/contact");
    await popup.getByLabel("Number called").fill("09 69 36 39 00");
    await popup.getByLabel("When", { exact: true }).fill(typed);
    await popup.getByLabel("How long").fill("25");
    await popup.getByLabel("What was promised").fill("A technician on Friday, and a refund of the month.");
    const before = Date.now();
    await save(popup);
    const after = Date.now();

    const call = await lastEvent();
    if (call.kind !== "contact-attempt") throw new Error(`expected a contact attempt, got ${call.kind}`);
    expect(call.payload).toEqual({
      channel: "phone",
      fields: [],
      target: "09 69 36 39 00",
      durationMinutes: 25,
      spokeWith: "Julie",
      summary: HOSTILE,
      promised: "A technician on Friday, and a refund of the month.",
    });
    expect(call.occurred.at).toBe(when.getTime());
    expect(call.recorded.at).toBeGreaterThanOrEqual(before);
    expect(call.recorded.at).toBeLessThanOrEqual(after);
    expect(call.recorded.at - call.occurred.at).toBeGreaterThan(60 * 60_000);
    expect(call.source).toBeUndefined();
    byHandCollection(call);
    const cases = await session.browser.inWorker(
      () =>
        new Promise<{ id: string; title: string; brand: { name: string; domains: string[] } }[]>((resolve, reject) => {
          const open = indexedDB.open("receipts");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction("cases").objectStore("cases").getAll();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
    expect(cases.map((c) => ({ title: c.title, brand: c.brand }))).toEqual([{ title: "Yellow Telecom", brand: { name: "Yellow Telecom", domains: ["yellow-telecom.fr"] } }]);
    caseId = cases[0]!.id;
    expect(call.caseId).toBe(caseId);
    // Typed HTML is text in the popup too.
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it("a registered letter received, then a visit in the case picked from the short list", async () => {
    const page = await plainPage();
    const popup = await openLogForm(page);
    // Not a brand site: the person picks the case; saving without one says so.
    await popup.getByRole("radio", { name: "Visit to a shop" }).check();
    await popup.getByLabel("Where").fill("Yellow shop, 12 rue de la Paix, Paris");
    await popup.getByRole("button", { name: "Save to the case" }).click();
    await expect.poll(() => popup.getByText("Choose the case this belongs to.").count()).toBe(1);
    await popup.getByLabel("Case", { exact: true }).selectOption({ label: "Yellow Telecom" });
    await popup.getByLabel("Whom you spoke with").fill("The shop manager");
    await popup.getByLabel("What was said").fill("They cannot do anything in the shop.");
    await popup.getByLabel("When", { exact: true }).fill("2026-03-07T11:15");
    await save(popup);
    const visit = await lastEvent();
    expect(visit).toMatchObject({
      kind: "contact-attempt",
      caseId,
      occurred: { at: new TZDate(2026, 2, 7, 11, 15, ZONE).getTime() },
      payload: { channel: "visit", fields: [], place: "Yellow shop, 12 rue de la Paix, Paris", spokeWith: "The shop manager", summary: "They cannot do anything in the shop." },
    });
    byHandCollection(visit);

    await popup.getByRole("radio", { name: "Letter or registered mail" }).check();
    await popup.getByRole("radio", { name: "I received it" }).check();
    await popup.getByRole("checkbox", { name: "Registered mail" }).check();
    await popup.getByLabel("Tracking number").fill("1A 234 567 8901 2");
    await popup.getByLabel("Summary").fill("Formal refusal to pay for the repairs.");
    await popup.getByLabel("When", { exact: true }).fill("2026-03-09T10:00");
    await save(popup);
    const letter = await lastEvent();
    if (letter.kind !== "response") throw new Error(`expected a response, got ${letter.kind}`);
    expect(letter.caseId).toBe(caseId);
    expect(letter.payload).toEqual({ channel: "letter", registered: true, trackingNumber: "1A 234 567 8901 2", text: "Formal refusal to pay for the repairs." });
    expect(letter.occurred.at).toBe(new TZDate(2026, 2, 9, 10, 0, ZONE).getTime());
    byHandCollection(letter);
    await popup.close();
    await page.close();
  });

  it("a social post open in the tab: its address and title come from the tab", async () => {
    const post = await plainPage("Marc on Social: @yellow my line is down");
    const popup = await openLogForm(post);
    await popup.getByLabel("Case", { exact: true }).selectOption({ label: "Yellow Telecom" });
    await popup.getByRole("radio", { name: "Social media post" }).check();
    await popup.getByRole("button", { name: "Use the page open in this tab" }).click();
    expect(await popup.getByLabel("Address of the post").inputValue()).toBe(post.url());
    expect(await popup.getByText("Taken from the tab: Marc on Social: @yellow my line is down").count()).toBe(1);
    await popup.getByLabel("Platform").fill("Mastodon");
    await popup.getByLabel("Text of the post").fill("@yellow my line has been down for 9 days <script>alert(1)</script>");
    await save(popup);
    const saved = await lastEvent();
    expect(saved).toMatchObject({
      kind: "contact-attempt",
      caseId,
      payload: { channel: "social", fields: [], target: post.url(), platform: "Mastodon", summary: "@yellow my line has been down for 9 days <script>alert(1)</script>" },
      source: { url: post.url(), title: "Marc on Social: @yellow my line is down", frameOrigin: new URL(post.url()).origin, tabId: expect.any(Number) },
    });
    byHandCollection(saved);
    await popup.close();
    await post.close();
  });

  it("e-mails dropped as .eml files: who wrote it is guessed from the sender, and switched in one click", async () => {
    const page = await plainPage();
    const popup = await openLogForm(page);
    await popup.getByLabel("Case", { exact: true }).selectOption({ label: "Yellow Telecom" });
    await popup.getByRole("radio", { name: "E-mail (.eml file)" }).check();
    const file = popup.getByLabel("E-mail file (.eml)");

    // Not an e-mail: said plainly, next to the file field.
    await file.setInputFiles(eml("malformed.eml"));
    await expect.poll(() => popup.getByText("This file is not an e-mail.", { exact: false }).count()).toBe(1);

    // The brand's reply: a response, with every header and each attachment's fingerprint.
    await file.setInputFiles(eml("multipart-attachments.eml"));
    await popup.getByText("Re: Water damage during the fibre installation").waitFor();
    expect(await popup.getByRole("radio", { name: "The brand: its response" }).isChecked()).toBe(true);
    await save(popup);
    const reply = await lastEvent();
    if (reply.kind !== "response") throw new Error(`expected a response, got ${reply.kind}`);
    const pdf = "%PDF-1.4\n% a stand-in invoice for the tests\n1 0 obj << >> endobj\n%%EOF\n";
    const jpeg = new Uint8Array(768).map((_, i) => i % 256);
    expect(reply.payload).toMatchObject({
      channel: "email",
      from: "Yellow Telecom Service Client <service-client@yellow-telecom.fr>",
      email: {
        fileName: "multipart-attachments.eml",
        date: "Wed, 4 Mar 2026 11:30:00 +0100",
        sentAt: Date.UTC(2026, 2, 4, 10, 30),
        from: { name: "Yellow Telecom Service Client", address: "service-client@yellow-telecom.fr" },
        to: [{ name: "Marc Dupont", address: "marc@example.org" }],
        cc: [{ name: "Litiges", address: "litiges@yellow-telecom.fr" }],
        subject: "Re: Water damage during the fibre installation",
        messageId: "<reply-778812@yellow-telecom.fr>",
        textFromHtml: false,
        attachments: [
          { fileName: "facture-2026-03.pdf", mediaType: "application/pdf", size: pdf.length, sha256: sha256(pdf) },
          { fileName: "photo-mur.jpg", mediaType: "image/jpeg", size: 768, sha256: sha256(jpeg) },
        ],
      },
    });
    expect(reply.payload.email?.text).toContain("Un expert passera le 12 mars entre 9 h et 12 h.");
    expect(reply.occurred.at).toBe(Date.UTC(2026, 2, 4, 10, 30));
    expect(JSON.stringify(reply)).not.toContain("JVBERi0");
    byHandCollection(reply);

    // The person's own e-mail: a contact attempt to its recipients.
    await popup.getByRole("radio", { name: "E-mail (.eml file)" }).check();
    await file.setInputFiles(eml("plain.eml"));
    await popup.getByText("Water damage during the fibre installation", { exact: true }).waitFor();
    expect(await popup.getByRole("radio", { name: "I did: my message to the brand" }).isChecked()).toBe(true);
    await save(popup);
    const sent = await lastEvent();
    expect(sent).toMatchObject({
      kind: "contact-attempt",
      occurred: { at: Date.UTC(2026, 2, 2, 8, 14, 5) },
      payload: { channel: "email", target: "Yellow Telecom customer service <service-client@yellow-telecom.fr>", email: { messageId: "<20260302091405.4411@example.org>" } },
    });

    // Guessed wrong (a brand address, but the person wrote it): one click switches it.
    await file.setInputFiles(eml("french-subject.eml"));
    await popup.getByText("Réclamation n° 48151 : dégât des eaux — proposition de geste commercial").waitFor();
    expect(await popup.getByRole("radio", { name: "The brand: its response" }).isChecked()).toBe(true);
    await popup.getByRole("radio", { name: "I did: my message to the brand" }).click();
    await save(popup);
    const switched = await lastEvent();
    expect(switched).toMatchObject({ kind: "contact-attempt", payload: { channel: "email", email: { subject: "Réclamation n° 48151 : dégât des eaux — proposition de geste commercial" } } });
    await popup.close();
    await page.close();
  });

  it("the dashboard shows each entry readably, and typed HTML as text", async () => {
    const dashboard = await session.browser.openDashboard(`#case=${encodeURIComponent(caseId)}`);
    // The timeline draws only the rows in view: a tall window shows all seven entries at once.
    await dashboard.setViewportSize({ width: 1280, height: 8000 });
    const timeline = dashboard.getByRole("list", { name: "Timeline of the case" });
    await expect.poll(() => timeline.getByRole("listitem").count()).toBe(7);
    // Each entry found by what only it says: the timeline's order (by day) is not what this test checks.
    const item = (text: string) => timeline.getByRole("listitem").filter({ hasText: text });
    const fact = async (text: string, label: string) =>
      item(text).locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]").textContent();

    expect(await item("09 69 36 39 00").textContent()).toContain("Contact attempt");
    expect(await fact("09 69 36 39 00", "Channel")).toBe("Phone");
    expect(await fact("09 69 36 39 00", "Number")).toBe("09 69 36 39 00");
    expect(await fact("09 69 36 39 00", "Duration")).toBe("25 minutes");
    expect(await fact("09 69 36 39 00", "Spoke with")).toBe("Julie");
    expect(await fact("09 69 36 39 00", "What was said")).toBe(HOSTILE);
    expect(await fact("09 69 36 39 00", "What was promised")).toBe("A technician on Friday, and a refund of the month.");
    expect(await fact("09 69 36 39 00", "Noted by hand")).toBeTruthy();

    expect(await fact("12 rue de la Paix", "Channel")).toBe("Visit");
    expect(await fact("12 rue de la Paix", "Where")).toBe("Yellow shop, 12 rue de la Paix, Paris");

    expect(await item("1A 234 567 8901 2").textContent()).toContain("Response");
    expect(await fact("1A 234 567 8901 2", "Channel")).toBe("Letter");
    expect(await fact("1A 234 567 8901 2", "Registered mail")).toBe("yes");
    expect(await fact("1A 234 567 8901 2", "Tracking number")).toBe("1A 234 567 8901 2");

    expect(await fact("Mastodon", "Platform")).toBe("Mastodon");
    expect(await fact("Mastodon", "Page in the tab")).toBe("Marc on Social: @yellow my line is down");

    expect(await fact("Re: Water damage during the fibre installation", "Subject")).toBe("Re: Water damage during the fibre installation");
    expect(await fact("Re: Water damage during the fibre installation", "From")).toBe("Yellow Telecom Service Client <service-client@yellow-telecom.fr>");
    expect(await fact("Re: Water damage during the fibre installation", "Attachments")).toContain(`facture-2026-03.pdf (application/pdf, 71 bytes, SHA-256 ${sha256("%PDF-1.4\n% a stand-in invoice for the tests\n1 0 obj << >> endobj\n%%EOF\n")})`);
    expect(await fact("Yellow Telecom customer service <service-client", "To")).toBe("Yellow Telecom customer service <service-client@yellow-telecom.fr>");
    expect(await fact("Réclamation n° 48151", "Subject")).toBe("Réclamation n° 48151 : dégât des eaux — proposition de geste commercial");

    // What was typed as HTML is shown as its characters, never as markup.
    expect(await timeline.locator("b, img, script").count()).toBe(0);
    expect(await dashboard.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await dashboard.close();
  });

  it("every control of each form, errors shown, has an accessible name (axe-core)", async () => {
    const page = await plainPage();
    const popup = await openLogForm(page);
    // Evaluated through the debugging protocol: the popup's CSP rightly refuses injected scripts.
    await popup.evaluate(readFileSync(fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url)), "utf8"));
    for (const contact of ["Phone call", "Letter or registered mail", "Visit to a shop", "Social media post", "E-mail (.eml file)"]) {
      await popup.getByRole("radio", { name: contact }).check();
      // With cases, "start a new one" shows the brand fields too; with none they are already there.
      const caseList = popup.getByLabel("Case", { exact: true });
      if ((await caseList.count()) > 0) await caseList.selectOption({ label: "Start a new case…" });
      await popup.getByRole("button", { name: "Save to the case" }).click();
      await expect.poll(() => popup.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
      const violations = await popup.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Node): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return (await axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect({ contact, violations }).toEqual({ contact, violations: [] });
    }
    await popup.close();
    await page.close();
  });

  it("on a watched brand site, the site's open case is the one chosen", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/contact.html"));
    const watchPopup = await session.browser.openPopup(page);
    await watchPopup.getByRole("button", { name: "Watch this site" }).click();
    await watchPopup.getByRole("button", { name: "Stop watching" }).waitFor();
    await watchPopup.close();

    const popup = await openLogForm(page);
    const selected = await popup.getByLabel("Case", { exact: true }).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(selected).toBe("127.0.0.1");
    await popup.getByRole("radio", { name: "Visit to a shop" }).check();
    await popup.getByLabel("Where").fill("Yellow corner, Gare de Lyon");
    await save(popup, "127.0.0.1");
    const visit = await lastEvent();
    expect(visit.caseId).not.toBe(caseId);
    expect(visit).toMatchObject({ kind: "contact-attempt", payload: { channel: "visit", place: "Yellow corner, Gare de Lyon" } });
    await popup.close();
    await page.close();
  });
});
