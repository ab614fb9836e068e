// The campaign's own words, English and French side by side, for the methodology and the exports (CSV
// notes, the HTML report). Like the dossier, a campaign report is a document in the language the person
// picks, which may differ from the browser's, so it does not go through the browser's i18n.
import type { Channel, Moment } from "../evidence";
import type { Deadline, PromiseReading } from "../promises/promise-reading";
import type { ProtocolDuration } from "./campaign";
import type { CampaignVerdict, RowNote } from "./comparison";

export type CampaignLanguage = "en" | "fr";

const W = {
  channel_web_form: ["web form", "formulaire web"],
  channel_chat: ["chat", "discussion en ligne"],
  channel_email: ["e-mail", "courriel"],
  channel_phone: ["phone", "téléphone"],
  channel_letter: ["letter", "courrier"],
  channel_visit: ["visit", "visite"],
  channel_social: ["social media", "réseaux sociaux"],
  channel_other: ["other", "autre"],
  unit_minutes: ["$1 minutes", "$1 minutes"],
  unit_minutes_1: ["1 minute", "1 minute"],
  unit_hours: ["$1 hours", "$1 heures"],
  unit_hours_1: ["1 hour", "1 heure"],
  "unit_calendar-days": ["$1 calendar days", "$1 jours calendaires"],
  "unit_calendar-days_1": ["1 calendar day", "1 jour calendaire"],
  "unit_business-days": ["$1 business days", "$1 jours ouvrés"],
  "unit_business-days_1": ["1 business day", "1 jour ouvré"],
  unit_weeks: ["$1 weeks", "$1 semaines"],
  unit_weeks_1: ["1 week", "1 semaine"],
  within: ["within $1", "sous $1"],
  beforeTime: ["by $1, $2 day(s) later", "avant $1, $2 jour(s) plus tard"],
  beforeTimeSameDay: ["by $1 the same day", "avant $1 le jour même"],
  byDate: ["by $1", "avant le $1"],
  always: ["at all times (a claim of availability, not a deadline)", "à tout moment (une annonce de disponibilité, pas une échéance)"],
  kind_reply_time: ["a reply", "une réponse"],
  kind_resolution_time: ["a resolution", "une résolution"],
  kind_refund: ["a refund", "un remboursement"],
  kind_callback: ["a call back", "un rappel"],
  kind_channel_availability: ["availability", "une disponibilité"],
  kind_single_contact: ["a single contact person", "un interlocuteur unique"],
  kind_compensation: ["compensation", "un dédommagement"],
  kind_other: ["a commitment", "un engagement"],
  clock_each_contact: ["counted from each contact attempt", "comptée à partir de chaque prise de contact"],
  clock_statement: ["counted from when it was said", "comptée à partir du moment où elle a été faite"],
  clock_order_date: ["counted from the order date", "comptée à partir de la date de commande"],
  clock_fixed_date: ["on a fixed date", "à date fixe"],
  verdict_kept: ["kept", "tenue"],
  verdict_broken: ["broken", "non tenue"],
  verdict_pending: ["pending", "en cours"],
  verdict_silent: ["silent", "silence"],
  note_case_deleted: ["case deleted", "dossier supprimé"],
  note_case_deleted_on: ["case deleted on $1", "dossier supprimé le $1"],
  note_protocol_unknown: ["protocol version unknown to the campaign: the latest one was used", "version du protocole inconnue de la campagne : la dernière a servi"],
  note_promise_not_pinned: ["no promise pinned yet", "aucune promesse épinglée pour l'instant"],
  note_no_deadline: ["the promise has no deadline to measure against", "la promesse n'a pas d'échéance à mesurer"],
  note_not_contacted: ["not contacted yet", "pas encore contactée"],
  note_contact_failed: ["every contact attempt failed to send", "aucune prise de contact n'a pu être envoyée"],
  note_other_channel: ["first reached on another channel than the protocol's", "jointe d'abord par un autre canal que celui du protocole"],
  note_answered_in_person: ["answered on the spot (call or visit): no response time", "réponse sur le moment (appel ou visite) : pas de délai de réponse"],
  note_clock_anomaly: ["the device's clock went back during this test", "l'horloge de l'appareil a reculé pendant ce test"],
  note_added_after_start: ["added after the start, on $1", "ajoutée après le début, le $1"],
  yes: ["yes", "oui"],
  no: ["no", "non"],
} as const satisfies Record<string, readonly [string, string]>;

