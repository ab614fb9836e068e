// The generic signal of a conversation: a live region (role="log", or aria-live) that holds repeated,
// message-like blocks. Status lines ("3 results") are plain text and do not count.

const SKIPPED = new Set(["script", "style", "template", "svg", "button", "input", "textarea", "form"]);

/** The blocks of a region: its children with text, looked for below single wrappers (ul, div…). */
export function messageBlocks(region: Element): Element[] {
  let box: Element = region;
  while (box.childElementCount === 1 && box.firstElementChild && !box.firstElementChild.hasAttribute("aria-live")) {
    box = box.firstElementChild;
  }
  return Array.from(box.children).filter((child) => !SKIPPED.has(child.localName) && (child.textContent ?? "").trim() !== "");
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

/** The conversation regions in a document or shadow root, leaving out `exclude` (vendor widgets). */
export function conversationRegions(root: Document | ShadowRoot, exclude = ""): Element[] {
  return Array.from(root.querySelectorAll("[role=log],[aria-live]")).filter(
    (region) => !(exclude && region.closest(exclude)) && !region.parentElement?.closest("[role=log],[aria-live]") && looksLikeConversation(region),
  );
}
