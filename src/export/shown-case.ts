// case.json's events as the dossier's renderers read them: hidden values as labels in the dossier's
// language ("[hidden: phone number]"). The same object when nothing is hidden.
import type { CaseFile, ShownCaseFile } from "../domain/dossier/case-file";
import { isRedactedEvent } from "../domain/redaction/redact";
import { shownEvent } from "../domain/redaction/shown-event";
import { dt, type DossierLanguage } from "./dossier-text";

export function shownCaseFile(caseFile: CaseFile, lang: DossierLanguage): ShownCaseFile {
  if (!caseFile.events.some(isRedactedEvent)) return caseFile as ShownCaseFile;
  return { ...caseFile, events: caseFile.events.map((event) => shownEvent(event, (category) => dt(lang, `hidden_${category}`))) };
}
