// A hostile page must never be able to forge, read or delete evidence; a content script is
// treated as if the page had already taken it over.
import { describe, expect, it } from "vitest";
import { chromiumSession } from "./support/session";
import { eventsFromPage, storedEvents, watchSiteOf } from "./support/evidence";

const session = chromiumSession();

/** The id of the tab showing `url`, from the service worker. */
async function tabIdOf(url: string): Promise<number> {
  return session.browser.worker.evaluate(async (target: string) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
    return tab.id;
  }, url);
}

describe("a hostile page", () => {
  it("cannot forge evidence with postMessage, CustomEvents or untrusted submit events", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/hostile.html");
    await page.goto(url);
    await watchSiteOf(session.browser, page);

    const pageSeesRuntime = await page.evaluate(() => (window as unknown as { forgeAll: () => Promise<boolean> }).forgeAll());
    expect(pageSeesRuntime).toBe(false);
    await page.waitForTimeout(1000);
    expect(await eventsFromPage(session.browser, url)).toHaveLength(0);

    // The same page, sent by the person: recorded once, which shows the page was being watched all along.
    await page.getByRole("button", { name: "Send" }).click();
    await expect.poll(async () => (await eventsFromPage(session.browser, url)).length, { timeout: 10_000 }).toBe(1);
  });

  it("refuses privileged requests, unwatched sites and malformed messages from a content script", async () => {
    const page = await session.browser.context.newPage();
    const url = session.server.url("127.0.0.1", "/yellow/index.html");
    await page.goto(url);
    const stored = await storedEvents(session.browser);
    const before = stored.length;
    // A real case, and the exact count its deletion asks for: the page still cannot delete it.
    const caseId = stored[0]!.caseId;
    const count = stored.filter((e) => e.caseId === caseId).length;

    // Run in an isolated world of the tab: exactly where our content script runs, as a compromised one would.
    const replies = await session.browser.worker.evaluate(
      async ([tabId, target, events]: [number, string, number]) => {
        const [result] = await chrome.scripting.executeScript({
          target: { tabId },
          args: [target, events],
          func: async (id: string, n: number) => {
            const send = (m: unknown) => chrome.runtime.sendMessage(m) as Promise<unknown>;
            const protocol = {
              question: "Forged?",
              channel: "email",
              promise: { text: "We reply within 48 hours." },
              pinning: "campaign",
              wait: { amount: 5, unit: "calendar-days" },
              responseRule: "person",
            };
            return {
              exportCase: await send({ type: "case.export", caseId: "00000000-0000-4000-8000-000000000000" }),
              unwatch: await send({ type: "site.unwatch", host: "127.0.0.1" }),
              settings: await send({ type: "settings.update", collector: "mallory" }),
              importFile: await send({ type: "backup.import", stagingKey: "00000000-0000-4000-8000-000000000000" }),
              automaticBackup: await send({ type: "backup.automatic", enabled: false }),
              deleteCase: await send({ type: "case.delete", caseId: id, events: n }),
              activateCase: await send({ type: "case.activate", caseId: id }),
              createCampaign: await send({ type: "campaign.create", name: "Forged", protocol, brands: [{ name: "Yellow", domains: ["127.0.0.1"] }] }),
              startCampaign: await send({ type: "campaign.start", campaignId: "campaign-0000001" }),
              malformed: await send({ type: "capture.record", captureKey: "not-a-uuid", title: 1 }),
              unknown: await send({ type: "evidence.delete", caseId: "x" }),
            };
          },
        });
        return result?.result;
      },
      [await tabIdOf(url), caseId, count] as [number, string, number],
    );
    const forbidden = { ok: false, error: { code: "forbidden", message: expect.any(String) } };
    expect(replies).toEqual({
      exportCase: forbidden,
      unwatch: forbidden,
      settings: forbidden,
      importFile: forbidden,
      automaticBackup: forbidden,
      deleteCase: forbidden,
      activateCase: forbidden,
      createCampaign: forbidden,
      startCampaign: forbidden,
      malformed: { ok: false, error: { code: "invalid-message", message: expect.any(String) } },
      unknown: { ok: false, error: { code: "invalid-message", message: expect.any(String) } },
    });

    // A well-formed capture from a site that is not watched is refused too.
    const other = await session.browser.context.newPage();
    const otherUrl = session.server.url("localhost", "/yellow/index.html");
    await other.goto(otherUrl);
    const refused = await session.browser.worker.evaluate(async (tabId: number) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId },
        func: () =>
          chrome.runtime.sendMessage({
            type: "capture.record",
            captureKey: "11111111-1111-4111-8111-111111111111",
            title: "x",
            evidence: { kind: "contact-attempt", payload: { channel: "web-form", fields: [] } },
          }),
      });
      return result?.result;
    }, await tabIdOf(otherUrl));
    expect(refused).toMatchObject({ ok: false, error: { code: "not-watched" } });
    expect(await eventsFromPage(session.browser, otherUrl)).toHaveLength(0);

    // Still watched, nothing exported or changed.
    const registered = await session.browser.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));
    expect(registered).toContain("watch:127.0.0.1");
    expect(await storedEvents(session.browser)).toHaveLength(before);
    expect((await storedEvents(session.browser)).filter((e) => e.caseId === caseId)).toHaveLength(count);
  });
});
