// Any chat that follows the accessible pattern: a live region (role="log" or aria-live) of repeated
// message blocks. Names, times and texts are found by what their class names say.
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { VENDOR_WIDGETS } from "../chat-signatures";
import { conversationRegions, messageBlocks } from "../conversation-shape";
import { messageText, shortText } from "../message-text";
import { guessSide } from "../side-guess";
import { shadowRootsUnder } from "../shadow-roots";

// Both cases written out rather than the `i` flag: "msg__author" and "msgAuthor" alike.
const AUTHOR = "[data-author],[class*=author],[class*=Author],[class*=sender],[class*=Sender],[class*=name],[class*=Name]";
const TIME = "time,[class*=time],[class*=Time],[class*=date],[class*=Date]";
const ENDED = /\b(chat|conversation|session)\b.*\b(ended|closed|finished|over)\b|\b(ended|closed) the (chat|conversation)\b|\b(discussion|conversation|chat)\b.*\b(termin[ée]e|cl[ôo]tur[ée]e|ferm[ée]e)\b/i;

export function readGenericMessage(element: Element): ShownMessage | undefined {
  const authorElement = element.querySelector(AUTHOR);
  const timeElement = element.querySelector(TIME);
  const author = element.getAttribute("data-author") ?? shortText(authorElement);
  const text = messageText(element, [authorElement, timeElement].filter((e): e is Element => e !== null));
  if (text === "") return undefined;
  const shownTime = shortText(timeElement);
  const vendorId = element.getAttribute("data-message-id") ?? undefined;
  return {
    side: guessSide(element, author),
    text,
    ...(author !== undefined ? { author } : {}),
    ...(shownTime !== undefined ? { shownTime } : {}),
    ...(vendorId ? { vendorId } : {}),
  };
}

/** A conversation's end as its last line says it, in English or French. */
export function saysChatEnded(shown: readonly ShownMessage[]): boolean {
  const last = shown.at(-1);
  return last?.side === "system" && ENDED.test(last.text);
}

export const genericAdapter: ChatAdapter = {
  vendor: "generic",
  findLog(doc) {
    for (const root of [doc, ...shadowRootsUnder(doc)]) {
      const region = conversationRegions(root, VENDOR_WIDGETS)[0];
      if (region) return region;
    }
    return undefined;
  },
  messages: messageBlocks,
  read: readGenericMessage,
  conversationKey: (log) => log.closest("[data-conversation-id]")?.getAttribute("data-conversation-id") ?? undefined,
  hasEnded: (log, shown) => saysChatEnded(shown) || /^(ended|closed)$/.test(log.closest("[data-chat-status]")?.getAttribute("data-chat-status") ?? ""),
};
