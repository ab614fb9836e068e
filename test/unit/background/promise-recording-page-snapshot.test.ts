// The page snapshot's limits and fallbacks, with makers standing in for pageCapture and the in-page copy.
import { describe, expect, it, vi } from "vitest";
import type { HtmlSnapshot } from "../../../src/content/promise-snapshot";

vi.mock("webextension-polyfill", () => ({ default: {} }));
const { snapshotPage, HTML_TYPE, MHTML_TYPE } = await import("../../../src/background/page-snapshot");

const LIMITS = { maxMs: 200, maxBytes: 1000 };
const never = <T,>() => new Promise<T>(() => undefined);
const html = (result: HtmlSnapshot) => async () => result;
const noHtml = async (): Promise<HtmlSnapshot> => {
  throw new Error("the HTML copy should not be needed");
};

describe("snapshotPage", () => {
  it("keeps the MHTML the browser makes", async () => {
    const made = await snapshotPage(1, { mhtml: async () => new Blob(["MIME-Version: 1.0"]), html: noHtml }, LIMITS);
    expect(made).toEqual({ ok: true, bytes: new TextEncoder().encode("MIME-Version: 1.0"), mediaType: MHTML_TYPE });
  });

  it("gives up on an MHTML larger than the size limit", async () => {
    expect(await snapshotPage(1, { mhtml: async () => new Blob(["x".repeat(1001)]), html: noHtml }, LIMITS)).toEqual({ ok: false, reason: "too-large" });
  });

  it("gives up when the MHTML takes longer than the time limit, without waiting for it", async () => {
    const started = Date.now();
    expect(await snapshotPage(1, { mhtml: never, html: noHtml }, LIMITS)).toEqual({ ok: false, reason: "too-slow" });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("captures again when the MHTML file vanished before it could be read", async () => {
    let calls = 0;
    const vanished = { size: 10, arrayBuffer: () => Promise.reject(new DOMException("A requested file or directory could not be found", "NotFoundError")) } as unknown as Blob;
    const mhtml = async () => (++calls === 1 ? vanished : new Blob(["second"]));
    const made = await snapshotPage(1, { mhtml, html: noHtml }, LIMITS);
    expect(made).toMatchObject({ ok: true, mediaType: MHTML_TYPE });
    expect(calls).toBe(2);
  });

  it("falls back to the HTML copy where there is no pageCapture, or where it fails", async () => {
    const copy = html({ ok: true, html: "<!DOCTYPE html><p>é</p>" });
    expect(await snapshotPage(1, { html: copy }, LIMITS)).toEqual({ ok: true, bytes: new TextEncoder().encode("<!DOCTYPE html><p>é</p>"), mediaType: HTML_TYPE });
    const refused = async () => Promise.reject(new Error("Don't have permission"));
    expect(await snapshotPage(1, { mhtml: refused, html: copy }, LIMITS)).toMatchObject({ ok: true, mediaType: HTML_TYPE });
  });

  it("passes on why the HTML copy gave up, and measures its size in bytes", async () => {
    expect(await snapshotPage(1, { html: html({ ok: false, reason: "too-slow" }) }, LIMITS)).toEqual({ ok: false, reason: "too-slow" });
    // 600 characters, 1200 bytes in UTF-8: over the limit.
    expect(await snapshotPage(1, { html: html({ ok: true, html: "é".repeat(600) }) }, LIMITS)).toEqual({ ok: false, reason: "too-large" });
    expect(await snapshotPage(1, { html: never }, LIMITS)).toEqual({ ok: false, reason: "too-slow" });
  });

  it("says the browser did not allow it when the page cannot be read", async () => {
    const refused = async () => Promise.reject(new Error("Cannot access contents of the page. Extension manifest must request permission to access the respective host."));
    expect(await snapshotPage(1, { html: refused }, LIMITS)).toEqual({ ok: false, reason: "not-allowed" });
  });
});
