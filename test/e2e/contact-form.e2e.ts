// The first vertical slice, in Chromium: watch a brand's site, send its contact form, and find
// the contact attempt and its outcome in the popup, the dashboard and the JSON export.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { sendContactForm } from "./support/evidence";
import { EvidenceEvent } from "../../src/domain/evidence";
import type { CaseExport } from "../../src/domain/case-export";

const session = chromiumSession();

async function watch(page: Page): Promise<void> {
  const popup = await session.browser.openPopup(page);
  await popup.getByRole("button", { name: "Watch this site" }).click();
  await expect.poll(() => popup.getByRole("status").first().textContent()).toContain("Now watching 127.0.0.1");
  await popup.close();
}

describe("contact form, end to end in Chromium", () => {
  it("records the attempt and the confirmation it led to, and exports them", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/contact.html"));
    await watch(page);

    await sendContactForm(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeTruthy();

    // The popup lists what was recorded on this site, newest first.
    const popup = await session.browser.openPopup(page);
    const list = popup.getByRole("list", { name: "Recorded on this site" });
    await expect.poll(() => list.getByRole("listitem").count(), { timeout: 10_000 }).toBe(2);
    expect(await list.getByRole("listitem").nth(0).textContent()).toContain("Confirmed by the site");
    expect(await list.getByRole("listitem").nth(0).textContent()).toContain("YT-");
    expect(await list.getByRole("listitem").nth(1).textContent()).toContain("Your name: Marc Dupont");

    // The dashboard shows the case and its trail.
    await popup.getByRole("link", { name: "Open this case" }).click();
    const dashboard = await session.browser.openDashboard();
    await expect.poll(() => dashboard.getByRole("button", { name: /127\.0\.0\.1/ }).count()).toBe(1);
    const timeline = dashboard.getByRole("list", { name: "Timeline of the case" });
    await expect.poll(() => timeline.getByRole("listitem").count()).toBe(2);
    const attempt = timeline.getByRole("listitem").nth(0);
    expect(await attempt.textContent()).toContain("Contact attempt");
    expect(await attempt.textContent()).toContain("Installation damage");
    expect(await attempt.textContent()).toContain("How should we answer?");

    // Export JSON downloads the case, valid against the evidence schemas.
    const [download] = await Promise.all([dashboard.waitForEvent("download"), dashboard.getByRole("button", { name: "Export JSON" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^receipts-127\.0\.0\.1-.*\.json$/);
    const exported = JSON.parse(await readFile(await download.path(), "utf8")) as CaseExport;
    expect(exported.format).toBe("receipts.case");
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
    expect(attemptEvent.collection).toMatchObject({ method: "automatic", extensionVersion: "0.1.0", browser: expect.stringMatching(/Chrom/) });
    expect(attemptEvent.recorded.timeZone).toBe("Europe/Paris");
    expect(outcomeEvent.payload).toMatchObject({ attemptId: attemptEvent.id, status: "confirmed", reference: expect.stringMatching(/^YT-\d+$/) });
    expect(outcomeEvent.payload.pageUrl).toBe(session.server.url("127.0.0.1", "/yellow/contact"));
    expect(session.server.posts.filter((p) => p.path === "/yellow/contact")).toHaveLength(1);
  });
});
