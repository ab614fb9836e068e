// The dossier's figures, measured on the code the dashboard and verify.html run (bundled for Node
// by tools/verify/build.mjs): a case of 10,000 events and 200 screenshots of 200 KB (40 MB) is
// exported as a signed bundle, then verified.
import { buildDossierBundle } from "../../src/export/dossier-bundle";
import { joinChunks } from "../../src/export/bundle-writer";
import { verifyBundle } from "../../src/export/verify/verify-bundle";
import "../../src/domain/zod-config";
import { sampleCase, sampleCaseFile, testKey } from "../../test/fixtures/dossier/sample-case";
import { caseRows, type CaseRows } from "../../test/e2e/support/dossier-case";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { ReceiptsDatabase } from "../../src/storage/database";
import { importFile } from "../../src/backup/import-file";
import { redactEventsInSteps, type Hide } from "../../src/domain/redaction/redact";
import type { EvidenceEvent } from "../../src/domain/evidence";

export { verifyBundle };
export { writeCaseRows } from "../../test/e2e/support/dossier-case";

/** The same large case as rows to write into the extension's IndexedDB (browser figures), sealed in format v2 as Receipts stores events now. */
export async function largeCaseRows(): Promise<CaseRows> {
  return caseRows(await sampleCase({ extraEvents: 10_000 - 8 - 200, screenshots: 200, screenshotBytes: 200_000, sealing: 2 }));
}

export interface DossierFigures {
  events: number;
  screenshots: number;
  inputBytes: number;
  bundleBytes: number;
  exportMs: number[];
  verifyMs: number[];
  longestPauseMs: number;
  verdict: string;
}

/** In every chat line of the large case, the word "phone" hidden as selected text: 9,792 events with a hidden run. */
function hidesIn(events: readonly EvidenceEvent[]): Hide[] {
  return events.flatMap((event): Hide[] => {
    if (event.kind !== "message") return [];
    const start = event.payload.text.indexOf("phone");
    return start < 0 ? [] : [{ eventId: event.id, path: ["payload", "text"], category: "text", range: { start, end: start + 5 } }];
  });
}

export interface MeasureOptions {
  /** Format the events are sealed in: 1 (the figures measured since the start) or 2 (with commitments). */
  sealing?: 1 | 2;
  /** Hide a word in every chat line before exporting (the redaction is timed with the export). */
  redact?: boolean;
}

export async function measure(rounds: number, options: MeasureOptions = {}): Promise<DossierFigures & { hiddenValues: number }> {
  const sample = await sampleCase({ extraEvents: 10_000 - 8 - 200, screenshots: 200, screenshotBytes: 200_000, sealing: options.sealing ?? 1 });
  const key = await testKey();
  const hides = options.redact ? hidesIn(sample.events) : [];
  let hiddenValues = 0;
  const exportMs: number[] = [];
  const verifyMs: number[] = [];
  let longestPauseMs = 0;
  let zip = new Uint8Array();
  let verdict = "";
  // One warm-up round first (not timed): the first run also compiles the code and the schemas.
  for (let round = -1; round < rounds; round++) {
    // The longest stretch without yielding to the event loop: how long a page would be frozen.
    let last = performance.now();
    const pause = async () => {
      const now = performance.now();
      longestPauseMs = Math.max(longestPauseMs, now - last);
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      last = performance.now();
    };
    const started = performance.now();
    const redaction = hides.length > 0 ? await redactEventsInSteps(sample.events, hides, pause) : null;
    hiddenValues = redaction?.log.length ?? 0;
    const caseFile = sampleCaseFile(sample, key.signer, redaction?.events);
    const bundle = await buildDossierBundle({ caseFile, artifacts: sample.artifacts, lang: "en", verifyPage: "<!doctype html>", sign: key.sign, pause, ...(redaction ? { redactions: redaction.log } : {}) });
    zip = joinChunks(bundle.chunks);
    const exported = performance.now() - started;
    const checking = performance.now();
    verdict = (await verifyBundle(zip)).verdict;
    if (round < 0) {
      longestPauseMs = 0;
      continue;
    }
    exportMs.push(exported);
    verifyMs.push(performance.now() - checking);
  }
  return {
    events: sample.events.length,
    screenshots: sample.artifacts.length,
    inputBytes: sample.artifacts.reduce((n, a) => n + a.size, 0),
    bundleBytes: zip.length,
    exportMs,
    verifyMs,
    longestPauseMs,
    verdict,
    hiddenValues,
  };
}

export interface ImportFigures {
  /** Into an empty profile: read, verified, merged, written. */
  importMs: number[];
  /** The same bundle again: verified, nothing new. */
  againMs: number[];
  events: number;
  added: number;
  alreadyStored: number;
  bundleBytes: number;
}

/** The large bundle imported into a fresh database (fake-indexeddb), then once more. */
export async function measureImport(rounds: number): Promise<ImportFigures> {
  const sample = await sampleCase({ extraEvents: 10_000 - 8 - 200, screenshots: 200, screenshotBytes: 200_000 });
  const key = await testKey();
  const bundle = await buildDossierBundle({ caseFile: sampleCaseFile(sample, key.signer), artifacts: sample.artifacts, lang: "en", verifyPage: "<!doctype html>", sign: key.sign, pause: async () => undefined });
  const zip = joinChunks(bundle.chunks);
  const importMs: number[] = [];
  const againMs: number[] = [];
  let added = 0;
  let alreadyStored = 0;
  let ids = 0;
  const env = { localFingerprint: "0".repeat(64), newId: () => `copy_${String(++ids).padStart(8, "0")}`, now: () => Date.now() };
  for (let round = -1; round < rounds; round++) {
    const db = new ReceiptsDatabase(`bench-import-${round + 1}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const started = performance.now();
    const first = await importFile(db, zip, "bundle.zip", env);
    const imported = performance.now() - started;
    const again = await importFile(db, zip, "bundle.zip", env);
    const twice = performance.now() - started - imported;
    db.close();
    if (first.status !== "imported" || again.status !== "imported") throw new Error("the bench bundle was refused");
    added = first.cases[0]?.added ?? 0;
    alreadyStored = again.cases[0]?.alreadyStored ?? 0;
    if (round < 0) continue;
    importMs.push(imported);
    againMs.push(twice);
  }
  return { importMs, againMs, events: sample.events.length, added, alreadyStored, bundleBytes: zip.length };
}
