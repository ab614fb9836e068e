// Injected by the background (scripting.executeScript, activeTab) when the person clicks "Find promises on
// this page" in the popup; never loaded otherwise. It marks the sentences that read as promises and puts a
// small "Record as promise" button after each. Runs in the extension's isolated world: the page cannot
// reach its variables, nor the buttons (closed shadow roots), nor the readings.
//
// Marking: the CSS Custom Highlight API where the browser has it. It paints ranges over the page's own
// text without touching its DOM (no wrapper elements to break the page's scripts, styles or layout), and
// the ::highlight() rule comes from the background's scripting.insertCSS, a sheet the page's
// document.styleSheets does not list. Without it (older browsers), <mark> elements with a data attribute
// and inline styles. Either way, what the page can learn is which of its own sentences are marked.
import { sendToBackground } from "./extension-api";
import { findPromiseSentences, OWN_ATTRIBUTE, type FoundSentence } from "./promise-finder";
import { highlightWithMarks } from "./promise-finder-marks";

/** Shared with the background (promise-finder.ts) through the isolated world's global. */
interface FinderState {
  found: string[];
  clear: () => void;
}

const STATE = Symbol.for("receipts.promiseFinder");
const HIGHLIGHT = "receipts-found-promise";
const scope = globalThis as typeof globalThis & { [STATE]?: FinderState };

type HighlightCtor = new (...ranges: Range[]) => object;
interface HighlightRegistry {
  set(name: string, highlight: object): void;
  delete(name: string): boolean;
}

function message(key: string, fallback: string, substitutions?: string[]): string {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage(k: string, s?: string[]): string } } }).chrome?.i18n;
  return i18n?.getMessage(key, substitutions) || fallback;
}

function highlightWithApi(ranges: Range[]): (() => void) | undefined {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (!registry || typeof Highlight !== "function") return undefined;
  registry.set(HIGHLIGHT, new Highlight(...ranges));
  return () => registry.delete(HIGHLIGHT);
}

const CONTROL_CSS = `
  button { font: 12px/1.2 system-ui, sans-serif; margin: 0 0 0 4px; padding: 1px 6px; border: 1px solid #8a6d00;
    border-radius: 4px; background: #fffbe6; color: #3d3000; cursor: pointer; vertical-align: baseline; }
  button:focus-visible { outline: 2px solid #1a4fd6; outline-offset: 1px; }
  button:disabled { cursor: default; opacity: 0.8; }`;

function shortStart(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 60).trimEnd()}…` : flat;
}

function randomKey(): string {
  return crypto.randomUUID();
}

/** The "Record as promise" button after a sentence, in a closed shadow root. */
function controlFor(found: FoundSentence): HTMLElement {
  const host = document.createElement("span");
  host.setAttribute(OWN_ATTRIBUTE, "");
  host.style.cssText = "all: initial; display: inline !important;";
  const shadow = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = CONTROL_CSS;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = message("promiseFinderRecord", "Record as promise");
  button.setAttribute("aria-label", message("promiseFinderRecordLabel", `Record as promise: ${shortStart(found.text)}`, [shortStart(found.text)]));
  shadow.append(style, button);
  const requestKey = randomKey();
  // Listened to on the host: a click on the button reaches it (retargeted), and so does a click the page
  // dispatches itself. Only the person's own click (or key press) is trusted to record anything.
  host.addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (!event.isTrusted || button.disabled) return;
    button.disabled = true;
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(found.range.cloneRange());
    void sendToBackground({ type: "promise.found-record", text: found.text, requestKey })
      .then((reply) => {
        const recorded = (reply as { ok?: boolean; status?: string } | undefined)?.status === "recorded";
        button.textContent = message(recorded ? "promiseFinderRecorded" : "promiseFinderNotRecorded", recorded ? "Recorded" : "Not recorded");
        if (!recorded) button.disabled = false;
      })
      .catch(() => {
        button.textContent = message("promiseFinderNotRecorded", "Not recorded");
        button.disabled = false;
      });
  });
  return host;
}

function placeAfter(range: Range, element: HTMLElement): void {
  const at = document.createRange();
  at.setStart(range.endContainer, range.endOffset);
  at.insertNode(element);
}

function run(): FinderState {
  const found = findPromiseSentences(document.body);
  const ranges = found.map((f) => f.range);
  const unmark = highlightWithApi(ranges) ?? highlightWithMarks(ranges);
  const controls = found.map((f) => {
    const control = controlFor(f);
    placeAfter(f.range, control);
    return control;
  });
  return {
    found: found.map((f) => f.text),
    clear: () => {
      for (const control of controls) control.remove();
      unmark();
    },
  };
}

// Asked again: the marks of the earlier search go first.
scope[STATE]?.clear();
scope[STATE] = document.body ? run() : { found: [], clear: () => undefined };
