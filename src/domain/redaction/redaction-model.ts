// Hidden values in an export: what the person may hide, how an event with hidden values looks in
// case.json (a RedactedEvent), and where a value sits in an event (a path).
import { z } from "zod";
import { EVENT_KINDS, Id, Moment } from "../evidence";

/** What a hidden value was: the dossier says "[hidden: phone number]", never the value. */
export const HiddenCategory = z.enum(["name", "email", "phone", "address", "text"]);
export type HiddenCategory = z.infer<typeof HiddenCategory>;

/** One step into an event: a member's name or an item's index. */
export type PathStep = string | number;
export type ValuePath = readonly PathStep[];

const SIMPLE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** "payload.fields[1].value": how the dossier, the log and the verifiers name a place in an event. */
export function pathText(path: ValuePath): string {
  return path
    .map((step, i) => (typeof step === "number" ? `[${step}]` : SIMPLE.test(step) ? `${i === 0 ? "" : "."}${step}` : `[${JSON.stringify(step)}]`))
    .join("");
}

/** The steps of a path written by pathText; null when the text is not one. */
export function parsePath(text: string): PathStep[] | null {
  const steps: PathStep[] = [];
  const token = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < text.length) {
    token.lastIndex = at;
    const match = token.exec(text);
    if (!match || (at === 0 && match[0].startsWith("."))) return null;
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(JSON.parse(match[3] as string) as string);
    at = token.lastIndex;
  }
  return steps.length > 0 ? steps : null;
}

/** One hidden value of an event, as the event itself lists it (never the value). */
export const RedactionEntry = z.object({
  /** Where, e.g. "payload.fields[1].value". */
  path: z.string().min(1).max(2000),
  category: HiddenCategory,
  /** Part of a text (the rest of the text is shown) rather than the whole value. */
  part: z.boolean(),
});
export type RedactionEntry = z.infer<typeof RedactionEntry>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const Content = z.record(z.string(), z.unknown());

/**
 * An event with hidden values, as an export shows it: the envelope as sealed, the content with each
 * hidden value replaced by { redacted, commitment } (or a text by { redactedText: [...] }), and for
 * a v2 event the `opening` that lets anyone recompute its hash from what is shown.
 */
export const RedactedEvent = z.object({
  v: z.union([z.literal(1), z.literal(2)]),
  id: Id,
  caseId: Id,
  kind: z.enum(EVENT_KINDS as [string, ...string[]]),
  recorded: Moment,
  occurred: Moment,
  source: Content.optional(),
  collection: Content,
  payload: Content,
  hash: Sha256Hex.nullable(),
  previousHash: Sha256Hex.nullable(),
  /** v2: the seeds of what is shown (a tree shaped like source, collection and payload; null where hidden). */
  opening: z.record(z.string(), z.unknown()).optional(),
  redacted: z.literal(true),
  redactions: z.array(RedactionEntry).min(1).max(100_000),
});
export type RedactedEvent = z.infer<typeof RedactedEvent>;

/** How an export names what it hid, for the redaction log (redactions.json) and the dossier's annex. */
export interface RedactionLogEntry {
  eventId: string;
  /** Position of the event in case.json (0-based). */
  eventIndex: number;
  path: string;
  category: HiddenCategory;
  part: boolean;
  /** The event's format: 2 = its hash is still recomputed; 1 = its content is vouched for by the signature only. */
  sealing: 1 | 2;
}
