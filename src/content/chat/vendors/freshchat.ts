// Freshchat shows its chat in its own frame (iframe#fc_widget in div#fc_frame, from wchat.freshchat.com
// or a regional wchat.<region>.freshchat.com); this reader runs inside that frame. The frame's inner
// markup is not documented: the reader keeps to a few named parts (conversation list, message, name, text,
// time) and to data attributes, and tells the person's messages from the team's by their class.
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { messageText, shortText } from "../message-text";
import { saysChatEnded } from "./generic";

export function readFreshchatMessage(element: Element): ShownMessage | undefined {
  const vendorId = element.getAttribute("data-message-id") ?? undefined;
  if (element.classList.contains("fc-system-message")) {
    const text = messageText(element);
    return text ? { side: "system", text, ...(vendorId ? { vendorId } : {}) } : undefined;
  }
  const authorElement = element.querySelector(".fc-agent-name");
  const timeElement = element.querySelector("time,.fc-message-time");
  const content = element.querySelector(".fc-message-content");
  const text = content ? messageText(content) : messageText(element, [authorElement, timeElement].filter((e): e is Element => e !== null));
  if (text === "") return undefined;
  const person = element.classList.contains("fc-message-user");
  const author = person ? undefined : shortText(authorElement);
  const shownTime = shortText(timeElement);
  const side = person ? "person" : element.getAttribute("data-bot") === "true" || /\b(bot|assistant)\b/i.test(author ?? "") ? "bot" : "agent";
  return { side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}), ...(vendorId ? { vendorId } : {}) };
}

export const freshchatAdapter: ChatAdapter = {
  vendor: "freshchat",
  findLog: (doc) => doc.querySelector(".fc-conversation") ?? undefined,
  messages: (list) => Array.from(list.querySelectorAll(".fc-message,.fc-system-message")),
  read: readFreshchatMessage,
  hasEnded: (list, shown) => list.closest("[data-status]")?.getAttribute("data-status") === "resolved" || saysChatEnded(shown),
};
