// Loads a vendor's chat reader into the frame where its widget was seen. Each adapter is its own
// self-contained script (content/chat/adapters/<vendor>.iife.ts); only the one needed is injected.
import browser from "webextension-polyfill";
import type { Runtime } from "webextension-polyfill";
import type { ContentMessage, Reply } from "../messaging/messages";
import { failure } from "../messaging/messages";
import { followFrameHosts } from "./chat-frames";

const scripts = import.meta.glob<string>("../content/chat/adapters/*.iife.ts", { query: "?script", import: "default", eager: true });

/** Adapter script by vendor name: adapters/crisp.iife.ts is "crisp". */
export const ADAPTER_SCRIPTS: ReadonlyMap<string, string> = new Map(
  Object.entries(scripts).map(([path, file]) => [path.replace(/^.*\/([^/]+)\.iife\.ts$/, "$1"), file]),
);

export async function injectAdapters(tabId: number, frameId: number, vendors: readonly string[]): Promise<string[]> {
  const known = vendors.filter((vendor) => ADAPTER_SCRIPTS.has(vendor));
  const injected = await Promise.all(
    known.map((vendor) =>
      browser.scripting
        .executeScript({ target: { tabId, frameIds: [frameId] }, files: [ADAPTER_SCRIPTS.get(vendor) as string] })
        .then(() => vendor)
        .catch(() => undefined),
    ),
  );
  return injected.filter((v): v is string => v !== undefined);
}

/** A watched page (or a vendor frame in it) shows a chat: read it there, and follow the vendor's frames. */
export async function chatDetected(message: Extract<ContentMessage, { type: "chat.detected" }>, sender: Runtime.MessageSender): Promise<Reply> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return failure("forbidden", "Chats are read in tabs only.");
  const injected = await injectAdapters(tabId, sender.frameId ?? 0, message.vendors);
  const waiting = await followFrameHosts(tabId, message.frameHosts);
  return { ok: true, injected, waiting };
}
