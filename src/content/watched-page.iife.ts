// The content script every watched page loads. Kept small: it notices contact attempts (forms,
// mail and phone links) and hands them to the background. Built self-contained (IIFE), never
// exposed to pages; heavier parts (chat adapters) are injected by the background only where needed.
import { startChatDetection } from "./chat/chat-detection";
import { startContactLinks } from "./contact-links";
import { startFileHashing } from "./file-hashes";
import { startFormCapture } from "./form-capture";
import { announcePageLoaded } from "./page-loaded";

function start(): void {
  startFormCapture();
  startFileHashing();
  startContactLinks();
  startChatDetection();
  announcePageLoaded();
}

const marker = Symbol.for("receipts.watching");
const scope = globalThis as typeof globalThis & { [marker]?: true };
if (!scope[marker]) {
  scope[marker] = true;
  start();
}
