// Injected with scripting.executeScript({ func }) into the page whose text the person selected, at the
// moment they ask to record it. Self-contained: the browser serialises the function's source alone, so it
// must not use anything from outside its body. Returns plain data; the background validates and stores.

export interface PageSelection {
  /** The selection exactly as the document gives it (Selection.toString, or an input's selected value). */
  text: string;
  /** The text of the block that contains the selection, around the quote, at most `contextLimit` characters. */
  context: string;
  /** Embedded frames (iframe, frame, object, embed) inside the selection: their text is not in `text`. */
  framesLeftOut: number;
  /** The declared language (lang) nearest the selection, else the page's, as written. */
  language: string;
  url: string;
  title: string;
}

export function readPageSelection(contextLimit: number): PageSelection {
  const active = document.activeElement;
  const page = { language: document.documentElement.lang || "", url: location.href, title: document.title };
  const languageOf = (element: Element | null) => element?.closest("[lang]")?.getAttribute("lang") || page.language;
  // A selection inside a text field is not part of the document's selection in every browser.
  if ((active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) && typeof active.selectionStart === "number") {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionEnd !== null && selectionEnd > selectionStart) {
      return { ...page, language: languageOf(active), text: value.slice(selectionStart, selectionEnd), context: value.slice(0, contextLimit), framesLeftOut: 0 };
    }
  }
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { ...page, text: "", context: "", framesLeftOut: 0 };
  const text = selection.toString();
  const range = selection.getRangeAt(0);

  // The containing block: the nearest ancestor that is not laid out inline (no display at all counts as inline).
  const start = range.commonAncestorContainer;
  let block: Element | null = start instanceof Element ? start : start.parentElement;
  while (block && block !== document.body && block.parentElement && /^(inline|contents|$)/.test(getComputedStyle(block).display)) block = block.parentElement;
  // innerText follows the layout (line breaks between blocks) but costs a layout pass: only for blocks of a sane size.
  const raw = block ? (block instanceof HTMLElement && (block.textContent ?? "").length < 50_000 ? block.innerText : (block.textContent ?? "")) : text;

  // Around the quote: centred on where it is, when it can be found (whitespace may differ between the two).
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();
  let around = raw;
  if (raw.length > contextLimit) {
    const flat = squash(raw);
    const at = Math.max(0, flat.indexOf(squash(text).slice(0, 200)));
    const from = Math.max(0, Math.min(at - Math.floor((contextLimit - Math.min(text.length, contextLimit)) / 2), flat.length - contextLimit));
    around = `${from > 0 ? "…" : ""}${flat.slice(from, from + contextLimit)}${from + contextLimit < flat.length ? "…" : ""}`;
  }

  let framesLeftOut = 0;
  for (let i = 0; i < selection.rangeCount; i++) {
    const r = selection.getRangeAt(i);
    for (const frame of document.querySelectorAll("iframe, frame, object, embed")) if (r.intersectsNode(frame)) framesLeftOut += 1;
  }
  return { ...page, language: languageOf(block), text, context: around, framesLeftOut };
}
