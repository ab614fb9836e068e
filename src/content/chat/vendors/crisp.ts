// Crisp draws its chatbox in the page (`.crisp-client`, `#crisp-chatbox`), possibly behind a shadow root.
// Its class names are obfuscated (cc-xxxx) and change between releases, so only its data attributes are
// relied on: the feed [data-id=messages-feed], messages [data-from=operator|visitor], and the order of a
// message's parts (operator name first, time last).
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { SHOWN_TIME, messageText } from "../message-text";
import { deepQuery, shadowRootOf } from "../shadow-roots";
import { saysChatEnded } from "./generic";

const FEED = "[data-id=messages-feed]";
const MESSAGES = "[data-from]:not(:has([data-from])),[data-type=event]";

export function readCrispMessage(element: Element): ShownMessage | undefined {
  const from = element.getAttribute("data-from");
  if (!from) {
    const text = messageText(element);
    return text ? { side: "system", text } : undefined;
  }
  const parts = Array.from(element.children).filter((part) => messageText(part) !== "");
  const last = parts.at(-1);
  const shownTime = last && parts.length > 1 && SHOWN_TIME.test(messageText(last)) ? messageText(parts.pop() as Element) : undefined;
  const author = from === "operator" && parts.length > 1 ? messageText(parts.shift() as Element) : undefined;
  const text = parts.length > 0 ? parts.map((part) => messageText(part)).join("\n") : messageText(element);
  if (text === "") return undefined;
  const side = from === "visitor" ? "person" : element.getAttribute("data-automated") === "true" || /\b(bot|assistant)\b/i.test(author ?? "") ? "bot" : "agent";
  return { side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}) };
}

export const crispAdapter: ChatAdapter = {
  vendor: "crisp",
  findLog(doc) {
    for (const client of Array.from(doc.querySelectorAll(".crisp-client"))) {
      const feed = client.querySelector(FEED) ?? shadowRootOf(client)?.querySelector(FEED);
      if (feed) return feed;
    }
    return deepQuery(doc, `#crisp-chatbox ${FEED}`);
  },
  messages: (feed) => Array.from(feed.querySelectorAll(MESSAGES)),
  read: readCrispMessage,
  hasEnded: (feed, shown) => feed.closest("#crisp-chatbox")?.getAttribute("data-chat-status") === "ended" || saysChatEnded(shown),
};
