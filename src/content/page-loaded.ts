// Tells the background that a watched page finished loading, after the load and when the page is
// idle, so it costs the page nothing. If a form was just sent from this tab, this page is its outcome.
import { sendToBackground } from "./extension-api";

export function announcePageLoaded(): void {
  if (window !== window.top) return;
  const announce = () => {
    const idle = (globalThis as { requestIdleCallback?: (fn: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
    const send = () => void sendToBackground({ type: "page.loaded", title: document.title }).catch(() => undefined);
    if (idle) idle(send, { timeout: 2000 });
    else setTimeout(send, 0);
  };
  if (document.readyState === "complete") announce();
  else window.addEventListener("load", announce, { once: true });
}
