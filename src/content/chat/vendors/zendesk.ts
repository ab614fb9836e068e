// Zendesk's messaging Web Widget writes its conversation into a frame of the page's own origin
// (iframe[title="Messaging window"], iframe#webWidget for the classic widget); this reader runs inside it.
// Zendesk builds the widget with its Garden components, which tag parts with data-garden-id: each message
// is `chat.message`, its sender in data-sender, its name, bubble and time in their own tagged parts.
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { messageText, shortText } from "../message-text";
import { saysChatEnded } from "./generic";

const LOG = "[data-garden-id='chat.message_log']";

export function readZendeskMessage(element: Element): ShownMessage | undefined {
  const sender = element.getAttribute("data-sender");
  const authorElement = element.querySelector("[data-garden-id='chat.author']");
  const timeElement = element.querySelector("[data-garden-id='chat.timestamp'],time");
  const bubble = element.querySelector("[data-garden-id='chat.bubble']");
  const text = bubble ? messageText(bubble) : messageText(element, [authorElement, timeElement].filter((e): e is Element => e !== null));
  if (text === "") return undefined;
  if (sender === "system") return { side: "system", text };
  const person = sender === "user";
  const author = person ? undefined : shortText(authorElement);
  const shownTime = shortText(timeElement);
  const side = person ? "person" : sender === "bot" || /\b(bot|assistant)\b/i.test(author ?? "") ? "bot" : "agent";
  return { side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}) };
}

export const zendeskAdapter: ChatAdapter = {
  vendor: "zendesk",
  findLog: (doc) => doc.querySelector(LOG) ?? undefined,
  messages: (log) => Array.from(log.querySelectorAll("[data-garden-id='chat.message']")),
  read: readZendeskMessage,
  hasEnded: (log, shown) => log.getAttribute("data-conversation-state") === "closed" || saysChatEnded(shown),
};
