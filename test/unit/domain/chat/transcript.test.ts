// The transcript: each message once however often the widget re-renders, hand-offs when a new responder
// answers, and a resumed transcript repeats nothing.
import { describe, expect, it } from "vitest";
import { createTranscript, messageKeys, type ShownMessage } from "../../../../src/domain/chat/transcript";

const bot: ShownMessage = { side: "bot", author: "Yellow Assistant", text: "Hello! How can I help?", shownTime: "10:00" };
const person: ShownMessage = { side: "person", text: "My line is down.", shownTime: "10:01" };
const marie: ShownMessage = { side: "agent", author: "Marie", text: "Hello, I am Marie.", shownTime: "10:02" };
const paul: ShownMessage = { side: "agent", author: "Paul", text: "Paul here.", shownTime: "10:04" };

const texts = (entries: ReturnType<ReturnType<typeof createTranscript>["update"]>) =>
  entries.map((e) => (e.type === "message" ? `${e.message.side}: ${e.message.text}` : `handoff ${e.from ?? "?"} -> ${e.to} (${e.side})`));

describe("createTranscript", () => {
  it("returns only what is new at each reading, in the order shown", () => {
    const t = createTranscript();
    expect(texts(t.update([bot]))).toEqual(["bot: Hello! How can I help?"]);
    expect(texts(t.update([bot, person]))).toEqual(["person: My line is down."]);
    expect(texts(t.update([bot, person]))).toEqual([]);
    expect(t.size()).toBe(2);
  });

  it("adds nothing when the widget redraws its whole list with new objects", () => {
    const t = createTranscript();
    t.update([bot, person, marie]);
    const redrawn = [bot, person, marie].map((m) => ({ ...m }));
    expect(t.update(redrawn)).toEqual([]);
  });

  it("keeps the same message said twice as two messages", () => {
    const t = createTranscript();
    const ok = { side: "person", text: "ok", shownTime: "10:05" } as const;
    expect(texts(t.update([ok, { ...ok }]))).toEqual(["person: ok", "person: ok"]);
    expect(t.update([ok, { ...ok }])).toEqual([]);
    expect(texts(t.update([ok, { ...ok }, { ...ok }]))).toEqual(["person: ok"]);
  });

  it("knows a message by the vendor's id when the widget shows one, even if its text is edited", () => {
    const t = createTranscript();
    t.update([{ ...marie, vendorId: "e1" }]);
    expect(t.update([{ ...marie, text: "Hello, I am Marie (edited).", vendorId: "e1" }])).toEqual([]);
    expect(messageKeys([{ ...marie, vendorId: "e1" }])).toEqual(["id:e1"]);
  });

  it("reports a hand-off when another responder answers: bot to agent, agent to agent", () => {
    const t = createTranscript();
    expect(texts(t.update([bot, person, marie]))).toEqual([
      "bot: Hello! How can I help?",
      "person: My line is down.",
      "handoff Yellow Assistant -> Marie (agent)",
      "agent: Hello, I am Marie.",
    ]);
    expect(texts(t.update([bot, person, marie, paul]))).toEqual(["handoff Marie -> Paul (agent)", "agent: Paul here."]);
    // Re-reading the list does not hand off again.
    expect(t.update([bot, person, marie, paul])).toEqual([]);
  });

  it("takes an unnamed reply in a run of the same responder's messages as theirs, not as a hand-off", () => {
    const t = createTranscript();
    const unnamed: ShownMessage = { side: "agent", text: "One moment please.", shownTime: "10:03" };
    expect(texts(t.update([marie, unnamed]))).toEqual(["agent: Hello, I am Marie.", "agent: One moment please."]);
  });

  it("resumes from known keys without repeating them (a reloaded widget)", () => {
    const first = createTranscript();
    first.update([bot, person]);
    const resumed = createTranscript(messageKeys([bot, person]));
    expect(texts(resumed.update([bot, person, marie]))).toEqual(["handoff Yellow Assistant -> Marie (agent)", "agent: Hello, I am Marie."]);
  });

  it("tells messages apart by side, author, text and shown time", () => {
    const keys = messageKeys([person, { ...person, shownTime: "10:09" }, { ...person, side: "agent" }, { ...person, author: "You" }]);
    expect(new Set(keys).size).toBe(4);
  });
});
