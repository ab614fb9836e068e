// A full copy of the page a promise was recorded on: MHTML from pageCapture where the browser has it
// (Chromium), else a self-contained HTML copy with nothing runnable (content/promise-snapshot.ts).
// It may give up (too slow, too large): the promise is recorded anyway, and says why it has no copy.
import browser from "webextension-polyfill";
import type { ArtifactMissing } from "../domain/evidence";
import { serializePage, type HtmlSnapshot } from "../content/promise-snapshot";

/** Beyond these, a copy would hold up the recording or fill the disk: 2 s and 50 MB. */
export const SNAPSHOT_LIMITS = { maxMs: 2000, maxBytes: 50 * 1024 * 1024 };
export type SnapshotLimits = typeof SNAPSHOT_LIMITS;

export const MHTML_TYPE = "multipart/related";
export const HTML_TYPE = "text/html";

export type PageSnapshot = { ok: true; bytes: Uint8Array; mediaType: string } | { ok: false; reason: ArtifactMissing };

/** How a copy is made in this browser; injected in tests. */
export interface SnapshotMakers {
  mhtml?: (tabId: number) => Promise<Blob>;
  html: (tabId: number, limits: { maxChars: number; maxMs: number }) => Promise<HtmlSnapshot>;
}

interface PageCaptureApi {
  saveAsMHTML(details: { tabId: number }): Promise<Blob>;
}

export function browserMakers(): SnapshotMakers {
  // Chromium only; Firefox has no pageCapture (and the manifest does not ask for it there).
  const pageCapture = (globalThis as { chrome?: { pageCapture?: PageCaptureApi } }).chrome?.pageCapture;
  return {
    ...(pageCapture ? { mhtml: (tabId: number) => pageCapture.saveAsMHTML({ tabId }) } : {}),
    html: async (tabId, limits) => {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: serializePage, args: [limits] });
      return frame?.result as HtmlSnapshot;
    },
  };
}

const TIMED_OUT = Symbol("timed out");

function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function reasonOf(error: unknown): ArtifactMissing {
  const message = error instanceof Error ? error.message : String(error);
  return /permission|cannot access|not allowed|missing host/i.test(message) ? "not-allowed" : "failed";
}

async function viaMhtml(make: (tabId: number) => Promise<Blob>, tabId: number, limits: SnapshotLimits, started: number): Promise<PageSnapshot> {
  for (let attempt = 1; ; attempt++) {
    // pageCapture cannot be stopped: past the limit its result is left to the garbage collector.
    const blob = await within(make(tabId), limits.maxMs - (Date.now() - started));
    if (blob === TIMED_OUT) return { ok: false, reason: "too-slow" };
    if (blob.size > limits.maxBytes) return { ok: false, reason: "too-large" };
    try {
      return { ok: true, bytes: new Uint8Array(await blob.arrayBuffer()), mediaType: MHTML_TYPE };
    } catch (error) {
      // Chromium sometimes removes the temporary MHTML file before it is read (seen on a profile's
      // first capture, NotFoundError): a second capture reads fine.
      if (attempt >= 2) throw error;
    }
  }
}

async function viaHtml(make: SnapshotMakers["html"], tabId: number, limits: SnapshotLimits, msLeft: number): Promise<PageSnapshot> {
  // The page checks the limits itself; the timer here covers a page too busy to even start.
  const made = await within(make(tabId, { maxChars: limits.maxBytes, maxMs: msLeft }), msLeft + 500);
  if (made === TIMED_OUT) return { ok: false, reason: "too-slow" };
  if (!made?.ok) return { ok: false, reason: made?.reason ?? "failed" };
  const bytes = new TextEncoder().encode(made.html);
  if (bytes.byteLength > limits.maxBytes) return { ok: false, reason: "too-large" };
  return { ok: true, bytes, mediaType: HTML_TYPE };
}

export async function snapshotPage(tabId: number, makers: SnapshotMakers = browserMakers(), limits: SnapshotLimits = SNAPSHOT_LIMITS): Promise<PageSnapshot> {
  const started = Date.now();
  if (makers.mhtml) {
    try {
      return await viaMhtml(makers.mhtml, tabId, limits, started);
    } catch {
      // Some pages refuse MHTML; the HTML copy may still work, within the time left.
    }
  }
  const msLeft = limits.maxMs - (Date.now() - started);
  if (msLeft <= 0) return { ok: false, reason: "too-slow" };
  try {
    return await viaHtml(makers.html, tabId, limits, msLeft);
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}
