// The dossier's summary in numbers and names, before it is put into words: who, which brand,
// since when, how many contact attempts and messages, and what was promised.
import type { Case, Channel, EvidenceEvent, Moment } from "../evidence";

export interface PromiseMade {
  eventId: string;
  occurred: Moment;
  quote: string;
  /** Who made it, when the evidence says (an agent's name, "phone call with …"). */
  by?: string;
}

export interface DossierSummary {
  brand: Case["brand"];
  /** Names the person gave as collector; empty when they gave none. */
  people: string[];
  first: Moment | null;
  last: Moment | null;
  contactAttempts: number;
  /** Chat lines and responses exchanged, either way. */
  messages: number;
  events: number;
  channels: Channel[];
  promises: PromiseMade[];
}

function channelOf(event: EvidenceEvent): Channel | undefined {
  if (event.kind === "contact-attempt" || event.kind === "response") return event.payload.channel;
  if (event.kind === "message") return "chat";
  return undefined;
}

export function summarize(theCase: Case, events: readonly EvidenceEvent[]): DossierSummary {
  const byTime = [...events].sort((a, b) => a.occurred.at - b.occurred.at);
  const people = new Set<string>();
  const channels = new Set<Channel>();
  const promises: PromiseMade[] = [];
  let contactAttempts = 0;
  let messages = 0;
  for (const event of events) {
    if (event.collection.collector) people.add(event.collection.collector);
    const channel = channelOf(event);
    if (channel) channels.add(channel);
    if (event.kind === "contact-attempt") {
      contactAttempts++;
      if (event.payload.promised) promises.push({ eventId: event.id, occurred: event.occurred, quote: event.payload.promised, ...(event.payload.spokeWith ? { by: event.payload.spokeWith } : {}) });
    }
    if ((event.kind === "message" && event.payload.event === "message") || event.kind === "response") messages++;
    if (event.kind === "promise") promises.push({ eventId: event.id, occurred: event.occurred, quote: event.payload.quote });
  }
  return {
    brand: theCase.brand,
    people: [...people],
    first: byTime[0]?.occurred ?? null,
    last: byTime[byTime.length - 1]?.occurred ?? null,
    contactAttempts,
    messages,
    events: events.length,
    channels: [...channels],
    promises: promises.sort((a, b) => a.occurred.at - b.occurred.at),
  };
}
