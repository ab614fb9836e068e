// Which words of an earlier event can be marked as a promise: an agent's chat line, what a call promised
// (or its summary), a response's text, a note. Events without words of their own have none.
import type { EvidenceEvent } from "./evidence";

export function quotableWords(event: EvidenceEvent): string | undefined {
  switch (event.kind) {
    case "message":
      // The person's own lines promise nothing on the brand's behalf.
      return event.payload.event === "message" && event.payload.side !== "person" ? event.payload.text : undefined;
    case "contact-attempt":
      return event.payload.promised ?? event.payload.summary;
    case "response":
      return event.payload.text ?? event.payload.email?.text;
    case "note":
      return event.payload.text;
    default:
      return undefined;
  }
}
