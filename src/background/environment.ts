// Facts about this installation that every captured event records.
import browser from "webextension-polyfill";
import type { Collection } from "../domain/evidence";

interface BrowserFacts {
  browser: string;
  browserVersion: string;
}

let facts: Promise<BrowserFacts> | undefined;

async function readBrowserFacts(): Promise<BrowserFacts> {
  const runtime = browser.runtime as typeof browser.runtime & { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (typeof runtime.getBrowserInfo === "function") {
    const info = await runtime.getBrowserInfo();
    return { browser: info.name, browserVersion: info.version };
  }
  const uaData = (navigator as Navigator & { userAgentData?: { getHighEntropyValues(h: string[]): Promise<{ fullVersionList?: { brand: string; version: string }[] }> } }).userAgentData;
  const list = uaData ? (await uaData.getHighEntropyValues(["fullVersionList"])).fullVersionList : undefined;
  const entry = list?.find((b) => /Chrom/.test(b.brand) && !/Not/.test(b.brand));
  if (entry) return { browser: entry.brand, browserVersion: entry.version };
  const match = /(Chrome|Chromium)\/([\d.]+)/.exec(navigator.userAgent);
  return { browser: match?.[1] ?? "unknown", browserVersion: match?.[2] ?? "unknown" };
}

export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

export async function collection(method: Collection["method"], collector: string | undefined): Promise<Collection> {
  facts ??= readBrowserFacts();
  const { browser: name, browserVersion } = await facts;
  return {
    method,
    extensionVersion: browser.runtime.getManifest().version,
    browser: name,
    browserVersion,
    ...(collector ? { collector } : {}),
  };
}
