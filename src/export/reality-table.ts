// The reality engine's reading of a case (src/domain/reality), as of the moment of export, put into
// the dossier's table of promises against what happened, and its figures. Each row says what the
// engine found; nothing is added. Promise readings the person corrected are applied; corrections of
// other events are not yet: when domain/cases/case-reality.ts lands, `caseReality` applies them.
import type { ShownCaseFile } from "../domain/dossier/case-file";
import type { EvidenceEvent } from "../domain/evidence";
import { inStorageOrder } from "../domain/reality/case-timeline";
import { correctedReadings } from "../domain/reality/promise-readings";
import type { PromiseStanding } from "../domain/reality/promise-verdicts";
import { readCaseReality } from "../domain/reality/reality-engine";
import { dt, type DossierLanguage } from "./dossier-text";
import { kindText } from "./event-text";
import type { PromiseReality, PromiseRealityRow } from "./reality-hook";
import { readableTime } from "./time-text";

function hoursText(ms: number, lang: DossierLanguage): string {
  return dt(lang, "hours", (Math.round(ms / 360_000) / 10).toLocaleString(lang === "fr" ? "fr-FR" : "en-GB"));
}

function row(standing: PromiseStanding, byId: ReadonlyMap<string, EvidenceEvent>, zone: string, lang: DossierLanguage): PromiseRealityRow {
  const time = (at: number) => readableTime(at, zone, lang);
  const what = (id: string | undefined) => {
    const event = id ? byId.get(id) : undefined;
    return event ? kindText(event, lang) : "?";
  };
  const verdict = standing.verdict;
  if (!verdict) {
    const why = standing.noVerdict === "no-deadline" ? dt(lang, "noDeadline") : standing.noVerdict === "availability-claim" ? dt(lang, "availabilityClaim") : dt(lang, "notRead");
    return { promise: standing.quote, due: "—", happened: why, verdict: "unclear" };
  }
  const obligations = verdict.obligations;
  // The obligation that decides: the first broken one, else the first pending, else the last kept.
  const deciding = obligations.find((o) => o.status === "broken") ?? obligations.find((o) => o.status === "pending") ?? obligations.at(-1);
  const due = deciding?.due === undefined ? dt(lang, "dueUnknown") : time(deciding.due);
  let happened: string;
  if (obligations.length > 1) happened = dt(lang, "obligationsKept", obligations.filter((o) => o.status === "kept").length, obligations.length);
  else if (deciding?.status === "kept" && deciding.keptAt !== undefined) happened = dt(lang, "keptBy", what(deciding.keptBy), time(deciding.keptAt));
  else if (deciding?.late?.stillNothing) happened = dt(lang, "stillNothing");
  else if (deciding?.late) happened = dt(lang, "lateBy", what(deciding.keptBy), hoursText(deciding.late.ms, lang));
  else happened = dt(lang, "notDueYet");
  return { promise: standing.quote, due, happened, verdict: verdict.status };
}

export function realityTable(caseFile: ShownCaseFile, lang: DossierLanguage): PromiseReality | undefined {
  const zone = caseFile.exported.timeZone;
  const reality = readCaseReality(inStorageOrder(caseFile.events), { now: caseFile.exported.at, timeZone: zone, readingOf: correctedReadings(caseFile.events) });
  if (reality.promises.length === 0) return undefined;
  const byId = new Map(caseFile.events.map((e) => [e.id, e]));
  const f = reality.figures;
  const figures = [
    { label: dt(lang, "figureAttempts"), value: `${f.answered.value} / ${f.unanswered.value} / ${f.failed.value}` },
    ...(f.medianFirstResponseMs ? [{ label: dt(lang, "figureMedian"), value: hoursText(f.medianFirstResponseMs.value, lang) }] : []),
    { label: dt(lang, "figurePromises"), value: `${f.promisesKept.value} / ${f.promisesBroken.value} / ${f.promisesPending.value}` },
    ...(f.daysElapsed ? [{ label: dt(lang, "figureDays"), value: String(f.daysElapsed.value) }] : []),
  ];
  return {
    heading: dt(lang, "realityHeading"),
    columns: { promise: dt(lang, "realityPromise"), due: dt(lang, "realityDue"), happened: dt(lang, "realityHappened"), verdict: dt(lang, "realityVerdict") },
    rows: reality.promises.map((p) => row(p, byId, zone, lang)),
    verdictWords: { kept: dt(lang, "verdict_kept"), broken: dt(lang, "verdict_broken"), pending: dt(lang, "verdict_pending"), unclear: dt(lang, "verdict_unclear") },
    figures,
  };
}
