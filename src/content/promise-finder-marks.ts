// Where the browser has no CSS Custom Highlight API: the found sentences wrapped in <mark> elements
// (marked with the finder's data attribute, styled inline), and a way to take them away again.
import { OWN_ATTRIBUTE } from "./promise-finder";

/**
 * Wraps the text of each range in <mark> elements; the ranges are moved onto the marks' text. Done from
 * the last range to the first: splitting and wrapping a later sentence's text leaves every boundary of the
 * earlier ones where it was (they never point past the split), live range updates or not.
 */
export function highlightWithMarks(ranges: Range[]): () => void {
  const marks: HTMLElement[] = [];
  for (const range of [...ranges].reverse()) {
    const common = range.commonAncestorContainer;
    const texts: Text[] = [];
    // A walker never returns its own root: a sentence within one text node is that node.
    if (common.nodeType === 3 /* Node.TEXT_NODE */) texts.push(common as Text);
    else {
      const walker = common.ownerDocument!.createTreeWalker(common, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (range.intersectsNode(node) && (node as Text).data) texts.push(node as Text);
    }
    const wrapped: Text[] = [];
    for (let text of texts) {
      if (text === range.endContainer && range.endOffset < text.length) text.splitText(range.endOffset);
      if (text === range.startContainer && range.startOffset > 0) text = text.splitText(range.startOffset);
      if (!text.data || !text.parentNode) continue;
      const mark = text.ownerDocument.createElement("mark");
      mark.setAttribute(OWN_ATTRIBUTE, "");
      mark.style.cssText = "background: #fff3a3 !important; color: inherit !important; outline: 2px solid #b58900 !important;";
      text.parentNode.replaceChild(mark, text);
      mark.appendChild(text);
      marks.push(mark);
      wrapped.push(text);
    }
    const first = wrapped[0];
    const last = wrapped[wrapped.length - 1];
    if (first && last) {
      range.setStart(first, 0);
      range.setEnd(last, last.length);
    }
  }
  return () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
  };
}
