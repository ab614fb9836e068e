// HubSpot shows its chat in its own frame (#hubspot-messages-iframe-container > iframe, from
// app.hubspot.com); this reader runs inside that frame. Who wrote a message is read from its sender's
// actor id, whose prefix HubSpot's conversations API defines (V- visitor, A- agent, B- bot, S- system);
// names, texts and times from the parts' data-test-id; the thread's id keys the conversation.
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { messageText, shortText } from "../message-text";
import { saysChatEnded } from "./generic";

const THREAD = "[data-test-id=chat-widget-thread]";

export function readHubSpotMessage(element: Element): ShownMessage | undefined {
  const actor = (element.getAttribute("data-actor-id") ?? "").slice(0, 2).toUpperCase();
  const vendorId = element.getAttribute("data-message-id") ?? undefined;
  const nameElement = element.querySelector("[data-test-id=message-sender-name]");
  const timeElement = element.querySelector("[data-test-id=message-timestamp],time");
  const textElement = element.querySelector("[data-test-id=message-text]");
  const text = textElement ? messageText(textElement) : messageText(element, [nameElement, timeElement].filter((e): e is Element => e !== null));
  if (text === "") return undefined;
  const id = vendorId ? { vendorId } : {};
  if (actor === "S-") return { side: "system", text, ...id };
  const person = actor === "V-";
  const author = person ? undefined : shortText(nameElement);
  const shownTime = shortText(timeElement);
  const side = person ? "person" : actor === "B-" || /\b(bot|assistant)\b/i.test(author ?? "") ? "bot" : "agent";
  return { side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}), ...id };
}

export const hubSpotAdapter: ChatAdapter = {
  vendor: "hubspot",
  findLog: (doc) => doc.querySelector(THREAD) ?? undefined,
  messages: (thread) => Array.from(thread.querySelectorAll("[data-test-id=chat-message]")),
  read: readHubSpotMessage,
  conversationKey: (thread) => thread.getAttribute("data-thread-id") ?? undefined,
  hasEnded: (thread, shown) => thread.getAttribute("data-thread-status") === "CLOSED" || saysChatEnded(shown),
};
