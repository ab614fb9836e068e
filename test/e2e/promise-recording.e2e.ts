// Recording a promise in Chromium, on pages Receipts does not watch: by the popup's button, the keyboard
// shortcut and the context menu, in English and French. Each promise is checked in storage: its quote,
// reading, screenshot and page snapshot (bytes re-hashed here), and in the popup and the dashboard.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumSession } from "./support/session";
import { askFrom, clickToolbarButton, eventsOfKind, PNG_SIGNATURE, pressShortcut, selectText, storedArtifact, storedPromises, tabIdOf, type PromiseEvent } from "./promise-support";

const session = chromiumSession();

async function openPage(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url("127.0.0.1", path));
  return page;
}

async function waitForPromises(count: number): Promise<PromiseEvent[]> {
  await expect.poll(async () => (await storedPromises(session.browser)).length, { timeout: 15_000 }).toBe(count);
  return storedPromises(session.browser);
}

/** The screenshot and snapshot a promise refers to, read back from storage and re-hashed. */
async function checkArtifacts(promise: PromiseEvent, snapshotType = "multipart/related") {
  const refs = promise.payload.artifacts ?? [];
  expect(refs.map((r) => r.kind).sort()).toEqual(["screenshot", "snapshot"]);
  const shotRef = refs.find((r) => r.kind === "screenshot")!;
  const copyRef = refs.find((r) => r.kind === "snapshot")!;
  const shot = await storedArtifact(session.browser, shotRef.sha256);
  const copy = await storedArtifact(session.browser, copyRef.sha256);
  expect(shot).toMatchObject({ key: shotRef.sha256, sha256: shotRef.sha256, size: shotRef.size, type: "image/png", headHex: PNG_SIGNATURE });
  expect(copy).toMatchObject({ key: copyRef.sha256, sha256: copyRef.sha256, size: copyRef.size, type: snapshotType });
  expect(shotRef.size).toBeGreaterThan(1000);
  return { shot: shot!, copy: copy! };
}

