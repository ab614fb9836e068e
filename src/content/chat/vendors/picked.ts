// The conversation the person pointed at ("Record this chat"): read like any chat, from that element.
import type { ChatAdapter } from "../chat-recorder";
import { messageBlocks } from "../conversation-shape";
import { readGenericMessage, saysChatEnded } from "./generic";

/** The nearest ancestor of the clicked element that holds repeated blocks: the list, not one message. */
export function conversationAround(clicked: Element): Element {
  for (let element: Element | null = clicked; element && element.localName !== "body"; element = element.parentElement) {
    const blocks = messageBlocks(element);
    const kinds = new Map<string, number>();
    for (const block of blocks) kinds.set(block.localName, (kinds.get(block.localName) ?? 0) + 1);
    if (Array.from(kinds.values()).some((n) => n >= 2)) return element;
  }
  return clicked;
}

/** A way back to the list after the widget re-renders it: its id, or its tag and classes. */
function selectorFor(element: Element): string {
  if (element.id) return `#${CSS.escape(element.id)}`;
  return [element.localName, ...Array.from(element.classList, (c) => `.${CSS.escape(c)}`)].join("");
}

export function pickedAdapter(list: Element): ChatAdapter {
  let current = list;
  const selector = selectorFor(list);
  const root = list.getRootNode() as Document | ShadowRoot;
  return {
    vendor: "picked",
    findLog() {
      if (!current.isConnected) current = root.querySelector(selector) ?? current;
      return current.isConnected ? current : undefined;
    },
    messages: messageBlocks,
    read: readGenericMessage,
    hasEnded: (_log, shown) => saysChatEnded(shown),
  };
}
