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

/** Types a message in the widget's composer, presses its send button and waits for the replies. */
export async function sendChatMessage(scope: Page | Frame, text: string, step: number, input = "Your message", send = "Send"): Promise<void> {
  await scope.getByLabel(input, { exact: true }).fill(text);
  await scope.getByRole("button", { name: send, exact: true }).click();
  await scope.waitForFunction((n) => Number(document.documentElement.dataset.conversationStep ?? 0) >= n, step, { timeout: 10_000 });
}

/** The conversation every chat fixture plays (vendors/shared/conversation.js), as the person sees it. */
export const PERSON_MESSAGES = ["My internet line has been down since Monday.", "It is still down this morning.", "Thank you."];