export type CampaignWordKey = keyof typeof W;

/** The words for `key` in `lang`, with $1, $2… replaced by `args` (plain text: the renderer escapes). */
export function cw(lang: CampaignLanguage, key: CampaignWordKey, ...args: Array<string | number>): string {
  const text: string = W[key][lang === "fr" ? 1 : 0];
  return text.replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ""));
}

const keyed = (value: string) => value.replace(/-/g, "_");

export function channelWords(channel: Channel, lang: CampaignLanguage): string {
  return cw(lang, `channel_${keyed(channel)}` as CampaignWordKey);
}

export function verdictWords(verdict: CampaignVerdict, lang: CampaignLanguage): string {
  return cw(lang, `verdict_${verdict}`);
}

export function noteWords(note: RowNote, lang: CampaignLanguage): string {
  return cw(lang, `note_${keyed(note)}` as CampaignWordKey);
}

/** "48 hours", "1 business day". */
export function durationWords(length: ProtocolDuration, lang: CampaignLanguage): string {
  return length.amount === 1 ? cw(lang, `unit_${length.unit}_1` as CampaignWordKey) : cw(lang, `unit_${length.unit}` as CampaignWordKey, length.amount);
}

function clockWords(hour: number, minute: number, lang: CampaignLanguage): string {
  const mm = String(minute).padStart(2, "0");
  return lang === "fr" ? `${hour} h ${mm}` : `${String(hour).padStart(2, "0")}:${mm}`;
}

/** "within 48 hours", "by 18:00, 1 day(s) later", "by 15 March 2025". */
export function deadlineWords(deadline: Deadline, lang: CampaignLanguage): string {
  switch (deadline.type) {
    case "duration":
      return cw(lang, "within", durationWords(deadline, lang));
    case "before-time":
      return deadline.dayOffset === 0 ? cw(lang, "beforeTimeSameDay", clockWords(deadline.hour, deadline.minute, lang)) : cw(lang, "beforeTime", clockWords(deadline.hour, deadline.minute, lang), deadline.dayOffset);
    case "fixed-date": {
      const [year, month, day] = deadline.date.split("-").map(Number) as [number, number, number];
      return cw(lang, "byDate", new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(year, month - 1, day)));
    }
    case "always":
      return cw(lang, "always");
  }
}

/** "a reply within 48 hours, counted from each contact attempt". */
export function readingWords(reading: PromiseReading, lang: CampaignLanguage): string {
  const kind = cw(lang, `kind_${keyed(reading.kind)}` as CampaignWordKey);
  if (!reading.deadline) return kind;
  const clock = reading.deadline.type === "always" || reading.clockStart === "fixed-date" ? "" : `, ${cw(lang, `clock_${keyed(reading.clockStart)}` as CampaignWordKey)}`;
  return `${kind} ${deadlineWords(reading.deadline, lang)}${clock}`;
}

const formats = new Map<string, { format: Intl.DateTimeFormat; zone: string }>();

/** "3 March 2025 at 09:00 (Europe/Paris)": in the zone the person was in, named; in UTC, said so, for a zone this runtime does not know. */
export function momentWords(moment: Moment, lang: CampaignLanguage): string {
  const key = `${lang}|${moment.timeZone}`;
  let known = formats.get(key);
  if (!known) {
    const make = (timeZone: string) => new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone });
    try {
      known = { format: make(moment.timeZone), zone: moment.timeZone };
    } catch {
      known = { format: make("UTC"), zone: "UTC" };
    }
    formats.set(key, known);
  }
  return `${known.format.format(moment.at)} (${known.zone})`;
}

/** "19.0 h", "19,0 h": hours with one decimal, in the language's way. */
export function hoursWords(ms: number, lang: CampaignLanguage): string {
  return `${(Math.round(ms / 360_000) / 10).toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} h`;
}
