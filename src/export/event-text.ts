// One event in words, for the HTML timeline and the CSV: its kind, channel, who spoke, and what
// was said (as plain text lines; the renderer escapes them).
import type { Case, EvidenceEvent, FormField } from "../domain/evidence";
import { dt, type DossierLanguage, type DossierTextKey } from "./dossier-text";

const key = (prefix: string, value: string) => `${prefix}_${value.replace(/-/g, "_")}` as DossierTextKey;

export function kindText(event: EvidenceEvent, lang: DossierLanguage): string {
  return dt(lang, key("kind", event.kind));
}

export function channelText(event: EvidenceEvent, lang: DossierLanguage): string {
  if (event.kind === "contact-attempt" || event.kind === "response") return dt(lang, key("channel", event.payload.channel));
  if (event.kind === "message") return dt(lang, "channel_chat");
  if (event.kind === "contact-outcome") return dt(lang, "channel_web_form");
  return "";
}

/** Who acted: the person (by the collector's name when given), the brand's site, an agent… */
export function whoText(event: EvidenceEvent, theCase: Case, lang: DossierLanguage): string {
  const person = event.collection.collector ?? dt(lang, "thePerson");
  switch (event.kind) {
    case "contact-attempt":
    case "note":
    case "attachment":
      return person;
    case "contact-outcome":
      return dt(lang, "theSite", theCase.brand.name);
    case "message": {
      const side = event.payload.side === "person" ? person : dt(lang, key("side", event.payload.side));
      return event.payload.author && event.payload.side !== "person" ? `${side}: ${event.payload.author}` : side;
    }
    case "promise":
      return theCase.brand.name;
    case "response":
      return event.payload.from ?? event.payload.email?.from?.address ?? theCase.brand.name;
    default:
      return person;
  }
}

function fieldLine(field: FormField, lang: DossierLanguage): string {
  const label = field.label || field.name;
  if (field.withheld) return `${label}: ${dt(lang, "withheld", field.withheld)}`;
  if (field.files?.length) return `${label}: ${field.files.map((f) => dt(lang, "fileLine", f.name, f.size, f.sha256 ?? "—")).join("; ")}`;
  return `${label}: ${field.value ?? ""}`;
}

/** What was said or done, line by line, whole (the renderer decides how much to show). */
export function eventLines(event: EvidenceEvent, lang: DossierLanguage): string[] {
  const lines: Array<string | undefined | false> = [];
  switch (event.kind) {
    case "contact-attempt": {
      const p = event.payload;
      lines.push(
        p.target && dt(lang, "sentTo", p.target),
        p.spokeWith && dt(lang, "spokeWith", p.spokeWith),
        p.durationMinutes !== undefined && dt(lang, "duration", p.durationMinutes),
        p.place && dt(lang, "place", p.place),
        p.trackingNumber && dt(lang, "tracking", p.trackingNumber),
        p.email?.subject && dt(lang, "subject", p.email.subject),
        ...p.fields.map((f) => fieldLine(f, lang)),
        p.summary,
        p.email?.text,
        p.promised && dt(lang, "promisedLine", p.promised),
      );
      break;
    }
    case "contact-outcome": {
      const p = event.payload;
      lines.push(dt(lang, key("outcome", p.status)), p.reference && dt(lang, "reference", p.reference), p.pageTitle, p.text);
      break;
    }
    case "message": {
      const p = event.payload;
      if (p.event === "chat-started") lines.push(dt(lang, "chatStarted"));
      if (p.event === "chat-ended") lines.push(dt(lang, "chatEnded"));
      if (p.event === "handoff") lines.push(dt(lang, "handoff", p.previousAuthor ?? "?", p.author ?? "?"));
      lines.push(p.text);
      break;
    }
    case "promise":
      lines.push(event.payload.quote, event.payload.context);
      break;
    case "response": {
      const p = event.payload;
      lines.push(p.trackingNumber && dt(lang, "tracking", p.trackingNumber), p.email?.subject && dt(lang, "subject", p.email.subject), p.text ?? p.email?.text);
      break;
    }
    case "note":
      lines.push(event.payload.text);
      break;
    case "attachment":
      lines.push(dt(lang, "fileLine", event.payload.fileName, event.payload.size, event.payload.sha256));
      break;
    case "case-change": {
      const joined = event.payload.campaign;
      if (event.payload.change !== "campaign" || !joined) {
        lines.push(...plainFields(event.payload));
        break;
      }
      // The campaign a case ran, as sealed in its chain when the campaign opened it.
      lines.push(
        dt(lang, "campaignLine", joined.name, joined.protocolVersion),
        dt(lang, "campaignQuestion", dt(lang, key("channel", joined.channel)), joined.question),
        joined.addedAfterStart && dt(lang, "campaignLate"),
      );
      break;
    }
    default:
      // Kinds added after this renderer: their plain-text fields, so nothing recorded goes unshown.
      lines.push(...plainFields((event as { payload?: unknown }).payload));
  }
  return lines.filter((l): l is string => typeof l === "string" && l.length > 0);
}

function plainFields(payload: unknown): string[] {
  if (payload === null || typeof payload !== "object") return [];
  return Object.entries(payload).flatMap(([name, value]) => (typeof value === "string" && value.length > 0 ? [`${name}: ${value}`] : []));
}
