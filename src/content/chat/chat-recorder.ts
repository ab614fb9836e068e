// Follows one chat widget's conversation and records it while it happens: each message once, in
// order, with hand-offs, start and end. Reads only what changed since the last look, and looks at most
// every quarter of a second (once a second while messages keep coming), so a busy chat costs little.
import { chatCaptureKey } from "../../domain/chat/chat-keys";
import { createTranscript, fingerprint, messageKeys, type ShownMessage, type Transcript, type TranscriptEntry } from "../../domain/chat/transcript";
import type { CapturedEvidence } from "../../domain/evidence";
import { createChatSender, type ChatCapture } from "./chat-delivery";

/** How one vendor's widget shows a conversation. Reading only: an adapter never changes the page. */
export interface ChatAdapter {
  vendor: string;
  /** The element that holds the conversation's messages, or undefined while none is shown. */
  findLog(doc: Document): Element | undefined;
  /** The message elements of the log, in the order shown. */
  messages(log: Element): Element[];
  /** One message as shown; undefined for what is not one (typing dots, date separators). */
  read(message: Element): ShownMessage | undefined;
  /** The vendor's own id of the conversation, when its DOM shows one. */
  conversationKey?(log: Element): string | undefined;
  /** Whether the widget shows the chat as over (a closing line, a closed state). */
  hasEnded?(log: Element, shown: readonly ShownMessage[]): boolean;
}

export interface RecorderOptions {
  doc?: Document;
  send?: (message: ChatCapture) => void;
  /** Quiet time after a change before reading, and the longest wait while changes keep coming. */
  quietMs?: number;
  maxWaitMs?: number;
  /** How often to look for the conversation while the widget shows none. */
  lookMs?: number;
}

export interface ChatRecorder {
  /** Reads now instead of waiting (tests, and the first look). */
  flush(): void;
  stop(): void;
}

type MessagePayload = Extract<CapturedEvidence, { kind: "message" }>["payload"];

interface Conversation {
  key: string;
  transcript: Transcript;
  started: boolean;
  endedAfter?: string;
}

/** Without a vendor id, a conversation is known by its first message (stable across reloads of the widget). */
function derivedKey(first: ShownMessage): string {
  return fingerprint(messageKeys([first])[0] ?? "");
}

export function recordChat(adapter: ChatAdapter, options: RecorderOptions = {}): ChatRecorder {
  const doc = options.doc ?? document;
  const send = options.send ?? createChatSender();
  const quietMs = options.quietMs ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const readings = new WeakMap<Element, ShownMessage | null>();
  const observedRoots = new WeakSet<Node>();
  let log: Element | undefined;
  let conversation: Conversation | undefined;
  let firstChange = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** A change inside a message makes it be read again; other messages keep their reading. */
  const forget = (target: Node): void => {
    for (let node: Node | null = target; node && node !== log; node = node.parentNode) {
      if (readings.delete(node as Element)) return;
    }
  };

  const observer = new MutationObserver((records) => {
    const current = log;
    if (current && current.isConnected && !records.some((r) => current.contains(r.target))) return;
    for (const record of records) forget(record.target);
    schedule();
  });

  function schedule(): void {
    const now = Date.now();
    if (firstChange === 0) firstChange = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(quietMs, firstChange + maxWaitMs - now)));
  }

  const emit = (c: Conversation, entryKey: string, payload: Omit<MessagePayload, "conversationId" | "vendor">): void => {
    send({
      type: "capture.record",
      captureKey: chatCaptureKey(adapter.vendor, c.key, entryKey),
      title: doc.title,
      evidence: { kind: "message", payload: { conversationId: `${adapter.vendor}:${c.key}`, vendor: adapter.vendor, ...payload } },
    });
  };

  const emitEntry = (c: Conversation, entry: TranscriptEntry): void => {
    if (entry.type === "handoff") {
      emit(c, entry.key, { event: "handoff", side: entry.side, author: entry.to, ...(entry.from !== undefined ? { previousAuthor: entry.from } : {}), text: "" });
      return;
    }
    const { side, author, text, shownTime } = entry.message;
    emit(c, entry.key, { event: "message", side, text, ...(author !== undefined ? { author } : {}), ...(shownTime !== undefined ? { shownTime } : {}) });
  };

  function flush(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstChange = 0;
    if (!log || !log.isConnected) {
      log = adapter.findLog(doc);
      if (!log) return;
      const root = log.getRootNode();
      if (!observedRoots.has(root)) {
        observedRoots.add(root);
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      }
    }
    const shown: ShownMessage[] = [];
    for (const element of adapter.messages(log)) {
      let reading = readings.get(element);
      if (reading === undefined) {
        reading = adapter.read(element) ?? null;
        readings.set(element, reading);
      }
      if (reading) shown.push(reading);
    }
    const first = shown[0];
    if (!first) return;
    const key = adapter.conversationKey?.(log) ?? conversation?.key ?? derivedKey(first);
    if (!conversation || conversation.key !== key) conversation = { key, transcript: createTranscript(), started: false };
    const c = conversation;
    const entries = c.transcript.update(shown);
    if (!c.started) {
      c.started = true;
      emit(c, "started", { event: "chat-started", side: "system", text: "" });
    }
    for (const entry of entries) emitEntry(c, entry);
    if (adapter.hasEnded?.(log, shown)) {
      const lastKey = messageKeys(shown).at(-1) ?? "";
      if (c.endedAfter !== lastKey) {
        c.endedAfter = lastKey;
        const last = shown.at(-1);
        emit(c, `ended:${lastKey}`, { event: "chat-ended", side: "system", text: last?.side === "system" ? last.text : "" });
      }
    }
  }

  const look = setInterval(() => {
    if (!log || !log.isConnected) flush();
  }, options.lookMs ?? 1000);

  return {
    flush,
    stop() {
      observer.disconnect();
      clearInterval(look);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/** The entry point of each adapter's script: one recorder per vendor and document, however often injected. */
export function startChatRecorder(adapter: ChatAdapter): void {
  const marker = Symbol.for(`receipts.chat.${adapter.vendor}`);
  const scope = globalThis as typeof globalThis & Record<symbol, unknown>;
  if (scope[marker]) return;
  scope[marker] = true;
  recordChat(adapter).flush();
}
