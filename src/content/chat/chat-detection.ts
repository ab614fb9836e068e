// Notices chat widgets on a watched page (or inside a vendor's frame) and says so once, so that the
// background loads the reader for that vendor. Runs in every watched page: it only looks when the page
// is idle after load, then at most once a second while the DOM changes.
import type { ContentMessage } from "../../messaging/messages";
import { sendToBackground } from "../extension-api";
import { CHAT_SIGNATURES, VENDOR_WIDGETS } from "./chat-signatures";
import { conversationRegions } from "./conversation-shape";
import { shadowRootsUnder } from "./shadow-roots";

export interface ChatFound {
  /** Vendors whose conversation may be read in this document ("generic" when no vendor is known). */
  vendors: string[];
  /** Hosts of the vendor frames embedded here (this page's own host for script-written frames). */
  frameHosts: string[];
}

const CHECK_DELAY_MS = 1000;
/** Past this many added subtrees before a check, the whole document is looked through again. */
const MAX_PENDING = 200;

/** The host whose content a vendor frame shows; a frame written by script shares the page's. */
function frameHost(frame: Element): string | undefined {
  const src = frame.getAttribute("src") ?? "";
  if (src === "" || src.startsWith("about:") || src.startsWith("javascript:")) return location.hostname || undefined;
  try {
    const url = new URL(src, location.href);
    if (url.protocol === "http:" || url.protocol === "https:") return url.hostname;
    return url.protocol === "blob:" ? location.hostname : undefined;
  } catch {
    return undefined;
  }
}

export function findChats(roots: Iterable<Document | ShadowRoot>, frameName: string, lookForGeneric = true): ChatFound {
  const vendors = new Set<string>();
  const frameHosts = new Set<string>();
  const all = Array.from(roots);
  for (const [vendor, sign] of Object.entries(CHAT_SIGNATURES)) {
    if (sign.frameName && frameName === sign.frameName) vendors.add(vendor);
    for (const root of all) {
      if (sign.inPage && root.querySelector(sign.inPage)) vendors.add(vendor);
      if (!sign.frame) continue;
      for (const frame of Array.from(root.querySelectorAll(sign.frame))) {
        const host = frameHost(frame);
        if (host) frameHosts.add(host);
      }
    }
  }
  if (lookForGeneric && vendors.size === 0 && all.some((root) => conversationRegions(root, VENDOR_WIDGETS).length > 0)) vendors.add("generic");
  return { vendors: Array.from(vendors), frameHosts: Array.from(frameHosts) };
}

/** Starts looking for chats in this document; what is found is told to the background once. */
export function startChatDetection(): void {
  watchForChats((found) => {
    const message: ContentMessage = { type: "chat.detected", ...found };
    // Nothing to retry: a page that is not (or no longer) watched is refused, and that is final.
    sendToBackground(message).catch(() => undefined);
  });
}

export function watchForChats(report: (found: ChatFound) => void): void {
  const roots = new Set<Document | ShadowRoot>();
  const reported = new Set<string>();
  let pending: Node[] | "all" = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (pending === "all") break;
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        if (pending.length >= MAX_PENDING) {
          pending = "all";
          break;
        }
        pending.push(node);
      }
    }
    timer ??= setTimeout(check, CHECK_DELAY_MS);
  });

  const adopt = (root: Document | ShadowRoot): void => {
    if (roots.has(root)) return;
    roots.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["src", "role", "aria-live", "class", "id"] });
    shadowRootsUnder(root).forEach(adopt);
  };

  function check(): void {
    timer = undefined;
    const added = pending;
    pending = [];
    if (added === "all") shadowRootsUnder(document).forEach(adopt);
    else for (const node of added) if (node.isConnected) shadowRootsUnder(node).forEach(adopt);
    // Once anything was reported, a generic chat would not be: do not read the live regions again.
    const found = findChats(roots, window.name, reported.size === 0);
    const vendors = found.vendors.filter((v) => !reported.has(`v:${v}`));
    const frameHosts = found.frameHosts.filter((h) => !reported.has(`h:${h}`));
    if (vendors.length === 0 && frameHosts.length === 0) return;
    vendors.forEach((v) => reported.add(`v:${v}`));
    frameHosts.forEach((h) => reported.add(`h:${h}`));
    report({ vendors, frameHosts });
  }

  const begin = (): void => {
    adopt(document);
    check();
  };
  const whenIdle = (): void => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(begin, { timeout: 2000 });
    else setTimeout(begin, 0);
  };
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}
