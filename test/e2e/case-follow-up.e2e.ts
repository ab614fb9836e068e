// A case closed, then the brand is contacted again, in Chromium: Receipts starts a new case and the popup
// asks once whether to keep it or add it to the earlier case, which is then reopened and holds both.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { sendContactForm, storedEvents, watchSiteOf } from "./support/evidence";
import { storedCases } from "./case-support";

const session = chromiumSession();
const QUESTION = "Receipts started a new case for 127.0.0.1 — keep it, or add these to the earlier case (reopen it)?";

async function sendForm(page: Page, message: string): Promise<void> {
  const before = (await storedEvents(session.browser)).filter((e) => e.kind === "contact-outcome").length;
  await page.goto(session.server.url("127.0.0.1", "/yellow/contact.html"));
  await sendContactForm(page, { message });
  await expect.poll(async () => (await storedEvents(session.browser)).filter((e) => e.kind === "contact-outcome").length, { timeout: 15_000 }).toBe(before + 1);
}

describe("a new contact after the case was closed", () => {
  it("starts a new case, asks once, and adding it to the earlier case reopens that case with both", async () => {
    const { browser } = session;
    const page = await browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/contact.html"));
    await watchSiteOf(browser, page);
    await sendForm(page, "First time: the wall is wet.");
    const [first] = await storedCases(browser);

    // The person closes the case from the dashboard.
    const dashboard = await browser.openDashboard(`#case=${first!.id}`);
    await dashboard.getByRole("button", { name: "Close the case" }).click();
    await expect.poll(async () => (await storedCases(browser)).find((c) => c.id === first!.id)?.status).toBe("closed");
    await dashboard.close();

    // A month later, the brand is contacted again: a new case, and a question.
    await sendForm(page, "It is wet again.");
    const cases = await storedCases(browser);
    expect(cases).toHaveLength(2);
    const second = cases.find((c) => c.id !== first!.id)!;
    expect(second.follows).toBe(first!.id);
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByText(QUESTION).count()).toBe(1);
    // Closing the popup without answering: it is asked again, never for each capture.
    await popup.reload();
    await expect.poll(() => popup.getByText(QUESTION).count()).toBe(1);
    await popup.getByRole("button", { name: "Add to the earlier case" }).click();
    await expect.poll(() => popup.getByText(QUESTION).count()).toBe(0);
    await expect.poll(async () => (await storedCases(browser)).find((c) => c.id === first!.id)?.status).toBe("open");
    const after = await storedCases(browser);
    expect(after.find((c) => c.id === second.id)).toMatchObject({ status: "closed", mergedInto: first!.id, followUpAnswered: true });
    expect(after.find((c) => c.id === first!.id)).toMatchObject({ absorbed: [second.id] });
    // The popup now shows the earlier case, reopened; answered, the question is not asked again.
    await expect.poll(() => popup.locator(".case-glance").getAttribute("data-case-id")).toBe(first!.id);
    await popup.reload();
    await popup.locator(".case-glance").waitFor();
    expect(await popup.getByText(QUESTION).count()).toBe(0);
    await popup.close();

    // The earlier case's page holds both contacts, and its history says what happened.
    const reopened = await browser.openDashboard(`#case=${first!.id}`);
    const timeline = reopened.getByRole("list", { name: "Timeline of the case" });
    await expect.poll(() => timeline.textContent(), { timeout: 10_000 }).toContain("It is wet again.");
    expect(await timeline.textContent()).toContain("First time: the wall is wet.");
    expect(await timeline.textContent()).toContain("Status changed from closed to open");
    // Both chains are whole: nothing was moved or rewritten.
    const events = await storedEvents(browser);
    expect(events.filter((e) => e.caseId === second.id).map((e) => (e.kind === "case-change" ? e.payload.change : e.kind))).toEqual(["opened", "contact-attempt", "contact-outcome", "merged-into"]);
    // A third contact goes to the earlier case.
    await sendForm(page, "Third time.");
    expect((await storedEvents(browser)).at(-1)?.caseId).toBe(first!.id);
    await reopened.close();
  });
});
