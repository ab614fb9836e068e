// Turns what a chat widget shows, read again and again as it re-renders, into a transcript in which
// each message appears once: re-rendering the whole list, or reloading the widget, adds nothing.

export type ChatSide = "person" | "agent" | "bot" | "system";

/** One message as a widget shows it right now. */
export interface ShownMessage {
  side: ChatSide;
  author?: string;
  text: string;
  /** The time the widget prints next to the message, as printed ("10:42", "il y a 2 min"). */
  shownTime?: string;
  /** The vendor's own id for the message, when its DOM carries one. */
  vendorId?: string;
}

export type TranscriptEntry =
  | { type: "message"; key: string; message: ShownMessage }
  | { type: "handoff"; key: string; from?: string; to: string; side: ChatSide };

/** A short, stable fingerprint (FNV-1a, 64 bits as hex). Not a security hash: a dedupe key. */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

// A recorder hands the same reading objects back on every update while the widget does not change
// them: hashing each message once keeps a long chat's updates cheap.
const fingerprints = new WeakMap<ShownMessage, string>();

function baseFingerprint(m: ShownMessage): string {
  let base = fingerprints.get(m);
  if (base === undefined) {
    base = fingerprint(`${m.side}\u0000${m.author ?? ""}\u0000${m.text}\u0000${m.shownTime ?? ""}`);
    fingerprints.set(m, base);
  }
  return base;
}

/**
 * Keys for the messages of one reading. Without a vendor id, a message is known by what it says, who
 * said it and when the widget says it was said, plus how many identical messages came before it
 * ("ok" twice is two messages).
 */
export function messageKeys(messages: readonly ShownMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    if (m.vendorId) return `id:${m.vendorId}`;
    const base = baseFingerprint(m);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `fp:${base}:${n}`;
  });
}

export interface Transcript {
  /** Reads the widget's current list; returns only what is new since the last reading. */
  update(messages: readonly ShownMessage[]): TranscriptEntry[];
  /** Number of distinct messages recorded so far. */
  size(): number;
}

/** `known` lets a transcript resume after a reload without repeating what it already sent. */
export function createTranscript(known: Iterable<string> = []): Transcript {
  const recorded = new Set<string>(known);
  // Who answered last (a bot or an agent): a new name there is a hand-off, not a new chat.
  let lastResponder: string | undefined;
  let lastResponderSide: ChatSide | undefined;
  return {
    update(messages) {
      const keys = messageKeys(messages);
      const fresh: TranscriptEntry[] = [];
      messages.forEach((message, i) => {
        const key = keys[i] as string;
        const answers = message.side === "agent" || message.side === "bot";
        // Widgets print the name once over a run of messages: an unnamed one is the same responder's.
        const sameRun = message.author === undefined && message.side === lastResponderSide;
        const responder = answers ? (sameRun ? lastResponder : (message.author ?? message.side)) : undefined;
        if (responder !== undefined && lastResponder !== undefined && responder !== lastResponder && !recorded.has(key)) {
          fresh.push({ type: "handoff", key: `handoff:${key}`, from: lastResponder, to: responder, side: message.side });
        }
        if (responder !== undefined) {
          lastResponder = responder;
          lastResponderSide = message.side;
        }
        if (recorded.has(key)) return;
        recorded.add(key);
        fresh.push({ type: "message", key, message });
      });
      return fresh;
    },
    size: () => Array.from(recorded).filter((k) => !k.startsWith("handoff:")).length,
  };
}