describe("recording a promise in Chromium", () => {
  it("by the popup, in English: quote, context, reading, screenshot and MHTML snapshot, in a case started for the site", async () => {
    const page = await openPage("/yellow/promise-en.html");
    await clickToolbarButton(session.browser, page);
    expect(await selectText(page, "#promise")).toBe("We reply within 48 hours.");

    const popup = await session.browser.openPopup(page);
    await expect.poll(() => popup.getByText("Selected: “We reply within 48 hours.”").count()).toBe(1);
    await popup.getByRole("button", { name: "Record a promise" }).click();
    const status = popup.locator(".promise-outcome");
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain("Promise recorded. No case was open for 127.0.0.1: Receipts started one");
    const panel = popup.getByRole("region", { name: "How Receipts reads it" });
    await expect.poll(() => panel.textContent()).toContain("Reply within 48 hours, counted from each contact");

    const [promise] = await waitForPromises(1);
    expect(promise!.payload.quote).toBe("We reply within 48 hours.");
    expect(promise!.payload.context).toContain("Thank you for writing to us. We reply within 48 hours. Our advisers read every message.");
    expect(promise!.payload.context).not.toContain("Opening hours");
    expect(promise!.payload.reading).toMatchObject({
      kind: "reply-time",
      deadline: { type: "duration", amount: 48, unit: "hours" },
      clockStart: "each-contact",
      language: "en",
      matched: { kind: "reply", deadline: "48 hours" },
    });
    expect(promise!.source).toMatchObject({ url: page.url(), title: "Contact us — Yellow Telecom", frameOrigin: session.server.url("127.0.0.1", "") .replace(/\/$/, "") });
    expect(promise!.payload.screenshotMissing).toBeUndefined();
    expect(promise!.payload.snapshotMissing).toBeUndefined();
    const { copy } = await checkArtifacts(promise!);
    expect(copy.headText).toMatch(/Content-Type: multipart\/related/i);
    expect(copy.text).toContain("Contact us");

    // One step to correct it: a new event supersedes the reading; the promise itself is unchanged.
    await panel.getByText("Correct the reading").click();
    await panel.getByLabel("What was promised").selectOption({ label: "Call back" });
    await panel.getByLabel("Deadline").selectOption({ label: "Within an amount of time" });
    await panel.getByLabel("Amount").fill("2");
    await panel.getByLabel("Unit").selectOption({ label: "working days" });
    await panel.getByLabel("Counted from").selectOption({ label: "when it was said" });
    await panel.getByRole("button", { name: "Save the correction" }).click();
    await expect.poll(() => panel.textContent()).toContain("Call back within 2 working days, counted from when it was said (as you corrected it)");
    const [correction] = await eventsOfKind(session.browser, "promise-reading");
    expect(correction!.payload).toEqual({
      promiseId: promise!.id,
      reading: { kind: "callback", deadline: { type: "duration", amount: 2, unit: "business-days" }, clockStart: "statement" },
    });
    expect(correction!.caseId).toBe(promise!.caseId);
    expect((await storedPromises(session.browser))[0]).toEqual(promise);
    await popup.close();
    await page.close();
  });

  it("by the keyboard shortcut, in French: recorded in the site's open case, the person told in a notification", async () => {
    const shortcut = await session.browser.worker.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === "record-promise")?.shortcut);
    expect(shortcut).toBe("Alt+Shift+K");
    const page = await openPage("/yellow/promise-fr.html");
    expect(await selectText(page, "#promise")).toBe("Nous répondons sous 48 heures.");
    const notificationsBefore = (await session.browser.worker.evaluate(() => chrome.notifications.getAll())) as Record<string, boolean>;
    // No toolbar click here: the shortcut alone grants activeTab (the screenshot needs it).
    await pressShortcut(page, "k", { alt: true, shift: true });

    const promises = await waitForPromises(2);
    const promise = promises[1]!;
    expect(promise.payload.quote).toBe("Nous répondons sous 48 heures.");
    expect(promise.payload.reading).toMatchObject({ kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, language: "fr", matched: { kind: "répondons", deadline: "48 heures" } });
    expect(promise.caseId).toBe(promises[0]!.caseId);
    await checkArtifacts(promise);
    const notifications = (await session.browser.worker.evaluate(() => chrome.notifications.getAll())) as Record<string, boolean>;
    // Its id names the case: a click on it opens the case in the dashboard.
    expect(Object.keys(notifications).filter((id) => id.startsWith(`promise|${promise.caseId}|`) && !(id in notificationsBefore))).toHaveLength(1);

    // The dashboard shows the promise as text, how Receipts reads it, and its files with their hashes.
    const dashboard = await session.browser.openDashboard(`#case=${encodeURIComponent(promise.caseId)}`);
    const item = dashboard.locator("[data-kind=promise]").filter({ hasText: "Nous répondons sous 48 heures." });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator("blockquote").textContent()).toBe("Nous répondons sous 48 heures.");
    expect(await item.getByRole("region", { name: "How Receipts reads it" }).textContent()).toContain("Reply within 48 hours, counted from each contact");
    const shotHash = promise.payload.artifacts!.find((a) => a.kind === "screenshot")!.sha256;
    expect(await item.textContent()).toContain(shotHash);
    await expect.poll(() => item.getByRole("img", { name: "Screenshot of the page when the promise was recorded" }).count()).toBe(1);
    await expect.poll(() => item.getByRole("link", { name: "Download: Copy of the page" }).count()).toBe(1);
    // The page copy is offered as a file only: nothing of it is rendered in the dashboard.
    expect(await dashboard.locator("iframe").count()).toBe(0);
    await dashboard.close();
    await page.close();
  });

  it("by the context menu: the menu item is registered, and its handler records the words selected even after the page changed them", async () => {
    // The browser's own menu cannot be clicked by automation. The item's registration and listener are
    // checked here; the click itself is handed to the same handler by a privileged message.
    const registered = await session.browser.worker.evaluate(async () => {
      await chrome.contextMenus.update("record-promise", { contexts: ["selection"] });
      return chrome.contextMenus.onClicked.hasListeners();
    });
    expect(registered).toBe(true);

    const page = await openPage("/yellow/promise-changing.html");
    const selected = await selectText(page, "#promise");
    expect(selected).toBe("Your new box will be sent within 3 days.");
    // The page rewrites its promise after the selection: the menu still hands over what was selected.
    await page.waitForSelector("body[data-changed=yes]");
    expect(await page.locator("#promise").textContent()).toContain("15 working days");
    await clickToolbarButton(session.browser, page);
    const tabId = await tabIdOf(session.browser, page);
    const extensionPage = await session.browser.openDashboard();
    const reply = await askFrom(extensionPage, { type: "promise.menu-click", tabId, menuItemId: "record-promise", selectionText: selected, frameId: 0 });
    expect(reply).toMatchObject({ ok: true, outcome: { status: "recorded", quote: selected } });
    const promises = await waitForPromises(3);
    expect(promises[2]!.payload.quote).toBe("Your new box will be sent within 3 days.");
    expect(promises[2]!.payload.reading).toMatchObject({ deadline: { type: "duration", amount: 3, unit: "calendar-days" } });
    await extensionPage.close();
    await page.close();
  });

  it("by the popup on a page that changes its text after the selection: the words shown when the popup opened are recorded", async () => {
    const page = await openPage("/yellow/promise-changing.html");
    await clickToolbarButton(session.browser, page);
    expect(await selectText(page, "#promise")).toBe("Your new box will be sent within 3 days.");
    const popup = await session.browser.openPopup(page);
    await expect.poll(() => popup.getByText("Selected: “Your new box will be sent within 3 days.”").count()).toBe(1);
    await page.waitForSelector("body[data-changed=yes]");
    await popup.getByRole("button", { name: "Record a promise" }).click();
    await expect.poll(() => popup.locator(".promise-outcome").textContent(), { timeout: 15_000 }).toContain("Promise recorded in the case");
    const promises = await waitForPromises(4);
    expect(promises[3]!.payload.quote).toBe("Your new box will be sent within 3 days.");
    await popup.close();
    await page.close();
  });

  it("from the dashboard: a logged call marked as a promise becomes a promise quoting it, counted from the call", async () => {
    const [first] = await storedPromises(session.browser);
    const dashboard = await session.browser.openDashboard(`#case=${encodeURIComponent(first!.caseId)}`);
    const calledAt = Date.now() - 3 * 3_600_000;
    const logged = await askFrom(dashboard, {
      type: "by-hand.record",
      entryKey: crypto.randomUUID(),
      case: { caseId: first!.caseId },
      entry: { contact: "phone-call", occurred: { at: calledAt, timeZone: "Europe/Paris" }, number: "0800 123 456", promised: "We will call you back within 2 days." },
    });
    expect(logged).toMatchObject({ ok: true });
    const call = dashboard.locator("[data-kind=contact-attempt]").filter({ hasText: "We will call you back within 2 days." });
    await expect.poll(() => call.count()).toBe(1);
    await call.getByRole("button", { name: "This is a promise" }).click();
    await expect.poll(() => call.getByRole("status").textContent()).toBe("Recorded as a promise in this case.");

    const marked = (await storedPromises(session.browser)).find((p) => p.payload.about === logged.eventId);
    expect(marked?.payload.quote).toBe("We will call you back within 2 days.");
    expect(marked?.occurred.at).toBe(calledAt);
    expect(marked?.payload.reading).toMatchObject({ kind: "callback", deadline: { type: "duration", amount: 2, unit: "calendar-days" }, clockStart: "statement" });
    const shown = dashboard.locator("[data-kind=promise]").filter({ hasText: "We will call you back within 2 days." });
    await expect.poll(async () => (await shown.textContent()) ?? "").toContain("Call back within 2 days, counted from when it was said");
    await dashboard.close();
  });
});
