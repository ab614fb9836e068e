// Chat widgets often hide in shadow roots, closed ones included. Extensions may open both: Firefox gives
// content scripts the property element.openOrClosedShadowRoot, Chromium chrome.dom.openOrClosedShadowRoot().

type ChromeDom = { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null };
type WithClosedRoot = Element & { openOrClosedShadowRoot?: ShadowRoot | null | (() => ShadowRoot | null) };

const chromeDom = (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;

/** The element's shadow root, open or closed, if it has one. */
export function shadowRootOf(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  try {
    if ("openOrClosedShadowRoot" in element) {
      const own = (element as WithClosedRoot).openOrClosedShadowRoot;
      // A property in Firefox; called as a method should another engine copy it that way.
      return (typeof own === "function" ? own.call(element) : own) ?? null;
    }
    return chromeDom?.openOrClosedShadowRoot?.(element as HTMLElement) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether an element is worth asking for a closed root: custom elements and empty hosts, which is how
 * widgets mount theirs. Asking every element of a large page would cost more than detection may.
 */
export function mayHostClosedRoot(element: Element): boolean {
  return element.childElementCount === 0 || element.localName.includes("-");
}

/** Shadow roots under `root` (not inside other shadow roots). */
export function shadowRootsUnder(root: Node, everyElement = false): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const shadow = element.shadowRoot ?? (everyElement || mayHostClosedRoot(element) ? shadowRootOf(element) : null);
    if (shadow) found.push(shadow);
  }
  return found;
}

/** The first element matching `selector` in `root` or in any shadow root below it. */
export function deepQuery(root: Document | ShadowRoot | Element, selector: string): Element | undefined {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const shadow of shadowRootsUnder(root, true)) {
    const inside = deepQuery(shadow, selector);
    if (inside) return inside;
  }
  return undefined;
}
