// A promise recorded the way a person records it (toolbar button, selection, popup) goes into the
// dossier with its screenshot and page snapshot: the bundle carries both under their SHA-256, the
// HTML dossier shows the screenshot and names the snapshot, and the bundle verifies intact.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chromiumSession } from "./support/session";
import { clickToolbarButton, selectText, storedPromises } from "./promise-support";
import { filesOf, text } from "../fixtures/dossier/tamper";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import { sha256Hex } from "../../src/domain/integrity/sha256";

const session = chromiumSession();

describe("a recorded promise in the dossier", () => {
  it("brings its screenshot and snapshot into the bundle, by hash, shown and named in the dossier", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url("127.0.0.1", "/yellow/promise-en.html"));
    await clickToolbarButton(session.browser, page);
    await selectText(page, "#promise");
    const popup = await session.browser.openPopup(page);
    await popup.getByRole("button", { name: "Record a promise" }).click();
    await expect.poll(() => popup.locator(".promise-outcome").textContent(), { timeout: 15_000 }).toContain("Promise recorded.");
    const [promise] = await storedPromises(session.browser);
    const refs = promise?.payload.artifacts ?? [];
    const shot = refs.find((r) => r.kind === "screenshot");
    const snapshot = refs.find((r) => r.kind === "snapshot");
    if (!promise || !shot || !snapshot) throw new Error("the promise was stored without its screenshot and snapshot");

    const dashboard = await session.browser.openDashboard(`#case=${promise.caseId}`);
    const [download] = await Promise.all([dashboard.waitForEvent("download", { timeout: 30_000 }), dashboard.getByRole("button", { name: "Export signed bundle (ZIP)" }).click()]);
    const zip = new Uint8Array(readFileSync(await download.path()));
    const report = await verifyBundle(zip);
    expect(report.findings).toEqual([]);

    const files = filesOf(zip);
    const shotPath = `artifacts/${shot.sha256}.png`;
    const snapshotPath = `artifacts/${snapshot.sha256}.mhtml`;
    expect(await sha256Hex(files[shotPath] as Uint8Array)).toBe(shot.sha256);
    expect(await sha256Hex(files[snapshotPath] as Uint8Array)).toBe(snapshot.sha256);
    const html = text(files["dossier.html"]);
    expect(html).toContain(`<img src="${shotPath}"`);
    expect(html).toContain(`Snapshot of the page: ${snapshotPath}`);
    expect(html).not.toContain(`href="${snapshotPath}"`);
    const caseJson = JSON.parse(text(files["case.json"])) as { artifacts: { sha256: string; path: string }[] };
    expect(caseJson.artifacts.map((a) => a.path).sort()).toEqual([shotPath, snapshotPath].sort());
  });
});
