// LiveChat shows its chat in its own frame (iframe#chat-widget, from LiveChat's host); this reader runs
// inside that frame. Messages are told apart by their data-testid (agent, visitor, system); names, texts
// and times by LiveChat's `lc-` classes; a message's event id, when shown, is its key.
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { messageText, shortText } from "../message-text";
import { saysChatEnded } from "./generic";

const LIST = "[data-testid=message-list],.lc-message-list";
const MESSAGES = "[data-testid=agent-message],[data-testid=visitor-message],[data-testid=system-message]";

export function readLiveChatMessage(element: Element): ShownMessage | undefined {
  const kind = element.getAttribute("data-testid");
  const vendorId = element.getAttribute("data-event-id") ?? undefined;
  const authorElement = element.querySelector(".lc-message__author,[data-testid=message-author]");
  const timeElement = element.querySelector("time,.lc-message__time");
  const textElement = element.querySelector(".lc-message__text,[data-testid=message-text]");
  const text = textElement ? messageText(textElement) : messageText(element, [authorElement, timeElement].filter((e): e is Element => e !== null));
  if (text === "") return undefined;
  const author = shortText(authorElement);
  const shownTime = shortText(timeElement);
  const side = kind === "visitor-message" ? "person" : kind === "system-message" ? "system" : /\b(bot|assistant)\b/i.test(author ?? "") ? "bot" : "agent";
  return { side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}), ...(vendorId ? { vendorId } : {}) };
}

export const liveChatAdapter: ChatAdapter = {
  vendor: "livechat",
  findLog: (doc) => doc.querySelector(LIST) ?? undefined,
  messages: (list) => Array.from(list.querySelectorAll(MESSAGES)),
  read: readLiveChatMessage,
  conversationKey: (list) => list.closest("[data-chat-id]")?.getAttribute("data-chat-id") ?? undefined,
  hasEnded: (list, shown) => list.closest("[data-chat-status]")?.getAttribute("data-chat-status") === "closed" || saysChatEnded(shown),
};
