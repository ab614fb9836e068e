// Changing a case from the dashboard, in Chromium: a case started by hand, closed and reopened; a call
// logged with the wrong day and a wrong word corrected, a note that belongs to another case withdrawn.
// Each change and correction is a new event; what was first recorded stays visible. A file attached to
// the case is kept as its fingerprint alone.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chromiumSession } from "./support/session";
import { storedEvents } from "./support/evidence";
import { localInputAgo } from "./case-support";
import { aCase, seed, seedCases } from "./case-seed";

const session = chromiumSession();
const HOUR = 3_600_000;

describe("changing a case", () => {
  it("a case started by hand, closed, then reopened: each change an event, the list following", async () => {
    const { browser } = session;
    const page = await browser.openDashboard();
    await page.locator(".cases-list").waitFor();
    await page.getByRole("button", { name: "New case" }).click();
    await page.getByLabel("Brand name").fill("SkyBlue Airways");
    await page.getByLabel("The brand's web addresses").fill("https://www.skyblue.example/help, skyblue.example");
    await page.getByLabel("Title (optional)").fill("Upgrade refused at the gate");
    await page.getByLabel("Tags").fill("EU 261, refund");
    await page.getByRole("button", { name: "Start the case" }).click();
    await expect.poll(() => page.locator("#case-title").textContent()).toBe("Upgrade refused at the gate");
    expect(await page.locator(".case-item[aria-current='true']").textContent()).toContain("SkyBlue Airways");
    await page.getByRole("button", { name: "Close the case" }).click();
    await expect.poll(() => page.locator(".case-item[aria-current='true']").textContent()).toContain("closed");
    await page.getByRole("button", { name: "Reopen the case" }).click();
    await expect.poll(() => page.locator(".case-item[aria-current='true']").textContent()).toContain("open");
    const caseId = decodeURIComponent(new URL(page.url()).hash.replace("#case=", ""));
    const changes = (await storedEvents(browser)).filter((e) => e.caseId === caseId);
    expect(changes.map((e) => (e.kind === "case-change" ? [e.payload.change, e.payload.to.status ?? ""] : [e.kind]))).toEqual([
      ["opened", "open"],
      ["status", "closed"],
      ["status", "open"],
    ]);
    const opened = changes[0];
    expect(opened?.kind === "case-change" && opened.payload.to).toMatchObject({ brand: { name: "SkyBlue Airways", domains: ["www.skyblue.example", "skyblue.example"] }, tags: ["EU 261", "refund"] });
    await page.close();
  });

  it("correct a call's day and words, withdraw a note; the originals stay, marked", async () => {
    const { browser } = session;
    const first = await browser.openDashboard();
    await first.locator(".cases-list").waitFor();
    const now = Date.now();
    const theCase = aCase("Corrections", "Yellow Telecom", ["yellow.example"], now - 100 * HOUR);
    const [call, note] = await seedCases(browser, [
      {
        theCase,
        events: [
          seed("contact-attempt", { channel: "phone", fields: [], target: "3900", summary: "Spoke to Gertrud." }, now - 30 * HOUR, { byHand: true }),
          seed("note", { text: "The plumber comes on Monday (other case)." }, now - 20 * HOUR, { byHand: true }),
        ],
      },
    ]);
    await first.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#case=${theCase.id}`);
    const page = first;
    const row = (id: string) => page.locator(`[data-row-key="${id}"]`);
    await row(call!.id).waitFor();

    // The call: it was two days before, and her name is Gertrude.
    await row(call!.id).getByRole("button", { name: /^Correct the Contact attempt of / }).click();
    const form = row(call!.id).locator("form.correction-form");
    await form.getByRole("button", { name: "Add the correction" }).click();
    expect(await form.getByRole("alert").textContent()).toBe("Say what was wrong.");
    await form.getByLabel("What was wrong (required)").fill("Wrong day, and her name is Gertrude.");
    await form.getByLabel("When it really happened").fill(localInputAgo(50 * HOUR));
    await form.getByLabel("The right text").fill("Spoke to Gertrude.");
    await form.getByRole("button", { name: "Add the correction" }).click();
    await expect.poll(() => row(call!.id).textContent(), { timeout: 10_000 }).toContain("Corrected on");
    expect(await row(call!.id).textContent()).toContain("Spoke to Gertrude.");
    await row(call!.id).getByText("As first recorded").click();
    expect(await row(call!.id).locator(".as-recorded").textContent()).toContain("Spoke to Gertrud.");
    // Placed at the day it really happened: now before the note, still before everything else.
    const order = await page.locator(".virtual-rows > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-row-key")));
    expect(order.indexOf(call!.id)).toBeLessThan(order.indexOf(note!.id));

    // The note belongs to another case: withdrawn, still shown, struck through.
    await row(note!.id).getByRole("button", { name: /^Correct the Note of / }).click();
    const noteForm = row(note!.id).locator("form.correction-form");
    await noteForm.getByLabel("What was wrong (required)").fill("This is about the plumber, another case.");
    await noteForm.getByLabel("It does not belong to this case: withdraw it").check();
    await noteForm.getByRole("button", { name: "Add the correction" }).click();
    await expect.poll(() => row(note!.id).textContent(), { timeout: 10_000 }).toContain("Withdrawn from the case: kept here as recorded.");
    expect(await row(note!.id).locator(".timeline-event.withdrawn").count()).toBe(1);

    // Stored: two corrections appended, the originals untouched.
    const events = await storedEvents(browser);
    const corrections = events.filter((e) => e.kind === "correction");
    expect(corrections.map((c) => (c.kind === "correction" ? [c.payload.supersedes, Boolean(c.payload.occurred), c.payload.payload ?? null] : []))).toEqual([
      [call!.id, true, { summary: "Spoke to Gertrude." }],
      [note!.id, false, null],
    ]);
    expect(events.find((e) => e.id === call!.id)).toEqual(call);
    expect(events.find((e) => e.id === note!.id)).toEqual(note);
    await page.close();
  });

  it("a file attached on the case page: its name, type, size and SHA-256 kept, computed in the page", async () => {
    const { browser } = session;
    const page = await browser.openDashboard();
    await page.locator(".cases-list").waitFor();
    const theCase = aCase("The March bill", "Green Energy", ["green.example"], Date.now() - 10 * HOUR);
    await seedCases(browser, [{ theCase, events: [] }]);
    await page.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html#case=${theCase.id}`);
    const bill = Buffer.from("%PDF-1.4\n% the bill of March, 71,20 €\n%%EOF\n");
    await page.getByLabel("Attach a file").setInputFiles({ name: "facture-mars.pdf", mimeType: "application/pdf", buffer: bill });
    await expect.poll(() => page.locator(".add-to-case [role=status]").textContent(), { timeout: 10_000 }).toBe("facture-mars.pdf was added to the case.");
    const attached = (await storedEvents(browser)).filter((e) => e.caseId === theCase.id && e.kind === "attachment");
    expect(attached.map((e) => e.payload)).toEqual([{ fileName: "facture-mars.pdf", mediaType: "application/pdf", size: bill.length, sha256: createHash("sha256").update(bill).digest("hex") }]);
    await page.close();
  });
});
