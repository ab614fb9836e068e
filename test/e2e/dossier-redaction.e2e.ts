// Hiding personal data before exporting, end to end in Chromium: a contact form sent on a fixture
// site with a name, an e-mail address and phone numbers; the export menu proposes them, the person
// also selects words of the message; the signed bundle holds none of them in any file, verifies with
// the hidden values counted (core and its own verify.html from the file system), a tampered copy
// fails with its precise verdict, and the reveal file proves one value against the bundle.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./case-support";
import { chromiumSession } from "./support/session";
import { sendContactForm, watchSiteOf } from "./support/evidence";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import { checkRevealFile } from "../../src/export/verify/reveal-check";
import { CaseFile } from "../../src/domain/dossier/case-file";
import { editJson, filesOf, rezip, text } from "../fixtures/dossier/tamper";

const NAME = "Jeanne Martin";
const EMAIL = "jeanne.martin@example.org";
const PHONE = "06 12 34 56 78";
const OTHER_PHONE = "+33 6 98 76 54 32";
const PRIVATE = "building B, door 4";
const MESSAGE = `Please call me back at ${PHONE} or ${OTHER_PHONE}, or write to ${EMAIL}. My flat: ${PRIVATE}. The technician flooded the wall.`;
const SECRETS = [NAME, EMAIL, PHONE, OTHER_PHONE, "building B", "door 4", "98 76"];

const session = chromiumSession();
let dir: string;
let dashboard: Page;

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

