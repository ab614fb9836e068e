// After a contact attempt that does not leave the page (a form sent by script), the page's own
// change is its outcome: a confirmation with its reference, an error, or nothing at all.
import { readOutcome } from "../domain/confirmation";
import { recordOutcome } from "./capture-channel";

const GIVE_UP_MS = 15_000;
const SETTLE_MS = 300;
const TEXT_LIMIT = 20_000;

function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
  if (node instanceof HTMLElement) return node.innerText || node.textContent || "";
  return node.textContent ?? "";
}

/** Watches the page for what it says after the attempt; records one outcome, then stops. */
export function watchOutcome(attemptCaptureKey: string): void {
  let seen = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (status: "confirmed" | "error" | "unconfirmed", reference?: string) => {
    observer.disconnect();
    clearTimeout(giveUp);
    clearTimeout(timer);
    window.removeEventListener("pagehide", leave);
    recordOutcome({ attemptCaptureKey, status, ...(seen ? { text: seen.slice(0, TEXT_LIMIT) } : {}), ...(reference ? { reference } : {}) });
  };
  const examine = () => {
    const reading = readOutcome(seen);
    if (reading.status !== "unconfirmed") finish(reading.status, reading.reference);
  };
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === "characterData") seen += `\n${m.target.textContent ?? ""}`;
      m.addedNodes.forEach((n) => (seen += `\n${textOf(n)}`));
    }
    clearTimeout(timer);
    timer = setTimeout(examine, SETTLE_MS);
  });
  // Leaving the page hands over to the background, which reads the next page in the tab.
  const leave = () => {
    observer.disconnect();
    clearTimeout(giveUp);
    clearTimeout(timer);
  };
  const giveUp = setTimeout(() => finish("unconfirmed"), GIVE_UP_MS);
  window.addEventListener("pagehide", leave, { once: true });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
