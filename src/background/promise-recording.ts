// "Record a promise": the words the person selected on a page, kept as a promise event in the case of
// the page's brand, with the text around them, how Receipts reads them, a screenshot and a copy of the
// page. The same function serves the context menu, the keyboard shortcut and the popup.
import browser from "webextension-polyfill";
import { hostOf } from "../domain/brand";
import type { ArtifactRef, Collection, EventOfKind, Source } from "../domain/evidence";
import { readPromise } from "../domain/promises/promise-parser";
import type { PromiseLanguage } from "../domain/promises/promise-reading";
import type { PageSelection } from "../content/promise-selection";
import type { RecordOutcome } from "../messaging/messages";
import { artifactOf, keepArtifacts, type Artifact } from "../storage/artifact-store";
import { database } from "../storage/database";
import { ensureCaseForHost, findByCaptureKey, findCase, openCaseForHost, storeByHand, type Clock } from "../storage/evidence-store";
import { snapshotPage, type PageSnapshot } from "./page-snapshot";
import { takeScreenshot, type Screenshot } from "./promise-screenshot";
import { readSelection } from "./promise-selection";

export type { RecordOutcome };

/** The evidence model's limit for a quote: a selection longer than this is not a promise but a page. */
export const MAX_QUOTE = 100_000;

export interface RecordRequest {
  tabId: number;
  /** The same key is recorded once (a retry after an error, a double click). */
  requestKey: string;
  /** What was selected, read at the moment of the action; read now when absent. */
  selection?: PageSelection;
}

export interface RecordDeps {
  clock: Clock;
  collection: () => Promise<Collection>;
}

type PromiseEvent = EventOfKind<"promise">;

function parserLanguage(declared: string): PromiseLanguage | undefined {
  const primary = declared.toLowerCase().split("-")[0];
  return primary === "en" || primary === "fr" ? primary : undefined;
}

/** A lone surrogate cannot be sealed into the chain (canonical JSON refuses it): it becomes U+FFFD, nothing else changes. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

function recorded(event: PromiseEvent, caseTitle: string, caseStarted: boolean, duplicate: boolean): RecordOutcome {
  const { quote, reading, screenshotMissing, snapshotMissing, framesLeftOut } = event.payload;
  return {
    status: "recorded",
    eventId: event.id,
    caseId: event.caseId,
    caseTitle,
    caseStarted,
    host: hostOf(event.source?.url ?? "") ?? "",
    quote,
    ...(reading ? { reading } : {}),
    ...(screenshotMissing ? { screenshotMissing } : {}),
    ...(snapshotMissing ? { snapshotMissing } : {}),
    framesLeftOut: framesLeftOut ?? 0,
    duplicate,
  };
}

async function artifactsOf(shot: Screenshot, copy: PageSnapshot): Promise<{ artifacts: Artifact[]; refs: ArtifactRef[] }> {
  const artifacts: Artifact[] = [];
  const refs: ArtifactRef[] = [];
  for (const [made, kind] of [[shot, "screenshot"], [copy, "snapshot"]] as const) {
    if (!made.ok) continue;
    const artifact = await artifactOf(made.bytes, made.mediaType);
    artifacts.push(artifact);
    refs.push({ sha256: artifact.sha256, mediaType: artifact.mediaType, size: artifact.size, kind });
  }
  return { artifacts, refs };
}

export async function recordPromise(request: RecordRequest, deps: RecordDeps): Promise<RecordOutcome> {
  const db = database();
  const entryKey = `promise|${request.requestKey}`;
  const earlier = await findByCaptureKey(db, entryKey);
  if (earlier?.kind === "promise") return recorded(earlier, (await findCase(db, earlier.caseId))?.title ?? "", false, true);

  // The selection first, before anything slow: the page may change its text at any moment.
  const read = request.selection ? { ok: true as const, selection: request.selection } : await readSelection(request.tabId);
  // Without activeTab (or the site's permission) the browser hides the tab's address.
  const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
  if (!tab?.url) return { status: "no-access" };
  const host = hostOf(tab.url);
  if (!host) return { status: "not-a-web-page" };
  if (!read.ok) return { status: "no-access" };
  const selection = read.selection;
  const quote = wellFormed(selection.text);
  if (quote.trim() === "") return { status: "nothing-selected" };
  if (quote.length > MAX_QUOTE) return { status: "too-long", length: quote.length };

  const [shot, copy] = await Promise.all([takeScreenshot(tab), snapshotPage(request.tabId)]);
  const reading = readPromise(quote, parserLanguage(selection.language));
  const { artifacts, refs } = await artifactsOf(shot, copy);
  await keepArtifacts(db, artifacts, deps.clock.now().at);

  const open = await openCaseForHost(db, host);
  const theCase = open ?? (await ensureCaseForHost(db, host, deps.clock));
  const frameOrigin = URL.canParse(selection.url) ? new URL(selection.url).origin : new URL(tab.url).origin;
  const source: Source = { url: tab.url, title: tab.title ?? selection.title, frameOrigin, tabId: request.tabId };
  const event = await storeByHand(
    db,
    {
      caseId: theCase.id,
      evidence: {
        kind: "promise",
        payload: {
          quote,
          ...(selection.context ? { context: selection.context } : {}),
          ...(reading ? { reading } : {}),
          ...(refs.length ? { artifacts: refs } : {}),
          ...(shot.ok ? {} : { screenshotMissing: shot.reason }),
          ...(copy.ok ? {} : { snapshotMissing: copy.reason }),
          ...(selection.framesLeftOut ? { framesLeftOut: selection.framesLeftOut } : {}),
        },
      },
      collection: await deps.collection(),
      source,
      entryKey,
    },
    deps.clock,
  );
  return recorded(event as PromiseEvent, theCase.title, !open, false);
}
