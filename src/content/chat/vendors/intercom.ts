// Intercom writes its Messenger into a frame of the page's own origin (iframe[name=intercom-messenger-
// frame], no address); this reader runs inside it. A conversation is `.intercom-conversation-parts`;
// each part is the team's (-admin) or the person's (-user); its metadata line reads "Name · Bot · 10:02".
import type { ShownMessage } from "../../../domain/chat/transcript";
import type { ChatAdapter } from "../chat-recorder";
import { SHOWN_TIME, messageText, shortText } from "../message-text";
import { saysChatEnded } from "./generic";

export function readIntercomPart(part: Element): ShownMessage | undefined {
  if (part.classList.contains("intercom-conversation-part-event")) {
    const text = messageText(part);
    return text ? { side: "system", text } : undefined;
  }
  const blocks = Array.from(part.querySelectorAll(".intercom-block"));
  const comment = part.querySelector(".intercom-comment");
  const text = blocks.length > 0 ? blocks.map((b) => messageText(b)).filter(Boolean).join("\n") : comment ? messageText(comment) : "";
  if (text === "") return undefined;
  const bits = (shortText(part.querySelector(".intercom-conversation-part-metadata")) ?? "").split(/\s+·\s+/).filter(Boolean);
  const shownTime = bits.length > 0 && SHOWN_TIME.test(bits.at(-1) ?? "") ? bits.pop() : undefined;
  const isBot = bits.some((bit) => /^(bot|robot)$/i.test(bit));
  const person = part.classList.contains("intercom-conversation-part-user");
  const author = person ? undefined : bits.find((bit) => !/^(bot|robot)$/i.test(bit));
  return { side: person ? "person" : isBot ? "bot" : "agent", text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}) };
}

export const intercomAdapter: ChatAdapter = {
  vendor: "intercom",
  findLog: (doc) => doc.querySelector(".intercom-conversation-parts") ?? undefined,
  messages: (parts) => Array.from(parts.querySelectorAll(".intercom-conversation-part")),
  read: readIntercomPart,
  hasEnded: (parts, shown) => parts.closest("[data-conversation-state]")?.getAttribute("data-conversation-state") === "closed" || saysChatEnded(shown),
};
