// The headless demo: a scripted mystery-shopper visit to Yellow Telecom with Receipts installed.
// Everything goes through the extension's real UI (popup button, dashboard export), the way a
// person would use it; the only shortcut is opening the popup as a tab, since nobody can click
// a toolbar button in a headless browser.
/* global chrome -- used in functions evaluated inside the extension's service worker */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_QUIET_FLAGS } from "../scripts/browsers.mjs";

/** How long the confirmed outcome may take to appear in the popup once the form is sent. */
export const OUTCOME_TIMEOUT_MS = 15_000;

// The son in the story writes for his mother; the details are invented.
const VISITOR = {
  name: "Marc Dupont",
  email: "marc.dupont@example.org",
  customer: "C-778812",
  subject: "Damage during fibre works",
  message: [
    "Hello,",
    "I am writing on behalf of my mother, Jeanne Dupont, who is 89 and lives alone (customer number C-778812). On 3 November a subcontractor installing your fibre drilled through a water pipe in her living-room wall. The wall was flooded and is still damp: the plaster is coming off and the skirting board is ruined. The technician left without a report and without telling us who he worked for.",
    "My mother has called 3900 three times since then (4, 6 and 12 November). Each time she was told that someone would call her back within 48 hours. Nobody has.",
    "Please send someone to assess the damage, tell us which company did the work and how to claim on its insurance, and confirm this complaint in writing.",
    "Marc Dupont (her son)",
  ].join("\n\n"),
};

class StepError extends Error {}

