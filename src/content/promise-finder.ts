// "Find promises on this page": the page's visible text, block by block, cut into sentences, each read by
// the promise parser. Bundled into promise-finder.iife.ts, injected only when the person asks. Returns
// DOM ranges over the page's own text nodes, so that a sentence split across inline elements
// (<b>, <a>, <span>) is one range, and selecting it gives back exactly its words.
import { normalize } from "../domain/promises/normalize";
import { readPromise } from "../domain/promises/promise-parser";
import type { PromiseLanguage, PromiseReading } from "../domain/promises/promise-reading";
import { pieces } from "../domain/promises/sentences";

export interface FoundSentence {
  /** The sentence as the page writes it (Range.toString of `range`). */
  text: string;
  range: Range;
  reading: PromiseReading;
}

export interface FinderLimits {
  /** Text nodes looked at, at most: a huge page is read in part rather than freezing the tab. */
  maxNodes: number;
  /** Sentences found, at most. */
  maxFound: number;
  /** Longer sentences are not read (a wall of text without full stops is not a promise). */
  maxSentence: number;
}

export const DEFAULT_LIMITS: FinderLimits = { maxNodes: 50_000, maxFound: 200, maxSentence: 1_000 };

/** Elements whose text is not page prose (code, forms, hidden templates), and the finder's own controls. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION", "INPUT", "BUTTON", "SVG", "MATH", "IFRAME", "OBJECT", "CODE", "PRE"]);
/** Laid out inline when the browser says nothing about it (a document without styles). */
const INLINE_TAGS = new Set(["A", "ABBR", "B", "BDI", "BDO", "CITE", "DATA", "DFN", "EM", "I", "KBD", "MARK", "Q", "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR", "FONT", "LABEL"]);

export const OWN_ATTRIBUTE = "data-receipts-finder";

function isInline(element: Element): boolean {
  const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? "";
  if (display === "") return INLINE_TAGS.has(element.tagName.toUpperCase());
  return /^(inline|contents)$/.test(display);
}

function blockOf(node: Node, root: Element): Element {
  let element = node.parentElement;
  while (element && element !== root && isInline(element) && element.parentElement) element = element.parentElement;
  return element ?? root;
}

function isHidden(element: Element): boolean {
  if (element.closest("[hidden]:not([hidden=until-found])")) return true;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === "function") return !check.call(element, { visibilityProperty: true });
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.display === "none" || style?.visibility === "hidden";
}

function rejected(text: Text): boolean {
  for (let element = text.parentElement; element; element = element.parentElement) {
    if (SKIPPED.has(element.tagName.toUpperCase()) || element.hasAttribute(OWN_ATTRIBUTE) || element.isContentEditable) return true;
  }
  return false;
}

/** A run of text nodes in one block, in document order, and where each starts in the run's text. */
interface Run {
  block: Element;
  nodes: Text[];
  starts: number[];
  text: string;
}

function runsOf(root: Element, maxNodes: number): Run[] {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const runs: Run[] = [];
  let current: Run | undefined;
  let seen = 0;
  const hiddenCache = new Map<Element, boolean>();
  for (let node = walker.nextNode(); node && seen < maxNodes; node = walker.nextNode()) {
    seen += 1;
    const text = node as Text;
    if (!text.data.trim() || !text.parentElement || rejected(text)) continue;
    const parent = text.parentElement;
    let hidden = hiddenCache.get(parent);
    if (hidden === undefined) hiddenCache.set(parent, (hidden = isHidden(parent)));
    if (hidden) continue;
    const block = blockOf(text, root);
    if (!current || current.block !== block) {
      current = { block, nodes: [], starts: [], text: "" };
      runs.push(current);
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  return runs;
}

/** The text node and offset of character `index` of the run (an end boundary stays in the node before). */
function pointOf(run: Run, index: number, isEnd: boolean): [Text, number] {
  let i = run.nodes.length - 1;
  while (i > 0 && (isEnd ? run.starts[i]! >= index : run.starts[i]! > index)) i -= 1;
  return [run.nodes[i]!, index - run.starts[i]!];
}

function languageOf(block: Element): PromiseLanguage | undefined {
  const declared = (block.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase().split("-")[0];
  return declared === "en" || declared === "fr" ? declared : undefined;
}

/** Sentence spans in the run's own text (offsets into it), quotes inside a kept sentence left out. */
function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const normal = normalize(text);
  // The spans point into the NFC text: only usable when the page's text is already NFC (nearly always).
  if (normal.source !== text) return [];
  const spans = pieces(normal).map((piece) => {
    const first = normal.origin[piece.offset] ?? 0;
    const lastOrigin = normal.origin[piece.offset + piece.text.length - 1] ?? first;
    const lastChar = String.fromCodePoint(text.codePointAt(lastOrigin) ?? 32);
    return { start: first, end: lastOrigin + lastChar.length };
  });
  return spans.filter((span) => !spans.some((other) => other !== span && other.start <= span.start && other.end >= span.end && other.end - other.start > span.end - span.start));
}

/** The sentences of `root`'s visible text that read as service commitments, in document order. */
export function findPromiseSentences(root: Element, limits: FinderLimits = DEFAULT_LIMITS): FoundSentence[] {
  const found: FoundSentence[] = [];
  for (const run of runsOf(root, limits.maxNodes)) {
    const language = languageOf(run.block);
    for (const span of sentenceSpans(run.text)) {
      if (found.length >= limits.maxFound) return found;
      const sentence = run.text.slice(span.start, span.end);
      if (sentence.length > limits.maxSentence) continue;
      const reading = readPromise(sentence, language);
      if (!reading) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(...pointOf(run, span.start, false));
      range.setEnd(...pointOf(run, span.end, true));
      found.push({ text: range.toString(), range, reading });
    }
  }
  return found.sort((a, b) => a.range.compareBoundaryPoints(0 /* Range.START_TO_START */, b.range));
}
