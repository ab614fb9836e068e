// A person walks through a case in Chromium: watches Yellow's site, sends its contact form, records the
// brand's "We reply within 48 hours", logs a call made two days ago that nobody answered, is told by a
// notification that the deadline passed, sees it in the popup and the case page, then an answer arrives
// (a letter) and the promise table and the figures say what happened.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { EvidenceEvent } from "../../src/domain/evidence";
import { chromiumSession } from "./support/session";
import { sendContactForm, storedEvents, watchSiteOf } from "./support/evidence";
import { clickToolbarButton, selectText } from "./promise-support";
import { localInputAgo, notificationIds, storedCases } from "./case-support";

// A browser for each try: the walkthrough stores as it goes, and a retry must not start on a watched site.
const session = chromiumSession({ perTest: true });
const HOUR = 3_600_000;

async function openLogForm(page: Page): Promise<Page> {
  const popup = await session.browser.openPopup(page);
  await popup.getByRole("button", { name: "Log a call, letter, visit…" }).click();
  await popup.getByRole("heading", { name: "A contact outside the browser" }).waitFor();
  return popup;
}

/**
 * Saves the form and returns what it stored: once the popup says where the entry went, the entry is stored,
 * exactly once, in that case. It looks for the entry itself, not at how many events the case has: other
 * events may arrive meanwhile (a capture, an outcome), and they are not this entry.
 */
async function saveEntry(popup: Page, caseTitle: string, isEntry: (event: EvidenceEvent) => boolean): Promise<EvidenceEvent> {
  await popup.getByRole("button", { name: "Save to the case" }).click();
  await popup.getByRole("status").filter({ hasText: `Saved to the case “${caseTitle}”.` }).waitFor({ timeout: 15_000 });
  const stored = (await storedEvents(session.browser)).filter(isEntry);
  expect(stored).toHaveLength(1);
  return stored[0]!;
}