/** Runs one step, printing it; a failure says which step failed and why. */
async function step(label, run) {
  if (process.stdout.isTTY) process.stdout.write(`  … ${label}\r`);
  try {
    const result = await run();
    console.log(`  ✓ ${label}`);
    return result;
  } catch (error) {
    console.log(`  ✗ ${label}`);
    throw new StepError(`${label}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}

/** Waits until `check` returns a value, or fails with `explain()` after `ms`. */
async function waitFor(check, ms, explain) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(await explain());
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function launch(executablePath, extensionPath, resolverFlag) {
  const profile = mkdtempSync(join(tmpdir(), "receipts-demo-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    // resolverFlag: the demo site's brand-like host name resolves to the loopback server.
    args: [...CHROMIUM_QUIET_FLAGS, "--no-sandbox", "--disable-gpu", resolverFlag, `--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`],
    ignoreDefaultArgs: ["--disable-extensions", "--disable-component-extensions-with-background-pages"],
    acceptDownloads: true,
    locale: "en-GB",
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** The popup, opened as a tab that speaks about the tab showing `page` (as the toolbar button would). */
async function openPopup(context, worker, extensionId, page) {
  const url = page.url();
  const tabId = await worker.evaluate(async (target) => (await chrome.tabs.query({})).find((t) => t.url === target)?.id, url);
  if (tabId === undefined) throw new Error(`no tab shows ${url}`);
  const popup = await context.newPage();
  // The real popup is as wide as its content; a narrow window shows it as it looks in the toolbar.
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  return popup;
}

/**
 * Visits the demo site, watches it, sends the complaint, and saves the export and screenshots
 * into `outDir`. Returns a summary; throws a StepError naming the failed step.
 */
export async function runMysteryShopper({ executablePath, extensionPath, server, outDir }) {
  const { context, close } = await launch(executablePath, extensionPath, server.resolverFlag);
  const saved = [];
  const save = (name) => {
    saved.push(name);
    return join(outDir, name);
  };
  try {
    const { worker, extensionId } = await step("Receipts (test build) loaded in headless Chromium", async () => {
      const found = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
      return { worker: found, extensionId: new URL(found.url()).host };
    });

    const page = await context.newPage();
    await step(`Opened Yellow Telecom at ${server.url("/")} and went to its contact page`, async () => {
      await page.goto(server.url("/"));
      await Promise.all([page.waitForURL("**/contact.html"), page.getByRole("link", { name: "Contact us" }).first().click()]);
    });

    await step(`Watched ${server.host} with the popup's “Watch this site” button`, async () => {
      const popup = await openPopup(context, worker, extensionId, page);
      await popup.getByRole("button", { name: "Watch this site" }).click();
      await waitFor(
        async () => ((await popup.getByRole("status").first().textContent()) ?? "").includes("Now watching"),
        10_000,
        async () => `the popup said “${(await popup.getByRole("status").first().textContent())?.trim() || "nothing"}” instead of “Now watching …”`,
      );
      await popup.close();
    });

    await step("Filled in the complaint form as the son of a customer", async () => {
      await page.bringToFront();
      await page.getByLabel("Your name").fill(VISITOR.name);
      await page.getByLabel("E-mail address").fill(VISITOR.email);
      await page.getByLabel("Customer number").fill(VISITOR.customer);
      await page.getByLabel("Subject").selectOption({ label: VISITOR.subject });
      await page.getByLabel("Your message").fill(VISITOR.message);
      await page.getByLabel("I am writing on behalf of the account holder").check();
      // Show the message from its first line in the screenshot.
      await page.getByLabel("Your message").evaluate((el) => (el.scrollTop = 0));
      await page.screenshot({ path: save("1-contact-form.png"), fullPage: true });
    });

    const ticket = await step("Sent it; the site answered with a ticket number", async () => {
      const before = server.submissions.length;
      await Promise.all([page.waitForURL((u) => u.pathname === "/contact"), page.getByRole("button", { name: "Send my request" }).click()]);
      const sent = server.submissions[before];
      if (!sent) throw new Error("the site received no complaint");
      await page.screenshot({ path: save("2-confirmation.png"), fullPage: true });
      return sent.ticket;
    });

    const popup = await step(`Receipts stored the contact attempt and its confirmed outcome (within ${OUTCOME_TIMEOUT_MS / 1000} s)`, async () => {
      const shown = await openPopup(context, worker, extensionId, page);
      const items = shown.getByRole("list", { name: "Recorded on this site" }).getByRole("listitem");
      // Any order: Receipts may record more than these two (a promise read on the page, say).
      const texts = () => items.allTextContents();
      await waitFor(
        async () => {
          const all = await texts();
          return all.some((t) => t.includes("Contact attempt")) && all.some((t) => t.includes("Confirmed by the site"));
        },
        OUTCOME_TIMEOUT_MS,
        async () => {
          const all = await texts();
          if (!all.some((t) => t.includes("Contact attempt"))) return "no contact attempt was recorded for the form that was sent";
          const outcome = all.find((t) => t.includes("Result of the contact"));
          if (!outcome) return "the contact attempt was recorded, but its outcome (the confirmation page) never appeared";
          return `the outcome was recorded as “${outcome.trim()}”, not as confirmed`;
        },
      );
      await shown.locator("body").screenshot({ path: save("3-popup.png") });
      return shown;
    });

    const dashboard = await step("Opened the case in the dashboard", async () => {
      const [opened] = await Promise.all([context.waitForEvent("page"), popup.getByRole("link", { name: "Open this case" }).click()]);
      await opened.waitForLoadState();
      const timeline = opened.getByRole("list", { name: "Timeline of the case" }).getByRole("listitem");
      await waitFor(async () => (await timeline.count()) >= 2, 10_000, async () => `the timeline shows ${await timeline.count()} event(s), expected 2`);
      return opened;
    });

    const exported = await step("Exported the case with “Export JSON”", async () => {
      const [download] = await Promise.all([dashboard.waitForEvent("download"), dashboard.getByRole("button", { name: "Export JSON" }).click()]);
      const file = save(download.suggestedFilename());
      await download.saveAs(file);
      await dashboard.screenshot({ path: save("4-dashboard.png"), fullPage: true });
      const data = JSON.parse(await readFile(file, "utf8"));
      if (data.format !== "receipts.case") throw new Error(`the export's format is ${JSON.stringify(data.format)}, not "receipts.case"`);
      return data;
    });

    const outcome = exported.events.find((e) => e.kind === "contact-outcome");
    await step(`The exported outcome carries the site's ticket number ${ticket}`, async () => {
      if (outcome?.payload?.status !== "confirmed") throw new Error(`the outcome in the export is ${outcome ? outcome.payload?.status : "missing"}`);
      if (outcome.payload.reference !== ticket) throw new Error(`the export says ${outcome.payload.reference ?? "no reference"}, the site gave ${ticket}`);
    });

    const summary = {
      caseTitle: exported.case?.title,
      brand: exported.case?.brand?.name,
      events: exported.events.map((e) => e.kind),
      reference: outcome.payload.reference,
      files: saved,
    };
    writeFileSync(save("summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
    return summary;
  } finally {
    await close();
  }
}

export { StepError };
