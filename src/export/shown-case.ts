// case.json's events as the dossier's renderers read them: hidden values as labels in the dossier's
// language ("[hidden: phone number]"). The same object when nothing is hidden.
import type { CaseFile, ShownCaseFile } from "../domain/dossier/case-file";
import { isRedactedEvent } from "../domain/redaction/redact";
import { shownEvent } from "../domain/redaction/shown-event";
import type { HiddenCategory } from "../domain/redaction/redaction-model";
import { dt, type DossierLanguage } from "./dossier-text";

/** The label shown in place of a hidden value: "[hidden: phone number]". */
export function hiddenLabel(lang: DossierLanguage): (category: HiddenCategory) => string {
  return (category) => dt(lang, "hidden", dt(lang, `category_${category}`));
}

export function shownCaseFile(caseFile: CaseFile, lang: DossierLanguage): ShownCaseFile {
  if (!caseFile.events.some(isRedactedEvent)) return caseFile as ShownCaseFile;
  return { ...caseFile, events: caseFile.events.map((event) => shownEvent(event, hiddenLabel(lang))) };
}

/** The same, a slice of events at a time with a pause between slices (a large case in the page that builds it). */
export async function shownCaseFileInSteps(caseFile: CaseFile, lang: DossierLanguage, pause: () => Promise<void>, perStep = 1000): Promise<ShownCaseFile> {
  if (!caseFile.events.some(isRedactedEvent)) return caseFile as ShownCaseFile;
  const label = hiddenLabel(lang);
  const events = [];
  for (const [i, event] of caseFile.events.entries()) {
    events.push(shownEvent(event, label));
    if ((i + 1) % perStep === 0) await pause();
  }
  return { ...caseFile, events };
}
