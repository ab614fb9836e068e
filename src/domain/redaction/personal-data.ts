// Finds personal data in a case's events, so the export menu can propose to hide it: the person's
// name (the collector's name, form fields labelled name/nom, and that name wherever it recurs),
// e-mail addresses, phone numbers (English and French ways of writing them) and postal addresses
// (form fields labelled address/adresse, street lines and postcodes in text). Proposals only: the
// person confirms each one, and can select any other text to hide.
import type { EvidenceEvent } from "../evidence";
import { committedMembers } from "../integrity/commitments";
import { pathText, type HiddenCategory, type PathStep } from "./redaction-model";

export interface Proposal {
  eventId: string;
  eventIndex: number;
  path: PathStep[];
  category: HiddenCategory;
  /** A part of the text; absent: the whole value. */
  range?: { start: number; end: number };
  /** What was found (shown to the person only, never exported). */
  found: string;
  /** Where, in the person's words when a form field's label says it, else the path. */
  where: string;
}

const NAME_LABEL = /\b(?:(?:first|last|full|given|family|your)[\s_-]?name|name|surname|nom|pr[ée]nom|nom[\s_-]complet|votre[\s_-]nom)\b/i;
const NOT_A_PERSON = /\b(?:user|company|business|product|file|domain|entreprise|soci[ée]t[ée]|produit|fichier)[\s_-]?(?:name|nom)\b|\bnom[\s_-]d[e']\s?(?:utilisateur|entreprise|la soci)/i;
const ADDRESS_LABEL = /\b(?:address|adresse|street|rue|post[\s_-]?code|postal[\s_-]?code|code[\s_-]postal|zip(?:[\s_-]?code)?|city|town|ville|commune)\b/i;
const EMAIL_LABEL = /\b(?:e-?mail|courriel|mail)\b/i;
const PHONE_LABEL = /\b(?:phone|telephone|tel|mobile|portable|t[ée]l[ée]phone|gsm)\b/i;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// International (+33 6 12 34 56 78, 0044 20 7946 0958, +1 (555) 123-4567), national with a leading 0
// (06 12 34 56 78, 06.12.34.56.78, 020 7946 0958, 07700 900123) and North American ((555) 123-4567, 555-123-4567).
const PHONE = /(?:\+|\b00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\(?\d{1,4}\)?(?:[\s.-]?\d){5,12}\b|\b0\d(?:[\s.-]?\d){7,10}\b|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b/g;
// A street line: "12 rue de la Paix", "3 bis, avenue Foch", "221B Baker Street".
const STREET = /\b\d{1,4}\s?(?:bis|ter|[A-Za-z])?,?\s+(?:(?:rue|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|impasse|quai|route|cours|square)\s+[^\n,;.]{2,40}|(?:[A-Z][\p{L}'-]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Close|Way|Court|Place|Square|Terrace|Crescent|Gardens))/gu;
// Postcodes with the town after them (France: "75011 Paris"; UK: "SW1A 1AA"; US: "NY 10001").
const POSTCODE = /\b\d{5}\s+[A-ZÉÈÀ][\p{L}'-]+(?:[\s-][A-ZÉÈÀ][\p{L}'-]+)*|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/gu;
/** Members that hold identifiers and fingerprints, never personal data. */
const SKIPPED_KEYS = /^(?:id|caseId|attemptId|promiseId|supersedes|about|inReplyTo|conversationId|sha256|fileSha256|messageId|method|channel|kind|status|event|side|vendor|type|mediaType|extensionVersion|browser|browserVersion|frameOrigin)$/;

function digits(text: string): number {
  return text.replace(/\D/g, "").length;
}

interface Found {
  start: number;
  end: number;
  category: HiddenCategory;
}

function matches(text: string, pattern: RegExp, category: HiddenCategory, keep: (found: string) => boolean = () => true): Found[] {
  return [...text.matchAll(pattern)].filter((m) => keep(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length, category }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether an e-mail address belongs to the brand (its own domains are not the person's data). */
function brandAddress(address: string, brandDomains: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  return brandDomains.some((d) => {
    const base = d.replace(/^www\./, "");
    return domain === base || domain.endsWith(`.${base}`);
  });
}

/** E-mail addresses, phone numbers, addresses and the given names found in one text. */
export function findInText(text: string, names: readonly string[] = [], brandDomains: readonly string[] = []): Found[] {
  const found: Found[] = [
    ...matches(text, EMAIL, "email", (m) => !brandAddress(m, brandDomains)),
    ...matches(text, PHONE, "phone", (m) => digits(m) >= 9 && digits(m) <= 15),
    ...matches(text, STREET, "address"),
    ...matches(text, POSTCODE, "address"),
  ];
  for (const name of names) {
    if (name.trim().length < 3) continue;
    found.push(...matches(text, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}])`, "giu"), "name"));
  }
  // Overlaps: the earliest, then the longest, wins.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept;
}

interface FieldLike {
  label?: unknown;
  name?: unknown;
  type?: unknown;
}

/** The category a form field's own label, name or type gives its whole value, if any. */
export function fieldCategory(field: FieldLike): HiddenCategory | null {
  // A message box is free text, whatever its label: the text finders look inside it.
  if (field.type === "textarea") return null;
  const words = `${String(field.label ?? "")} ${String(field.name ?? "")}`;
  if (field.type === "email" || EMAIL_LABEL.test(words)) return "email";
  if (field.type === "tel" || PHONE_LABEL.test(words)) return "phone";
  if (ADDRESS_LABEL.test(words)) return "address";
  if (NAME_LABEL.test(words) && !NOT_A_PERSON.test(words)) return "name";
  return null;
}

/** The names the evidence gives for the person: the collector's, and form fields labelled as a name. */
export function personNames(events: readonly EvidenceEvent[]): string[] {
  const names = new Set<string>();
  for (const event of events) {
    if (event.collection.collector) names.add(event.collection.collector.trim());
    if (event.kind === "contact-attempt") {
      for (const field of event.payload.fields) if (field.value && fieldCategory(field) === "name") names.add(field.value.trim());
    }
  }
  return [...names].filter((n) => n.length >= 3);
}

/** Every piece of personal data found in the events' shown content, in event order. */
export function findPersonalData(events: readonly EvidenceEvent[], brandDomains: readonly string[] = []): Proposal[] {
  const names = personNames(events);
  const proposals: Proposal[] = [];
  events.forEach((event, eventIndex) => {
    const add = (path: PathStep[], category: HiddenCategory, found: string, where: string, range?: Found) =>
      proposals.push({ eventId: event.id, eventIndex, path, category, found, where, ...(range ? { range: { start: range.start, end: range.end } } : {}) });
    const walk = (value: unknown, path: PathStep[], where: string | null): void => {
      if (typeof value === "string") {
        for (const f of findInText(value, names, brandDomains)) add(path, f.category, value.slice(f.start, f.end), where ?? pathText(path), f);
        return;
      }
      if (Array.isArray(value)) {
        value.forEach((item, i) => walk(item, [...path, i], where));
        return;
      }
      if (value === null || typeof value !== "object") return;
      const record = value as Record<string, unknown> & FieldLike;
      // A form field whose label says what it is: its whole value.
      const category = "value" in record && typeof record.value === "string" && record.value.trim() ? fieldCategory(record) : null;
      const label = typeof record.label === "string" && record.label.trim() ? record.label.trim() : typeof record.name === "string" ? record.name : null;
      for (const [key, inner] of Object.entries(record)) {
        if (SKIPPED_KEYS.test(key)) continue;
        if (key === "value" && category) add([...path, key], category, String(inner), label ?? pathText([...path, key]));
        else if (key === "collector" && typeof inner === "string" && inner.trim()) add([...path, key], "name", inner, pathText([...path, key]));
        else walk(inner, [...path, key], key === "value" && label ? label : where);
      }
    };
    const root = event as unknown as Record<string, unknown>;
    for (const member of committedMembers(root)) walk(root[member], [member], null);
  });
  return proposals;
}

/** A text of the events the person can select words in, to hide them. */
export interface TextValue {
  eventId: string;
  eventIndex: number;
  path: PathStep[];
  text: string;
}

/** Every text (three characters or more) of the events' shown content, except identifiers; those with `query` only, if given. */
export function textValues(events: readonly EvidenceEvent[], query = "", limit = 50): TextValue[] {
  const wanted = query.trim().toLocaleLowerCase();
  const out: TextValue[] = [];
  const walk = (event: EvidenceEvent, eventIndex: number, value: unknown, path: PathStep[]): void => {
    if (out.length >= limit) return;
    if (typeof value === "string") {
      if (value.trim().length >= 3 && (!wanted || value.toLocaleLowerCase().includes(wanted))) out.push({ eventId: event.id, eventIndex, path, text: value });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(event, eventIndex, item, [...path, i]));
    else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) if (!SKIPPED_KEYS.test(key) && key !== "url" && key !== "label" && key !== "name") walk(event, eventIndex, inner, [...path, key]);
    }
  };
  events.forEach((event, i) => {
    const root = event as unknown as Record<string, unknown>;
    for (const member of committedMembers(root)) walk(event, i, root[member], [member]);
  });
  return out;
}

/** Every place `query` occurs (any case) in the events' texts: to hide a word that recurs, such as an account number. */
export function occurrences(events: readonly EvidenceEvent[], query: string): Array<{ eventId: string; path: PathStep[]; range: { start: number; end: number } }> {
  const wanted = query.trim();
  if (wanted.length < 2) return [];
  const pattern = new RegExp(escapeRegExp(wanted), "giu");
  return textValues(events, wanted, Infinity).flatMap((value) =>
    [...value.text.matchAll(pattern)].map((m) => ({ eventId: value.eventId, path: value.path, range: { start: m.index, end: m.index + m[0].length } })),
  );
}
