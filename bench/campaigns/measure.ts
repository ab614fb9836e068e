// The campaign's figures, measured on the code the dashboard runs (bundled for Node by
// tools/verify/build.mjs): a campaign of 50 brands and 20,000 events. Each brand's case is the reality
// bench's synthetic dispute (bench/reality/synthetic-case.ts) cut to 400 events with its own seed, sealed
// into its chain, with 2 screenshots of 200 KB; 5 brands joined after the start on a second protocol
// version. Baselines, measured in the same rounds, interleaved:
// - for the comparison: the reality engine alone over the same 50 cases (domain/cases/case-reality.ts), so
//   the ratio says what the campaign's reading adds to reading each case;
// - for the export: the same 50 cases exported as 50 single-case bundles (buildDossierBundle).
import { compareCampaign, type Comparison } from "../../src/domain/campaigns/comparison-summary";
import type { Campaign, CampaignBrand, Protocol } from "../../src/domain/campaigns/campaign";
import type { CaseEvidence } from "../../src/domain/campaigns/comparison";
import { caseReality } from "../../src/domain/cases/case-reality";
import { buildCaseFile } from "../../src/domain/dossier/case-file";
import type { Case, EvidenceEvent } from "../../src/domain/evidence";
import { sealChain } from "../../src/domain/integrity/event-hash";
import { sha256Hex } from "../../src/domain/integrity/sha256";
import { toBase64 } from "../../src/domain/dossier/bytes";
import type { PromiseReading } from "../../src/domain/promises/promise-reading";
import { inStorageOrder } from "../../src/domain/reality/case-timeline";
import { joinChunks } from "../../src/export/bundle-writer";
import { buildCampaignBundle, type CampaignCaseExport } from "../../src/export/campaign-bundle";
import { artifactPath, buildDossierBundle } from "../../src/export/dossier-bundle";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import "../../src/domain/zod-config";
import { testKey, type TestKey } from "../../test/fixtures/dossier/sample-case";
import { syntheticCase } from "../reality/synthetic-case";

export const BRANDS = 50;
export const EVENTS_PER_BRAND = 400;
const SCREENSHOTS_PER_BRAND = 2;
const SCREENSHOT_BYTES = 200_000;
const PARIS = "Europe/Paris";
const DAY = 86_400_000;

const reply48: PromiseReading = { kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, clockStart: "each-contact", language: "fr", confidence: 0.9, matched: {} };

/** Incompressible bytes, as real PNG and JPEG screenshots are. */
function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = (seed + 1) * 2654435761;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}

export interface CampaignBenchData {
  campaign: Campaign;
  cases: Map<string, CaseEvidence>;
  exports: Map<string, CampaignCaseExport>;
  key: TestKey;
  now: number;
  events: number;
  screenshotBytes: number;
}

