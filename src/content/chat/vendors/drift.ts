// Drift shows its chat in its own frame (iframe#drift-widget, name "drift-widget", from js.driftt.com);
// this reader runs inside that frame. Drift's classes carry a `drift-widget-` prefix: each message's
// modifier says who wrote it (--from-user, --from-team, --from-bot, --event), its text is the chat bubble;
// the conversation id, when the history shows it, keys the conversation.
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { messageText, shortText } from "../message-text";
import { saysChatEnded } from "./generic";

const HISTORY = ".drift-widget-message-history";

export function readDriftMessage(element: Element): ShownMessage | undefined {
  const has = (modifier: string) => element.classList.contains(`drift-widget-message--${modifier}`);
  if (has("event")) {
    const text = messageText(element);
    return text ? { side: "system", text } : undefined;
  }
  const authorElement = element.querySelector(".drift-widget-message__author");
  const timeElement = element.querySelector("time,.drift-widget-message__time");
  const bubbles = Array.from(element.querySelectorAll(".drift-widget-chat-bubble"));
  const text =
    bubbles.length > 0 ? bubbles.map((b) => messageText(b)).filter(Boolean).join("\n") : messageText(element, [authorElement, timeElement].filter((e): e is Element => e !== null));
  if (text === "") return undefined;
  const person = has("from-user");
  const author = person ? undefined : shortText(authorElement);
  const shownTime = shortText(timeElement);
  const side = person ? "person" : has("from-bot") || /\b(bot|assistant)\b/i.test(author ?? "") ? "bot" : "agent";
  return { side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}) };
}

export const driftAdapter: ChatAdapter = {
  vendor: "drift",
  findLog: (doc) => doc.querySelector(HISTORY) ?? undefined,
  messages: (history) => Array.from(history.querySelectorAll(".drift-widget-message")),
  read: readDriftMessage,
  conversationKey: (history) => history.getAttribute("data-conversation-id") ?? undefined,
  hasEnded: (history, shown) => history.getAttribute("data-conversation-status") === "closed" || saysChatEnded(shown),
};