/** Every secret absent from `bytes`, read as UTF-8 and as Latin-1 (a grep of the raw bytes). */
function expectNoSecret(label: string, bytes: Uint8Array): void {
  const utf8 = new TextDecoder().decode(bytes);
  const latin1 = Buffer.from(bytes).toString("latin1");
  for (const secret of SECRETS) {
    expect(utf8.includes(secret), `${secret} in ${label}`).toBe(false);
    expect(latin1.includes(secret), `${secret} in ${label} (bytes)`).toBe(false);
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "receipts-redaction-e2e-"));
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url("127.0.0.1", "/yellow/contact.html"));
  await watchSiteOf(session.browser, page);
  await sendContactForm(page, { name: NAME, email: EMAIL, message: MESSAGE });
  dashboard = await session.browser.openDashboard();
  await dashboard.getByRole("button", { name: /127\.0\.0\.1/ }).click();
  const timeline = dashboard.getByRole("list", { name: "Timeline of the case" });
  // The attempt and the confirmation page it led to.
  await timeline.getByRole("listitem").nth(1).waitFor({ timeout: 15_000 });
}, 90_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("hiding personal data before exporting, in Chromium", () => {
  it("proposes the name, e-mail address and phone numbers found, and hides text the person selects", async () => {
    await dashboard.getByRole("button", { name: "Hide personal data…" }).click();
    const proposals = dashboard.getByTestId("redaction-proposals");
    await proposals.waitFor();
    const found = await proposals.getByRole("listitem").allTextContents();
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^ Name: ${NAME} \\(event 1, Your name\\)$`)),
      expect.stringMatching(new RegExp(`^ E-mail address: ${EMAIL} \\(event 1, E-mail address\\)$`)),
      expect.stringMatching(new RegExp(`^ Phone number: ${PHONE} \\(event 1, Your message\\)$`)),
      expect.stringMatching(/^ Phone number: \+33 6 98 76 54 32 \(event 1, Your message\)$/),
      expect.stringMatching(new RegExp(`^ E-mail address: ${EMAIL} \\(event 1, Your message\\)$`)),
    ]);
    for (const box of await proposals.getByRole("checkbox").all()) expect(await box.isChecked()).toBe(true);

    // Free text: find the message, select the words with the mouse's selection, hide them.
    await dashboard.getByRole("searchbox", { name: "Find text to hide" }).fill("building");
    const text = dashboard.locator(".redaction-texts .selectable").first();
    await expect.poll(() => text.textContent()).toBe(MESSAGE);
    await text.evaluate((element, words) => {
      const node = element.firstChild as Text;
      const start = (node.textContent ?? "").indexOf(words);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + words.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }, PRIVATE);
    await dashboard.getByRole("button", { name: "Hide the selection" }).click();
    await expect.poll(() => dashboard.locator(".redaction q").last().textContent()).toBe(PRIVATE);
    await expect.poll(() => dashboard.getByTestId("redaction-count").textContent()).toBe("6 values will be hidden in every export.");

    // Without the mouse: every occurrence of a searched word; then shown again.
    await dashboard.getByRole("searchbox", { name: "Find text to hide" }).fill("FLOODED");
    await dashboard.getByRole("button", { name: "Hide every match" }).click();
    await expect.poll(() => dashboard.getByTestId("redaction-count").textContent()).toBe("7 values will be hidden in every export.");
    await dashboard.getByRole("button", { name: "Show again" }).last().click();
    await expect.poll(() => dashboard.getByTestId("redaction-count").textContent()).toBe("6 values will be hidden in every export.");
    expect(await axeViolations(dashboard, ".redaction")).toEqual([]);
    const preview = await dashboard.getByTestId("redaction-preview").textContent();
    expect(preview).toContain("Your name: [hidden: name]");
    expect(preview).toContain("Please call me back at [hidden: phone number] or [hidden: phone number] or write to [hidden: e-mail address] My flat: [hidden: selected text] The technician flooded the wall.");
    for (const secret of SECRETS) expect(preview).not.toContain(secret);
  });

  it("makes the signed bundle from the redacted copy: no hidden value in any file, and it verifies", async () => {
    const made = await download(dashboard, "Export signed bundle (ZIP)");
    writeFileSync(join(dir, "bundle.zip"), made.bytes);
    expectNoSecret("the ZIP", made.bytes);
    const files = filesOf(made.bytes);
    expect(Object.keys(files)).toContain("redactions.json");
    for (const [path, bytes] of Object.entries(files)) expectNoSecret(path, bytes);
    const html = text(files["dossier.html"]);
    expect(html).toContain("Your name: [hidden: name]");
    expect(html).toContain("E-mail address: [hidden: e-mail address]");
    expect(html).toContain('id="annex-hidden"');
    expect(html).toContain("The person hid 6 values");
    const caseJson = JSON.parse(text(files["case.json"])) as unknown;
    expect(CaseFile.safeParse(caseJson).success).toBe(true);
    const report = await verifyBundle(made.bytes);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe("intact");
    expect(report.hidden).toEqual({ values: 6, events: 1, vouched: [] });
    writeFileSync(join(dir, "verify.html"), files["verify.html"] as Uint8Array);

    // The reveal file, for the person alone, proves one value against the signed bundle.
    const reveal = await download(dashboard, "Save the reveal file (keep it to yourself)");
    expect(reveal.name).toMatch(/-reveal-keep-private\.json$/);
    const revealed = checkRevealFile(made.bytes, text(reveal.bytes));
    expect(revealed.ok && revealed.results.map((r) => [r.entry.value, r.outcome.ok])).toEqual([
      [NAME, true],
      [EMAIL, true],
      [`${PHONE} `, true],
      [`${OTHER_PHONE}, `, true],
      [`${EMAIL}. `, true],
      [`${PRIVATE}. `, true],
    ]);
  });

  it("makes the HTML, JSON and CSV from the same redacted copy", async () => {
    for (const [button, label] of [
      ["Export HTML dossier", "html"],
      ["Export JSON", "json"],
      ["Export CSV", "csv"],
    ] as const) {
      const made = await download(dashboard, button);
      expectNoSecret(label, made.bytes);
      expect(text(made.bytes)).toContain(label === "json" ? '"redacted": "phone"' : "[hidden: phone number]");
    }
  });

  it("verify.html, opened from the file system, says the bundle verifies with its hidden values, and names the tampering", async () => {
    const page = await session.browser.context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(dir, "verify.html")).href);
    const check = async (name: string, bytes: Uint8Array) => {
      const file = join(dir, `${name}.zip`);
      writeFileSync(file, bytes);
      await page.evaluate(() => document.getElementById("result")?.replaceChildren());
      await page.getByLabel("Bundle file").setInputFiles(file);
      await page.locator("#verdict").waitFor({ timeout: 15_000 });
      return {
        verdict: await page.locator("#result").getAttribute("data-verdict"),
        line: await page.locator("#verdict").textContent(),
        findings: await page.locator("#findings li").allTextContents(),
        details: await page.locator("#details").textContent(),
      };
    };
    const bundle = new Uint8Array(readFileSync(join(dir, "bundle.zip")));
    const good = await check("bundle", bundle);
    expect(good.verdict).toBe("intact");
    expect(good.line).toMatch(/^INTACT: .* 6 values hidden by the sender\.$/);
    expect(good.findings).toEqual([]);
    expect(good.details).toContain("The chain is still checked through the 1 events with hidden values sealed in format 2");

    // Someone edits a shown word of the redacted event (and leaves the commitments as they were).
    const tampered = rezip(bundle, (files) =>
      editJson(files, "case.json", (c) => {
        const attempt = (c.events as Array<{ payload: { fields: Array<{ value: unknown }> } }>)[0];
        const message = attempt?.payload.fields.find((f) => typeof f.value === "object" && f.value !== null && "redactedText" in f.value);
        const parts = (message?.value as { redactedText: unknown[] }).redactedText;
        parts[parts.length - 1] = "The technician fixed the wall.";
      }),
    );
    const bad = await check("tampered", tampered);
    expect(bad.verdict).toBe("altered");
    expect(bad.findings[0]).toMatch(/^Changed: "case\.json" is not the file that was signed/);
    expect(bad.findings).toContainEqual(expect.stringMatching(/^Changed: the content of event #1 \([\w-]+\) is not what was sealed\.$/));
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    await page.close();
  });
});