describe("a case, end to end in Chromium", () => {
  it("watch, capture, promise, a call left unanswered, the deadline missed and notified, then the answer", { timeout: 150_000 }, async () => {
    const { browser, server } = session;
    // 1. Watch the brand's site and send its contact form.
    const contact = await browser.context.newPage();
    await contact.goto(server.url("127.0.0.1", "/yellow/contact.html"));
    await watchSiteOf(browser, contact);
    await sendContactForm(contact);
    await expect.poll(async () => (await storedEvents(browser)).filter((e) => e.kind === "contact-outcome").length, { timeout: 15_000 }).toBe(1);

    // The case is named after the site; the person names it and its brand (each change is an event).
    const [started] = await storedCases(browser);
    const settings = await browser.openDashboard(`#case=${started!.id}`);
    await settings.getByRole("heading", { name: "Promises against what happened" }).waitFor();
    await settings.getByText("Rename, brand and tags…").click();
    await settings.getByLabel("Title", { exact: true }).fill("Mum's fibre");
    await settings.getByLabel("Brand name").fill("Yellow Telecom");
    await settings.getByLabel("Tags").fill("fibre, water damage");
    await settings.locator("details.case-edit").getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => settings.getByRole("heading", { level: 2, name: "Mum's fibre" }).count()).toBe(1);
    const changes = (await storedEvents(browser)).filter((e) => e.kind === "case-change");
    expect(changes.map((e) => (e.kind === "case-change" ? e.payload.change : ""))).toEqual(["renamed", "brand", "tags"]);
    await settings.close();

    // 2. Record the brand's own promise from its page (the promise helper's popup flow).
    const promisePage = await browser.context.newPage();
    await promisePage.goto(server.url("127.0.0.1", "/yellow/promise-en.html"));
    await clickToolbarButton(browser, promisePage);
    expect(await selectText(promisePage, "#promise")).toBe("We reply within 48 hours.");
    const recorder = await browser.openPopup(promisePage);
    await recorder.getByRole("button", { name: "Record a promise" }).click();
    await expect.poll(async () => (await storedEvents(browser)).filter((e) => e.kind === "promise").length, { timeout: 15_000 }).toBe(1);
    await recorder.close();

    const [theCase] = await storedCases(browser);
    if (!theCase) throw new Error("no case");

    // 3. A call made 50 hours ago, nobody answered: its 48-hour reply is overdue.
    const log = await openLogForm(promisePage);
    await log.getByLabel("When", { exact: true }).fill(localInputAgo(50 * HOUR));
    await log.getByLabel("Number called").fill("3900");
    await log.getByLabel("What was said").fill("Waited 40 minutes on hold, nobody answered.");
    const call = await saveEntry(log, "Mum's fibre", (e) => e.kind === "contact-attempt" && e.payload.channel === "phone");
    expect(call.caseId).toBe(theCase.id);
    expect(call.kind === "contact-attempt" && call.payload.summary).toBe("Waited 40 minutes on hold, nobody answered.");
    await log.close();

    // 4. The background notices the missed deadline: one notification, and only one.
    await expect.poll(() => notificationIds(browser), { timeout: 15_000 }).toEqual([expect.stringMatching(/^receipts\.deadline\|/)]);
    const [noticeId] = await notificationIds(browser);
    expect(noticeId).toContain(theCase.id);
    // Another check (anything stored asks for one) tells nothing new.
    const popup = await browser.openPopup(contact);
    await popup.getByRole("button", { name: "Add a note" }).click();
    await popup.getByLabel("A note").fill("Still no reply to the call.");
    await popup.getByRole("button", { name: "Add a note" }).last().click();
    await expect.poll(async () => (await storedEvents(browser)).filter((e) => e.kind === "note").length).toBe(1);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await notificationIds(browser)).toHaveLength(1);

    // The popup says it at a glance.
    const glance = popup.getByRole("region", { name: "Open case" });
    await expect.poll(() => glance.textContent()).toMatch(/Yellow Telecom promised a reply within 48h — 5\dh, still nothing/);
    await expect.poll(() => glance.textContent()).toMatch(/Waiting 5\dh — 48h promised/);
    await popup.close();

    // 5. The case page opens on the promise against what happened.
    const dashboard = await browser.openDashboard(`#case=${theCase.id}`);
    const table = dashboard.getByRole("table", { name: "Each promise, the deadlines it set, what came and the verdict" });
    await expect.poll(() => table.textContent(), { timeout: 10_000 }).toContain("We reply within 48 hours.");
    const rows = table.locator("tbody tr:not(:first-child)");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/Contact attempt \(Phone\).*Nothing yet.*Broken: 5\dh, still nothing/);
    expect(await rows.nth(1).textContent()).toMatch(/Contact attempt \(Web form\).*Nothing yet.*Pending: 4\dh left/);

    // 6. The answer arrives: a letter from Yellow, received today. The form takes the time to the minute:
    // wait for the minute after the web form was sent, so the letter is dated after it.
    const formAt = (await storedEvents(browser)).find((e) => e.kind === "contact-attempt" && e.payload.channel === "web-form")!.occurred.at;
    const nextMinute = Math.ceil((formAt + 1) / 60_000) * 60_000;
    await new Promise((r) => setTimeout(r, Math.max(0, nextMinute + 1000 - Date.now())));
    const answer = await openLogForm(promisePage);
    await answer.getByRole("radio", { name: "Letter or registered mail" }).check();
    await answer.getByRole("radio", { name: "I received it" }).check();
    await answer.getByLabel("Summary").fill("We are sending a technician on Thursday.");
    await answer.getByLabel("When", { exact: true }).fill(localInputAgo(0));
    const letter = await saveEntry(answer, "Mum's fibre", (e) => e.kind === "response");
    expect(letter.caseId).toBe(theCase.id);
    expect(letter.kind === "response" && [letter.payload.channel, letter.payload.text]).toEqual(["letter", "We are sending a technician on Thursday."]);
    await answer.close();

    // The page follows the database: the web form's reply came in time, the call's too late.
    await expect.poll(() => rows.nth(1).textContent(), { timeout: 10_000 }).toMatch(/Letter.*Kept/);
    expect(await rows.nth(0).textContent()).toMatch(/Letter.*Broken: answered \dh late/);
    const figures = dashboard.getByRole("region", { name: "Figures" });
    const figure = (name: string) => figures.locator(`[data-figure="${name}"] .figure-value`).textContent();
    expect(await figure("attempts")).toBe("2");
    expect(await figure("unanswered")).toBe("0");
    expect(await figure("promisesBroken")).toBe("1");
    expect(await figure("promisesKept")).toBe("0");
    // A figure opens onto the events it was computed from, and each onto the timeline.
    await figures.getByRole("button", { name: /Show the events \(2\) — contact attempts/ }).click();
    await figures.locator('[data-figure="attempts"]').getByRole("button", { name: /^Contact attempt, / }).first().click();
    const attemptIds = (await storedEvents(browser)).filter((e) => e.kind === "contact-attempt").map((e) => e.id);
    await expect.poll(() => dashboard.evaluate(() => document.activeElement?.getAttribute("data-row-key") ?? "")).toSatisfy((key: string) => attemptIds.includes(key));
    await dashboard.close();
    await contact.close();
    await promisePage.close();
  });
});
