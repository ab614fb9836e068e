// The text of a message as a person reads it: blocks and line breaks become new lines, spaces are
// collapsed, hidden decorations (aria-hidden icons, scripts) are left out. Text only, never markup.

const BLOCKS = new Set(["p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr", "table"]);
const SKIPPED = new Set(["script", "style", "template", "noscript", "svg", "button"]);

export function messageText(root: Element, leaveOut: readonly Element[] = []): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (leaveOut.includes(element) || SKIPPED.has(element.localName) || element.getAttribute("aria-hidden") === "true") return;
    if (element.localName === "br") {
      parts.push("\n");
      return;
    }
    const block = BLOCKS.has(element.localName);
    if (block) parts.push("\n");
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push("\n");
  };
  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n")
    .trim();
}

/** The trimmed text of an element, for names and times. */
export function shortText(element: Element | null | undefined): string | undefined {
  const text = element ? messageText(element) : "";
  return text === "" ? undefined : text;
}

/** A printed time: "10:42", "10h42", "3:05 PM", or a relative one ("Just now", "il y a 2 min"). */
export const SHOWN_TIME = /^(\d{1,2}[:h.]\d{2}(\s?[ap]\.?m\.?)?|just now|now|à l'instant|maintenant|il y a .{1,20}|.{1,20} ago)$/i;
