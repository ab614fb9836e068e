// How an event with hidden values reads in the dossier and the CSV: each hidden value becomes a
// visible label ("[hidden: phone number]"), each partly hidden text its shown runs with a label
// for each hidden run, so the renderers, written for events, need not know about hidden values.
import type { EvidenceEvent } from "../evidence";
import { isHiddenRun, isHiddenValue, isPartlyHiddenText } from "../integrity/sealed-form";
import { parsePath, type HiddenCategory } from "./redaction-model";
import { isRedactedEvent, type ExportedEvent } from "./redact";

export type HiddenLabel = (category: HiddenCategory) => string;

function shown(value: unknown, label: HiddenLabel): unknown {
  if (isHiddenValue(value)) return label(value.redacted as HiddenCategory);
  if (isPartlyHiddenText(value)) {
    return value.redactedText
      .map((part, i, parts) => {
        if (!isHiddenRun(part)) return part;
        const next = parts[i + 1];
        // A hidden run took its trailing separator with it: give the label one space back.
        return typeof next === "string" && !/^\s/.test(next) ? `${label(part.redacted as HiddenCategory)} ` : label(part.redacted as HiddenCategory);
      })
      .join("");
  }
  if (Array.isArray(value)) return value.map((item) => shown(item, label));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shown(inner, label)]));
  return value;
}

/** The event's content with labels along the paths of its hidden values only; the rest is shared, not copied. */
function shownAlong(event: Record<string, unknown>, paths: readonly string[], label: HiddenLabel): Record<string, unknown> {
  const out = { ...event };
  for (const text of new Set(paths)) {
    const path = parsePath(text);
    if (!path) continue;
    let node = out as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) {
      const child = node[step];
      if (child === null || typeof child !== "object") break;
      const own = (Array.isArray(child) ? [...child] : { ...child }) as Record<string | number, unknown>;
      node[step] = own;
      node = own;
    }
    const last = path[path.length - 1] as string | number;
    if (last in node) node[last] = shown(node[last], label);
  }
  return out;
}

/** The event as the dossier shows it: itself when nothing is hidden. */
export function shownEvent(event: ExportedEvent, label: HiddenLabel): EvidenceEvent {
  if (!isRedactedEvent(event)) return event;
  const { opening: _opening, redacted: _redacted, redactions, ...rest } = event;
  // The event lists where its hidden values are; anything else that looks hidden is left as it is.
  return shownAlong(rest, redactions.map((r) => r.path), label) as unknown as EvidenceEvent;
}