export async function campaignBenchData(): Promise<CampaignBenchData> {
  const key = await testKey();
  const cases = new Map<string, CaseEvidence>();
  const exports = new Map<string, CampaignCaseExport>();
  const brands: CampaignBrand[] = [];
  let now = 0;
  let events = 0;
  let screenshotBytes = 0;
  let start = Infinity;
  for (let b = 0; b < BRANDS; b++) {
    const caseId = `case-campaign-bench-${String(b).padStart(3, "0")}`;
    const synthetic = syntheticCase(EVENTS_PER_BRAND, 7_000 + b);
    now = Math.max(now, synthetic.now);
    const artifacts: CampaignCaseExport["artifacts"][number][] = [];
    for (let s = 0; s < SCREENSHOTS_PER_BRAND; s++) {
      const bytes = noise(SCREENSHOT_BYTES, b * 10 + s);
      const sha256 = await sha256Hex(bytes);
      artifacts.push({ sha256, mediaType: "image/png", size: bytes.length, path: artifactPath(sha256, "image/png"), bytes });
      screenshotBytes += bytes.length;
    }
    // The case's own attachments point at its screenshots.
    let shot = 0;
    const drafts = synthetic.events.map(({ event }): EvidenceEvent => {
      // Event ids are unique across the extension's storage: the synthetic ids (and the references to them,
      // attemptId, inReplyTo…) get the case's id in front, as each brand's synthetic dispute restarts at evt-0000001.
      const mine = { ...(JSON.parse(JSON.stringify(event).replaceAll('"evt-', `"${caseId}-evt-`)) as EvidenceEvent), caseId } as EvidenceEvent;
      if (mine.kind === "attachment" && shot < artifacts.length) {
        const a = artifacts[shot++] as (typeof artifacts)[number];
        return { ...mine, payload: { fileName: `screenshot-${shot}.png`, mediaType: a.mediaType, size: a.size, sha256: a.sha256 } };
      }
      return mine;
    });
    const sealed = await sealChain(drafts);
    events += sealed.length;
    const first = sealed[0] as EvidenceEvent;
    start = Math.min(start, first.occurred.at);
    const name = `Brand ${String(b + 1).padStart(2, "0")} Telecom`;
    const theCase: Case = { id: caseId, title: `${name} — Do telcos reply within 48 hours?`, brand: { name, domains: [`www.brand-${b + 1}.test`] }, status: b % 9 === 0 ? "resolved" : "open", created: { at: first.occurred.at - DAY, timeZone: PARIS } };
    cases.set(caseId, { theCase, events: inStorageOrder(sealed) });
    const caseFile = buildCaseFile({
      theCase,
      events: sealed,
      exported: { at: now, timeZone: PARIS, by: { extensionVersion: "0.1.0", browser: "chrome", browserVersion: "bench" } },
      signer: key.signer,
      artifacts: artifacts.map(({ sha256, mediaType, size, path }) => ({ sha256, mediaType, size, path })),
    });
    exports.set(caseId, { caseFile: caseFile as CampaignCaseExport["caseFile"], artifacts });
    const late = b >= BRANDS - 5;
    brands.push({ brand: theCase.brand, caseId, added: { at: late ? start + 20 * DAY : start - DAY, timeZone: PARIS }, addedAfterStart: late, protocolVersion: late ? 2 : 1 });
  }
  const v1: Protocol = {
    version: 1,
    written: { at: start - 2 * DAY, timeZone: PARIS },
    question: "Bonjour, puis-je déplacer mon rendez-vous d'installation ? Merci.",
    channel: "web-form",
    promise: { text: "Nous répondons à toutes les demandes sous 48h.", reading: reply48 },
    pinning: "campaign",
    wait: { amount: 7, unit: "calendar-days" },
    followUpAfter: { amount: 3, unit: "calendar-days" },
    responseRule: "person",
  };
  const v2: Protocol = { ...v1, version: 2, written: { at: start + 19 * DAY, timeZone: PARIS }, change: "Ask by e-mail too: some brands hide their form.", wait: { amount: 10, unit: "calendar-days" } };
  const campaign: Campaign = { id: "campaign-bench-0001", name: "Do telcos reply within 48 hours?", created: { at: start - 3 * DAY, timeZone: PARIS }, started: { at: start - DAY, timeZone: PARIS }, protocols: [v1, v2], brands };
  return { campaign, cases, exports, key, now, events, screenshotBytes };
}

export interface CampaignFigures {
  events: number;
  brands: number;
  screenshotBytes: number;
  comparisonMs: number[];
  engineMs: number[];
  exportMs: number[];
  singlesMs: number[];
  verifyMs: number[];
  longestPauseMs: number;
  bundleBytes: number;
  verdict: string;
  comparison: Comparison;
}

const timed = async <T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
};

/** The comparison and the engine alone, `rounds` times each after `warmup`, taking turns. */
export async function measureComparison(data: CampaignBenchData, rounds: number, warmup: number): Promise<{ comparisonMs: number[]; engineMs: number[]; comparison: Comparison }> {
  const comparisonMs: number[] = [];
  const engineMs: number[] = [];
  const comparison = () => compareCampaign({ campaign: data.campaign, cases: data.cases, now: data.now });
  const engine = () => {
    for (const c of data.cases.values()) caseReality(c.events, data.now);
  };
  let last = comparison();
  for (let round = 0; round < warmup + rounds; round++) {
    const order = round % 2 === 0 ? ["comparison", "engine"] : ["engine", "comparison"];
    for (const which of order) {
      if (which === "comparison") {
        const { ms, value } = await timed(comparison);
        last = value;
        if (round >= warmup) comparisonMs.push(ms);
      } else {
        const { ms } = await timed(engine);
        if (round >= warmup) engineMs.push(ms);
      }
    }
  }
  return { comparisonMs, engineMs, comparison: last };
}

