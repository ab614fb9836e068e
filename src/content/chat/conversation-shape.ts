// The generic signal of a conversation: a live region (role="log", or aria-live) that holds repeated,
// message-like blocks. Status lines ("3 results") are plain text and do not count.

const SKIPPED = new Set(["script", "style", "template", "svg", "button", "input", "textarea", "form"]);

// Class names that say "a list of messages", not "a message".
const LIST_WORDS = /\b(list|messages|thread|feed|history|transcript|conversation|scroller|container|wrapper|inner)\b/;

function firstClass(element: Element): string {
  return element.classList[0] ?? "";
}

/**
 * Whether a region's only child is a wrapper around the messages rather than the first message: a list
 * element, children that repeat (same tag, same first class), or a class name that says so. A message's
 * own parts (name, text, time) differ from one another.
 */
function isWrapper(element: Element): boolean {
  if (element.localName === "ul" || element.localName === "ol" || /^(list|feed)$/.test(element.getAttribute("role") ?? "")) return true;
  const children = Array.from(element.children);
  const first = children[0];
  if (first && children.length >= 2) return children.every((c) => c.localName === first.localName && firstClass(c) === firstClass(first));
  return LIST_WORDS.test((element.getAttribute("class") ?? "").toLowerCase().replace(/[^a-z]+/g, " "));
}

/** The blocks of a region: its children with text, looked for below wrappers (ul, div.messages…). */
export function messageBlocks(region: Element): Element[] {
  let box: Element = region;
  for (let only = box.firstElementChild; box.childElementCount === 1 && only && !only.hasAttribute("aria-live") && isWrapper(only); only = box.firstElementChild) {
    box = only;
  }
  // A block with elements inside is taken without reading its text: this runs on every look at a long chat.
  return Array.from(box.children).filter((child) => !SKIPPED.has(child.localName) && (child.childElementCount > 0 || (child.textContent ?? "").trim() !== ""));
}

export function looksLikeConversation(region: Element): boolean {
  const blocks = messageBlocks(region);
  if (region.getAttribute("role") === "log") return blocks.length > 0;
  // At least two blocks of the same kind of element: a list of messages, not a single status.
  const kinds = new Set<string>();
  for (const block of blocks) {
    if (kinds.has(block.localName)) return true;
    kinds.add(block.localName);
  }
  return false;
}

/** Whether the element, or anything around it up through shadow hosts, matches `selector`. */
export function isWithin(element: Element, selector: string): boolean {
  for (let at: Element | null = element; at; at = (at.getRootNode() as ShadowRoot).host ?? null) {
    if (at.closest(selector)) return true;
  }
  return false;
}

/** The conversation regions in a document or shadow root, leaving out `exclude` (vendor widgets). */
export function conversationRegions(root: Document | ShadowRoot, exclude = ""): Element[] {
  return Array.from(root.querySelectorAll("[role=log],[aria-live]")).filter(
    (region) => !(exclude && isWithin(region, exclude)) && !region.parentElement?.closest("[role=log],[aria-live]") && looksLikeConversation(region),
  );
}
