// Salesforce messaging (Embedded Messaging / Messaging for In-App and Web) shows its chat in one frame
// (iframe#embeddedMessagingFrame, named so, in div.embedded-messaging) from the Experience site's host
// (*.my.site.com); this reader runs inside it. The window is Lightning web components, each behind its
// own shadow root: the list is found through them, and each entry is read inside its component's root.
// The sender's role (EndUser, Agent, Chatbot, System) tells the side.
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { messageText, shortText } from "../message-text";
import { deepQuery, shadowRootOf } from "../shadow-roots";
import { saysChatEnded } from "./generic";

const LIST = ".cwc-message-list";
const ENTRIES = "[data-sender-role]";

export function readSalesforceEntry(element: Element): ShownMessage | undefined {
  const inside = shadowRootOf(element) ?? element;
  const role = element.getAttribute("data-sender-role") ?? "";
  const vendorId = element.getAttribute("data-entry-id") ?? undefined;
  const id = vendorId ? { vendorId } : {};
  if (role === "System") {
    const notice = inside.querySelector(".cwc-system-text") ?? (inside === element ? element : undefined);
    const text = notice ? messageText(notice) : "";
    return text ? { side: "system", text, ...id } : undefined;
  }
  const content = inside.querySelector(".embedded-messaging-message-content");
  const text = content ? messageText(content) : "";
  if (text === "") return undefined;
  const person = role === "EndUser";
  const author = person ? undefined : shortText(inside.querySelector(".cwc-message-sender"));
  const shownTime = shortText(inside.querySelector(".cwc-message-timestamp,time"));
  const side = person ? "person" : role === "Chatbot" ? "bot" : "agent";
  return { side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}), ...id };
}

export const salesforceAdapter: ChatAdapter = {
  vendor: "salesforce",
  findLog: (doc) => deepQuery(doc, LIST),
  messages: (list) => Array.from(list.querySelectorAll(ENTRIES)),
  read: readSalesforceEntry,
  hasEnded(list, shown) {
    const root = list.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : undefined;
    return host?.getAttribute("data-conversation-status") === "closed" || saysChatEnded(shown);
  },
};
