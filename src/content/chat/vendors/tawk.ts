// Tawk.to writes its chat panel into one of several frames of the page's own origin (random ids, title
// "chat widget", no address); this reader runs inside the one that shows the conversation. A run of
// messages from one sender is a `.tawk-message-block`, each message a `.tawk-message-bubble` whose row is
// the visitor's (`.tawk-visitor-chat`) or the team's (`.tawk-agent-chat`); the team member's name is the
// group's `p.tawk-text-truncate` line (hidden but present), the time `time.tawk-time-display`.
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { messageText, shortText } from "../message-text";
import { saysChatEnded } from "./generic";

const BLOCK = ".tawk-message-block";
const NOTICE = ".tawk-chat-notification";

export function readTawkMessage(element: Element): ShownMessage | undefined {
  if (element.matches(NOTICE)) {
    const text = messageText(element);
    return text ? { side: "system", text } : undefined;
  }
  const bubble = element.querySelector(".tawk-chat-bubble");
  const text = bubble ? messageText(bubble) : "";
  if (text === "") return undefined;
  const person = element.querySelector(".tawk-visitor-chat") !== null;
  const author = person ? undefined : shortText(element.closest(".tawk-message-group")?.querySelector(":scope > .tawk-text-truncate"));
  const shownTime = shortText(element.querySelector("time,.tawk-time-display"));
  const vendorId = /^messageId-(.+)$/.exec(element.id)?.[1];
  const side = person ? "person" : /\b(bot|assistant)\b/i.test(author ?? "") ? "bot" : "agent";
  return { side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}), ...(vendorId ? { vendorId } : {}) };
}

export const tawkAdapter: ChatAdapter = {
  vendor: "tawk",
  findLog: (doc) => doc.querySelector(".tawk-messages-container") ?? doc.querySelector(BLOCK)?.parentElement ?? undefined,
  messages: (list) => Array.from(list.querySelectorAll(`${BLOCK} .tawk-message-bubble,${BLOCK}${NOTICE}`)),
  read: readTawkMessage,
  hasEnded: (_list, shown) => saysChatEnded(shown),
};
