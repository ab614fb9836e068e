// "Record this chat": outlines what the pointer is over; a click picks the conversation there and the
// generic reader follows it. Escape, or two minutes without a click, puts the picker away.
import { recordChat } from "./chat-recorder";
import { conversationAround, pickedAdapter } from "./vendors/picked";

const PICK_TIMEOUT_MS = 120_000;

function hint(): string {
  const api = (globalThis as { chrome?: { i18n?: { getMessage(key: string): string } } }).chrome;
  return api?.i18n?.getMessage("chatPickHint") || "Click the conversation to record it. Esc cancels.";
}

function startPicker(): void {
  const outline = document.createElement("div");
  outline.style.cssText = "position:fixed;pointer-events:none;z-index:2147483647;border:3px solid #c2410c;background:rgba(194,65,12,.08);border-radius:4px;display:none";
  const label = document.createElement("div");
  label.textContent = hint();
  label.style.cssText = "position:fixed;left:12px;top:12px;z-index:2147483647;background:#111;color:#fff;font:14px/1.4 system-ui,sans-serif;padding:8px 12px;border-radius:6px;pointer-events:none";
  document.documentElement.append(outline, label);

  const onMove = (event: MouseEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const box = conversationAround(target).getBoundingClientRect();
    Object.assign(outline.style, { display: "block", left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
  };
  const onClick = (event: MouseEvent): void => {
    const target = event.composedPath()[0];
    if (!event.isTrusted || !(target instanceof Element)) return;
    // The click picks; it must not also press whatever it landed on.
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
    recordChat(pickedAdapter(conversationAround(target))).flush();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape") stop();
  };
  const timeout = setTimeout(stop, PICK_TIMEOUT_MS);
  function stop(): void {
    clearTimeout(timeout);
    outline.remove();
    label.remove();
    window.removeEventListener("mousemove", onMove, true);
    window.removeEventListener("click", onClick, true);
    window.removeEventListener("keydown", onKey, true);
  }
  window.addEventListener("mousemove", onMove, true);
  window.addEventListener("click", onClick, true);
  window.addEventListener("keydown", onKey, true);
}

startPicker();
