// Plain-text summaries of events for lists. Captured content is always shown as text, never as HTML.
import type { EventOfKind, EvidenceEvent, FormField } from "../domain/evidence";
import { chatLine } from "./chat-line";
import { readingWords } from "./promise-words";
import { formatMoment, t, tn } from "./i18n";

/** Long values are shown shortened, and say so. */
export const SHOWN_VALUE_LIMIT = 2000;

export function kindLabel(kind: EvidenceEvent["kind"]): string {
  return t(`kind_${kind.replace("-", "_")}`);
}

export function channelLabel(channel: string): string {
  return t(`channel_${channel.replace(/-/g, "_")}`);
}

export function fieldValueText(field: FormField): string {
  if (field.withheld) return t("withheldValue", t(`withheld_${field.withheld.replace(/-/g, "_")}`));
  const value = field.value ?? "";
  if (value.length <= SHOWN_VALUE_LIMIT) return value;
  return `${value.slice(0, SHOWN_VALUE_LIMIT)}… ${t("valueShortened", [String(field.length)])}`;
}

export function eventSummary(event: EvidenceEvent): string {
  switch (event.kind) {
    case "contact-attempt": {
      const fields = event.payload.fields
        .slice(0, 3)
        .map((f) => `${f.label}: ${fieldValueText(f).slice(0, 80)}`)
        .join(" · ");
      if (event.payload.channel === "web-form") return fields;
      const { channel, target, summary, email, spokeWith, place } = event.payload;
      return [channelLabel(channel), place, target, spokeWith, email?.subject, summary?.slice(0, 160), fields].filter(Boolean).join(" · ");
    }
    case "contact-outcome":
      return [t(`outcome_${event.payload.status}`), event.payload.reference ? t("referenceIs", event.payload.reference) : "", event.payload.pageTitle ?? ""]
        .filter(Boolean)
        .join(" · ");
    case "message":
      return chatLine(event.payload);
    case "promise":
      return event.payload.quote.slice(0, 160);
    case "promise-reading":
      return t("promiseReadingCorrected", readingWords(event.payload.reading));
    case "response": {
      const { channel, from, email, text } = event.payload;
      // Responses entered by hand say how they came and from whom; a web or chat response is its text.
      const byHand = channel === "letter" || channel === "email" || channel === "phone" || channel === "visit" || channel === "social";
      return [byHand ? channelLabel(channel) : "", from, email?.subject, (text ?? email?.text ?? "").slice(0, 160)].filter(Boolean).join(" · ");
    }
    case "note":
      return event.payload.text.slice(0, 160);
    case "attachment":
      return `${event.payload.fileName} (${event.payload.size} B)`;
    case "case-change":
      return caseChangeLine(event.payload);
    case "correction":
      return t("correctionLine", event.payload.reason.slice(0, 160));
  }
}

function statusLabel(status: string | undefined): string {
  return status ? t(`status_${status.replace("-", "_")}`) : "";
}

/** "Renamed: A → B", "Status: open → closed"… */
export function caseChangeLine(change: EventOfKind<"case-change">["payload"]): string {
  const { from, to } = change;
  switch (change.change) {
    case "renamed":
      return t("caseRenamed", [from.title ?? "", to.title ?? ""]);
    case "status":
      return t("caseStatusChanged", [statusLabel(from.status), statusLabel(to.status)]);
    case "brand":
      return t("caseBrandChanged", [to.brand?.name ?? "", (to.brand?.domains ?? []).join(", ")]);
    case "tags":
      return t("caseTagsChanged", (to.tags ?? []).join(", ") || "—");
    case "campaign": {
      const joined = change.campaign;
      if (!joined) return t("caseChange_campaign");
      const line = t("caseChangeCampaign", [joined.name, String(joined.protocolVersion), channelLabel(joined.channel)]);
      return joined.addedAfterStart ? `${line} · ${t("caseChangeCampaignLate")}` : line;
    }
    default: {
      const line = t(`caseChange_${change.change.replace(/-/g, "_")}`);
      // Adding a later case may reopen this one: the line says both.
      return to.status && from.status ? `${line} · ${t("caseStatusChanged", [statusLabel(from.status), statusLabel(to.status)])}` : line;
    }
  }
}

export interface Fact {
  label: string;
  value: string;
}

function longText(value: string, length = value.length): string {
  return value.length <= SHOWN_VALUE_LIMIT && length === value.length ? value : `${value.slice(0, SHOWN_VALUE_LIMIT)}… ${t("valueShortened", [String(length)])}`;
}

/**
 * What the person noted about a contact made outside the browser (or about an e-mail they added),
 * as labelled lines for the case's timeline. Empty for events that carry none of it.
 */
export function contactFacts(event: EvidenceEvent): Fact[] {
  if (event.kind !== "contact-attempt" && event.kind !== "response") return [];
  const p = event.payload;
  const attempt = event.kind === "contact-attempt" ? event.payload : undefined;
  const email = p.email;
  const mailbox = (m: { name: string; address: string }) => (m.name ? `${m.name} <${m.address}>` : m.address);
  const facts: [string, string | undefined][] = [
    [t("fact_channel"), channelLabel(p.channel)],
    [t("fact_place"), attempt?.place],
    [t(attempt?.channel === "phone" ? "fact_number" : attempt?.channel === "social" ? "fact_post" : "fact_to"), email ? undefined : attempt?.target],
    [t("fact_page"), event.source && attempt?.channel === "social" ? event.source.title : undefined],
    [t("fact_platform"), attempt?.platform],
    [t("fact_duration"), attempt?.durationMinutes !== undefined ? tn("durationMinutes", attempt.durationMinutes) : undefined],
    [t("fact_spoke_with"), attempt?.spokeWith],
    [t("fact_registered"), p.registered === undefined ? undefined : t(p.registered ? "yes" : "no")],
    [t("fact_tracking"), p.trackingNumber],
    [t("fact_from"), email?.from ? mailbox(email.from) : event.kind === "response" ? event.payload.from : undefined],
    [t("fact_to"), email?.to.map(mailbox).join(", ")],
    [t("fact_cc"), email?.cc.map(mailbox).join(", ")],
    [t("fact_sent"), email?.date],
    [t("fact_subject"), email?.subject],
    [t("fact_message_id"), email?.messageId],
    [t(attempt?.channel === "phone" || attempt?.channel === "visit" ? "fact_said" : "fact_summary"), attempt?.summary],
    [t("fact_summary"), event.kind === "response" ? event.payload.text : undefined],
    [t("fact_promised"), attempt?.promised],
    [t("fact_text"), email ? longText(email.text, email.textLength) : undefined],
    [
      t("fact_attachments"),
      email?.attachments.map((a) => t("attachmentLine", [a.fileName || t("unnamedFile"), a.mediaType, String(a.size), a.sha256])).join("\n"),
    ],
    [t("fact_file"), email ? t("attachmentLine", [email.fileName || t("unnamedFile"), "message/rfc822", String(email.fileSize), email.fileSha256]) : undefined],
  ];
  const shown = facts.filter((f): f is [string, string] => Boolean(f[1])).map(([label, value]) => ({ label, value }));
  // Only by-hand entries (and e-mails) get a fact sheet: a web form shows its own fields.
  if (event.collection.method !== "by-hand" && !email) return [];
  if (event.collection.method === "by-hand" && event.recorded.at - event.occurred.at >= 60_000) {
    shown.push({ label: t("fact_noted"), value: formatMoment(event.recorded.at, event.recorded.timeZone) });
  }
  return shown;
}
