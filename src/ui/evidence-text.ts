// Plain-text summaries of events for lists. Captured content is always shown as text, never as HTML.
import type { EvidenceEvent, FormField } from "../domain/evidence";
import { chatLine } from "./chat-line";
import { t } from "./i18n";

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
      return [channelLabel(event.payload.channel), event.payload.target, event.payload.summary, fields].filter(Boolean).join(" · ");
    }
    case "contact-outcome":
      return [t(`outcome_${event.payload.status}`), event.payload.reference ? t("referenceIs", event.payload.reference) : "", event.payload.pageTitle ?? ""]
        .filter(Boolean)
        .join(" · ");
    case "message":
      return chatLine(event.payload);
    case "promise":
      return event.payload.quote.slice(0, 160);
    case "response":
      return (event.payload.text ?? "").slice(0, 160);
    case "note":
      return event.payload.text.slice(0, 160);
    case "attachment":
      return `${event.payload.fileName} (${event.payload.size} B)`;
  }
}