/** The export of the campaign bundle and, as baseline, of 50 single bundles; then the campaign bundle's verification. */
export async function measureExport(data: CampaignBenchData, rounds: number): Promise<Omit<CampaignFigures, "comparisonMs" | "engineMs" | "comparison" | "events" | "brands" | "screenshotBytes">> {
  const exportMs: number[] = [];
  const singlesMs: number[] = [];
  const verifyMs: number[] = [];
  let longestPauseMs = 0;
  let bundleBytes = 0;
  let verdict = "";
  for (let round = -1; round < rounds; round++) {
    // The longest stretch without yielding to the event loop: how long the dashboard would be frozen.
    let last = performance.now();
    const pause = async () => {
      const now = performance.now();
      if (round >= 0) longestPauseMs = Math.max(longestPauseMs, now - last);
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    };
    const campaignFirst = round % 2 === 0;
    const runCampaign = async () => {
      last = performance.now();
      const { ms, value } = await timed(() => buildCampaignBundle({ campaign: data.campaign, cases: data.exports, signer: data.key.signer, created: { at: data.now, timeZone: PARIS }, lang: "en", verifyPage: "<!doctype html>", sign: data.key.sign, pause }));
      const zip = joinChunks(value.chunks);
      bundleBytes = zip.length;
      if (round >= 0) exportMs.push(ms);
      const checked = await timed(() => verifyBundle(zip));
      verdict = checked.value.verdict;
      if (round >= 0) verifyMs.push(checked.ms);
    };
    const runSingles = async () => {
      const quiet = async () => new Promise<void>((resolve) => setTimeout(resolve, 0));
      const { ms } = await timed(async () => {
        for (const c of data.exports.values()) await buildDossierBundle({ caseFile: c.caseFile, artifacts: c.artifacts, lang: "en", verifyPage: "<!doctype html>", sign: data.key.sign, pause: quiet });
      });
      if (round >= 0) singlesMs.push(ms);
    };
    if (campaignFirst) {
      await runCampaign();
      await runSingles();
    } else {
      await runSingles();
      await runCampaign();
    }
  }
  return { exportMs, singlesMs, verifyMs, longestPauseMs, bundleBytes, verdict };
}

export { verifyBundle };

export async function measure(settings: { comparisonRounds: number; comparisonWarmup: number; exportRounds: number }, data?: CampaignBenchData): Promise<CampaignFigures> {
  data ??= await campaignBenchData();
  const comparison = await measureComparison(data, settings.comparisonRounds, settings.comparisonWarmup);
  const exported = await measureExport(data, settings.exportRounds);
  return { events: data.events, brands: data.campaign.brands.length, screenshotBytes: data.screenshotBytes, ...comparison, ...exported };
}

/** The campaign as rows of the extension's IndexedDB (the Chromium figures): the campaign, its cases, their events in chain order, the screenshots. */
export interface CampaignStorage {
  campaign: Campaign;
  cases: Case[];
  rows: { event: EvidenceEvent; id: string; caseId: string; seq: number; siteHost?: string }[];
  artifacts: { sha256: string; mediaType: string; size: number; base64: string }[];
}

export function campaignStorage(data: CampaignBenchData): CampaignStorage {
  const cases: Case[] = [];
  const rows: CampaignStorage["rows"] = [];
  const artifacts: CampaignStorage["artifacts"] = [];
  let seq = 1_000_000;
  for (const [caseId, evidence] of data.cases) {
    if (!evidence) continue;
    cases.push(evidence.theCase);
    for (const { event } of evidence.events) {
      const host = event.source ? new URL(event.source.url).hostname : undefined;
      rows.push({ event, id: event.id, caseId, seq: seq++, ...(host ? { siteHost: host } : {}) });
    }
    for (const a of data.exports.get(caseId)?.artifacts ?? []) artifacts.push({ sha256: a.sha256, mediaType: a.mediaType, size: a.size, base64: toBase64(a.bytes) });
  }
  return { campaign: data.campaign, cases, rows, artifacts };
}

/** Evaluated in the extension's service worker: writes the campaign, its cases, events and screenshots in one transaction. */
export async function writeCampaignStorage(data: CampaignStorage): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open("receipts");
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(["campaigns", "cases", "events", "artifacts"], "readwrite");
  tx.objectStore("campaigns").put(data.campaign);
  for (const c of data.cases) tx.objectStore("cases").put(c);
  for (const row of data.rows) tx.objectStore("events").put(row);
  for (const a of data.artifacts) {
    const bytes = Uint8Array.from(atob(a.base64), (c) => c.charCodeAt(0));
    tx.objectStore("artifacts").put({ sha256: a.sha256, bytes: new Blob([bytes], { type: a.mediaType }), mediaType: a.mediaType, size: a.size, stored: Date.now() });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
