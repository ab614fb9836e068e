// A recorded chat line as the popup and the timeline show it: names, shown times, hand-offs, start and
// end in words (both languages' tables), and captured text as plain text.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { join } from "node:path";

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const table = (await import(/* @vite-ignore */ `file://${join(process.cwd(), "locales/messages.mjs")}`)) as {
  LOCALES: Record<string, number>;
  messagesFor(index: number): Record<string, ChromeMessage>;
};
let language = "en";
const getMessage = (key: string, subs?: string | string[]) => {
  const entry = table.messagesFor(table.LOCALES[language] ?? 0)[key];
  if (!entry) return "";
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_m, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? "").replace(/\$(\d)/g, (_n, i: string) => list[Number(i) - 1] ?? ""),
  );
};
vi.mock("webextension-polyfill", () => ({ default: { i18n: { getMessage: (k: string, s?: string | string[]) => getMessage(k, s), getUILanguage: () => language } } }));

const { chatLine } = await import("../../../src/ui/chat-line");

const base = { conversationId: "tab-7/crisp:abc", vendor: "crisp" };

beforeEach(() => {
  language = "en";
});

describe("chatLine", () => {
  it("reads a message as name (shown time): text, and a notice as its text", () => {
    expect(chatLine({ ...base, event: "message", side: "agent", author: "Marie <b>D.</b>", text: "Hello <img src=x>", shownTime: "10:02" })).toBe("Marie <b>D.</b> (10:02): Hello <img src=x>");
    expect(chatLine({ ...base, event: "message", side: "person", text: "My line is down." })).toBe("You: My line is down.");
    expect(chatLine({ ...base, event: "message", side: "system", text: "Marie joined the chat" })).toBe("Marie joined the chat");
  });

  it("says the start, hand-offs and end in words, in English and French", () => {
    expect(chatLine({ ...base, event: "chat-started", side: "system", text: "" })).toBe("Chat started (crisp)");
    expect(chatLine({ ...base, vendor: "generic", event: "chat-started", side: "system", text: "" })).toBe("Chat started");
    expect(chatLine({ ...base, event: "handoff", side: "agent", author: "Paul", previousAuthor: "Marie", text: "" })).toBe("Handed over from Marie to Paul");
    expect(chatLine({ ...base, event: "chat-ended", side: "system", text: "The chat has ended." })).toBe("Chat ended: The chat has ended.");
    language = "fr";
    expect(chatLine({ ...base, event: "handoff", side: "agent", author: "Paul", previousAuthor: "Marie", text: "" })).toBe("Transférée de Marie à Paul");
    expect(chatLine({ ...base, event: "message", side: "person", text: "Bonjour", shownTime: "10:01" })).toBe("Vous (10:01) : Bonjour");
  });

  it("shortens a very long message here (kept whole in the evidence)", () => {
    const line = chatLine({ ...base, event: "message", side: "agent", author: "Marie", text: "x".repeat(2000) });
    expect(line.length).toBeLessThan(600);
    expect(line.endsWith("…")).toBe(true);
  });
});
