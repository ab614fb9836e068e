// What the timeline filters on: the channel an event came through and the person who spoke for the brand.
import type { Channel, EvidenceEvent } from "../evidence";

/** The channel of an event, when it has one (a note or a case change has none). */
export function channelOf(event: EvidenceEvent, attemptChannels: ReadonlyMap<string, Channel>): Channel | undefined {
  switch (event.kind) {
    case "contact-attempt":
    case "response":
      return event.payload.channel;
    case "message":
      return "chat";
    case "contact-outcome":
      // The page a form led to speaks for that form.
      return attemptChannels.get(event.payload.attemptId) ?? "web-form";
    default:
      return undefined;
  }
}

function named(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** Who spoke for the brand in this event: the chat agent or bot, who answered a call, who signed a response. */
export function interlocutorOf(event: EvidenceEvent): string | undefined {
  switch (event.kind) {
    case "message":
      return event.payload.side === "agent" || event.payload.side === "bot" ? named(event.payload.author) : undefined;
    case "response":
      return named(event.payload.from ?? event.payload.email?.from?.name ?? event.payload.email?.from?.address);
    case "contact-attempt":
      return named(event.payload.spokeWith);
    default:
      return undefined;
  }
}

/** The channel of every contact attempt, for events that refer to one. */
export function attemptChannels(events: readonly EvidenceEvent[]): Map<string, Channel> {
  const out = new Map<string, Channel>();
  for (const e of events) if (e.kind === "contact-attempt") out.set(e.id, e.payload.channel);
  return out;
}
