// The awkward forms of real sites: forms that vanish, huge messages, markup in labels,
// payment fields that must never be stored, and sites that are not (or no longer) watched.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chromiumSession } from "./support/session";
import { eventsFromPage, storedEvents } from "./support/evidence";

const session = chromiumSession({ watch: "/yellow/index.html" });

async function attemptFrom(url: string) {
  await expect.poll(async () => (await eventsFromPage(session.browser, url)).filter((e) => e.kind === "contact-attempt").length, { timeout: 10_000 }).toBe(1);
  const [attempt] = (await eventsFromPage(session.browser, url)).filter((e) => e.kind === "contact-attempt");
  if (attempt?.kind !== "contact-attempt") throw new Error("no contact attempt");
  return attempt;
}

describe("form capture on awkward pages", () => {
  it("captures a form that removes itself on submit and is sent by script", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/vanishing.html");
    await page.goto(url);
    await page.getByLabel("Your question").fill("Where is my refund?");
    await page.getByRole("button", { name: "Ask" }).click();
    await page.locator("#done").waitFor();
    const attempt = await attemptFrom(url);
    expect(attempt.payload.fields).toEqual([{ label: "Your question", name: "question", type: "textarea", value: "Where is my refund?", length: 19 }]);
  });

  it("keeps a 6 MB message whole, with its length, and says so where it is shortened for display", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/contact.html");
    await page.goto(url);
    const size = 6 * 1024 * 1024;
    await page.getByLabel("Your name").fill("Long Writer");
    await page.getByLabel("E-mail address").fill("long@example.org");
    await page.evaluate((n) => {
      const line = "My fibre has been down since March and nobody answers. ";
      (document.getElementById("message") as HTMLTextAreaElement).value = line.repeat(Math.ceil(n / line.length)).slice(0, n);
    }, size);
    const line = "My fibre has been down since March and nobody answers. ";
    const expectedHash = createHash("sha256")
      .update(line.repeat(Math.ceil(size / line.length)).slice(0, size))
      .digest("hex");
    await Promise.all([page.waitForURL("**/yellow/contact"), page.getByRole("button", { name: "Send" }).click()]);
    const attempt = await attemptFrom(url);
    const message = attempt.payload.fields.find((f) => f.label === "Your message");
    expect(message?.length).toBe(size);
    expect(message?.value?.length).toBe(size);
    expect(createHash("sha256").update(message?.value ?? "").digest("hex")).toBe(expectedHash);

    const dashboard = await session.browser.openDashboard(`#case=${attempt.caseId}`);
    await expect.poll(() => dashboard.getByText(`${size} characters in all, kept whole in the evidence`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await dashboard.close();
  });

  it("stores markup in labels and values as text and shows it as text", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/tricky-labels.html");
    await page.goto(url);
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    await page.locator("#t-subject").fill(hostile);
    await page.getByLabel("Describe the problem").fill("Nothing works <b>at all</b>");
    await Promise.all([page.waitForURL("**/yellow/contact"), page.getByRole("button", { name: "Send complaint" }).click()]);
    const attempt = await attemptFrom(url);
    expect(attempt.payload.fields[0]).toMatchObject({ label: "<b>Subject</b>", value: hostile });
    expect(attempt.payload.fields[1]).toMatchObject({ value: "Nothing works <b>at all</b>" });

    const dashboard = await session.browser.openDashboard(`#case=${attempt.caseId}`);
    await expect.poll(() => dashboard.getByText(hostile, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    expect(await dashboard.getByText("<b>Subject</b>", { exact: true }).count()).toBe(1);
    expect(await dashboard.locator("main img, main script, main b").count()).toBe(0);
    expect(await dashboard.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await dashboard.close();
  });

  it("never stores passwords, card numbers, security codes or one-time codes", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/payment.html");
    await page.goto(url);
    await page.getByLabel("Name on the account").fill("Ada Client");
    await page.getByLabel("Account password").fill("hunter2-secret");
    await page.getByLabel("Card used").fill("4111 1111 1111 1111");
    await page.getByLabel("Card number (plain field)").fill("5555555555554444");
    await page.getByLabel("CVV").fill("737");
    await page.getByLabel("Code received by SMS").fill("908172");
    await page.getByLabel("What happened?").fill("Charged twice for the upgrade.");
    await Promise.all([page.waitForURL("**/yellow/contact"), page.getByRole("button", { name: "Send dispute" }).click()]);
    const attempt = await attemptFrom(url);
    const byLabel = Object.fromEntries(attempt.payload.fields.map((f) => [f.label, f]));
    expect(byLabel["Name on the account"]).toMatchObject({ value: "Ada Client" });
    expect(byLabel["What happened?"]).toMatchObject({ value: "Charged twice for the upgrade." });
    expect(byLabel["Account password"]).toEqual({ label: "Account password", name: "pw", type: "password", withheld: "password", length: 0 });
    expect(byLabel["Card used"]).toMatchObject({ withheld: "card-number" });
    expect(byLabel["Card number (plain field)"]).toMatchObject({ withheld: "card-number" });
    expect(byLabel["CVV"]).toMatchObject({ withheld: "card-security-code" });
    expect(byLabel["Code received by SMS"]).toMatchObject({ withheld: "one-time-code" });
    const everything = JSON.stringify(await storedEvents(session.browser));
    for (const secret of ["hunter2-secret", "4111 1111 1111 1111", "5555555555554444", "737\"", "908172"]) expect(everything).not.toContain(secret);

    const dashboard = await session.browser.openDashboard(`#case=${attempt.caseId}`);
    await expect.poll(() => dashboard.getByText("[not stored: password]").count(), { timeout: 10_000 }).toBe(1);
    await dashboard.close();
  });

  it("records nothing on a site that is not watched, nor after 'Stop watching'", async () => {
    const elsewhere = await session.browser.context.newPage();
    const otherUrl = session.server.url("localhost", "/yellow/contact.html");
    await elsewhere.goto(otherUrl);
    await elsewhere.getByLabel("Your name").fill("Not Watched");
    await elsewhere.getByLabel("E-mail address").fill("not-watched@example.org");
    await Promise.all([elsewhere.waitForURL("**/yellow/contact"), elsewhere.getByRole("button", { name: "Send" }).click()]);

    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/contact-fr.html");
    await page.goto(url);
    const popup = await session.browser.openPopup(page);
    await popup.getByRole("button", { name: "Stop watching" }).click();
    await popup.getByRole("button", { name: "Watch this site" }).waitFor();
    expect(await session.browser.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
    await page.reload();
    await page.getByLabel("Nom").fill("Plus suivi");
    await Promise.all([page.waitForURL("**/yellow/contact?lang=fr"), page.getByRole("button", { name: "Envoyer" }).click()]);
    await page.waitForTimeout(800);
    expect(await eventsFromPage(session.browser, otherUrl)).toHaveLength(0);
    expect(await eventsFromPage(session.browser, url)).toHaveLength(0);

    // Watching again picks up where it left off, in French this time.
    await popup.getByRole("button", { name: "Watch this site" }).click();
    await popup.getByRole("button", { name: "Stop watching" }).waitFor();
    await page.goto(url);
    await page.getByLabel("Nom").fill("Marc");
    await page.getByLabel("Objet de la réclamation").fill("Mur inondé");
    await Promise.all([page.waitForURL("**/yellow/contact?lang=fr"), page.getByRole("button", { name: "Envoyer" }).click()]);
    const attempt = await attemptFrom(url);
    expect(attempt.payload.fields.map((f) => f.label)).toEqual(["Nom", "Adresse e-mail", "Objet de la réclamation", "Votre message"]);
    await expect
      .poll(async () => (await storedEvents(session.browser)).find((e) => e.kind === "contact-outcome" && e.payload.attemptId === attempt.id)?.payload, { timeout: 10_000 })
      .toMatchObject({ status: "confirmed", reference: expect.stringMatching(/^YT-\d+$/) });
  });
});
