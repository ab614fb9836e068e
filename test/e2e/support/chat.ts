// Reading recorded chats back for end-to-end tests: a transcript as one compact line per event, so an
// expectation reads like the conversation it checks.
import type { Frame, Page } from "playwright-core";
import type { EvidenceEvent, EventOfKind } from "../../../src/domain/evidence";
import type { ExtensionBrowser } from "./chromium";
import { storedEvents } from "./evidence";

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

/** The transcripts stored in `browser`, one list of lines per conversation. */
export async function transcriptList(browser: ExtensionBrowser): Promise<string[][]> {
  return [...transcripts(await storedEvents(browser)).values()];
}

/** The one transcript stored; when there are none or several, a line that says how many (a poll shows it). */
export async function onlyTranscript(browser: ExtensionBrowser): Promise<string[]> {
  const all = await transcriptList(browser);
  return all.length === 1 ? (all[0] ?? []) : [`${all.length} transcripts`];
}

/**
 * The frame of the iframe `selector` matches in `page`, found by its name `name` once the iframe is there;
 * returned once it has loaded or, with `ready`, once that selector is in it (for a frame the page writes).
 */
export async function frameNamed(page: Page, selector: string, name: string, ready?: string): Promise<Frame> {
  await page.locator(selector).waitFor({ state: "attached" });
  const frame = page.frame({ name });
  if (!frame) throw new Error(`no frame named ${name}`);
  return frameReady(frame, ready);
}

/** As frameNamed, for an iframe without a name: the frame is the one its element shows. */
export async function frameOf(page: Page, selector: string, ready?: string): Promise<Frame> {
  const element = await page.locator(selector).elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  return frameReady(frame, ready);
}

async function frameReady(frame: Frame, ready: string | undefined): Promise<Frame> {
  if (ready) await frame.locator(ready).waitFor({ state: "attached" });
  else await frame.waitForLoadState("load");
  return frame;
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
