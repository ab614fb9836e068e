// Reading recorded chats back for end-to-end tests: a transcript as one compact line per event, so an
// expectation reads like the conversation it checks.
import type { Frame, Page } from "playwright-core";
import type { EvidenceEvent, EventOfKind } from "../../../src/domain/evidence";

export type ChatEvent = EventOfKind<"message">;

export function chatEventsOf(events: readonly EvidenceEvent[]): ChatEvent[] {
  return events.filter((e): e is ChatEvent => e.kind === "message");
}

/** "event|side|author|text|shownTime"; a hand-off's author reads "to<-from". */
export function transcriptLine(event: ChatEvent): string {
  const p = event.payload;
  const author = p.event === "handoff" ? `${p.author ?? ""}<-${p.previousAuthor ?? ""}` : (p.author ?? "");
  return [p.event, p.side, author, p.text, p.shownTime ?? ""].join("|");
}

/** The transcripts stored, by conversation id, each in storage order. */
export function transcripts(events: readonly EvidenceEvent[]): Map<string, string[]> {
  const byConversation = new Map<string, string[]>();
  for (const event of chatEventsOf(events)) {
    const lines = byConversation.get(event.payload.conversationId) ?? [];
    lines.push(transcriptLine(event));
    byConversation.set(event.payload.conversationId, lines);
  }
  return byConversation;
}

export interface Composer {
  input?: string;
  send?: string;
  /** Where the fixture's conversation script runs (it marks each step done there), if not in `scope`. */
  stepsIn?: Page | Frame;
}

/** Types a message in the widget's composer, presses its send button and waits for the replies. */
export async function sendChatMessage(scope: Page | Frame, text: string, step: number, composer: Composer = {}): Promise<void> {
  await scope.getByLabel(composer.input ?? "Your message", { exact: true }).fill(text);
  await scope.getByRole("button", { name: composer.send ?? "Send", exact: true }).click();
  await (composer.stepsIn ?? scope).waitForFunction((n) => Number(document.documentElement.dataset.conversationStep ?? 0) >= n, step, { timeout: 10_000 });
}

/** The conversation every chat fixture plays (vendors/shared/conversation.js), as the person sees it. */
export const PERSON_MESSAGES = ["My internet line has been down since Monday.", "It is still down this morning.", "Thank you."];

/** The whole conversation as recorded; `person` is the name the widget prints over the person's lines. */
export function conversationLines(person = "", first = PERSON_MESSAGES[0]): string[] {
  const agent1 = "Marie <b>D.</b>";
  return [
    "chat-started|system|||",
    "message|bot|Yellow Assistant|Hello! I am Yellow's virtual assistant. How can I help you today?|10:00",
    `message|person|${person}|${first}|10:01`,
    "message|bot|Yellow Assistant|Let me find an advisor for you.|10:02",
    `message|system||${agent1} joined the chat|`,
    `handoff|agent|${agent1}<-Yellow Assistant||`,
    `message|agent|${agent1}|Hello, I am Marie. I can see your line is cut since Monday. <img src=x onerror=alert(1)>|10:03`,
    `message|person|${person}|${PERSON_MESSAGES[1]}|10:04`,
    `message|agent|${agent1}|I am transferring you to our technical team.|10:05`,
    `message|system||${agent1} transferred the chat to Paul|`,
    `handoff|agent|Paul<-${agent1}||`,
    "message|agent|Paul|Paul here. A technician will come on Thursday between 8am and noon.|10:06",
    `message|person|${person}|${PERSON_MESSAGES[2]}|10:07`,
    "message|agent|Paul|You're welcome. Goodbye!|10:08",
    "message|system||The chat has ended.|",
    "chat-ended|system||The chat has ended.|",
  ];
}

/** How many lines of conversationLines() are recorded after the person's n-th message. */
export const LINES_AFTER_STEP = [2, 7, 12, 16];
