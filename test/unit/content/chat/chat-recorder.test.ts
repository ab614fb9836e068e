// @vitest-environment happy-dom
// The recorder: reads what changed, sends each entry once in order with a derived capture key, survives
// redraws and replaced lists, and a recorder started again (a reloaded frame) sends the very same keys.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recordChat, type ChatAdapter, type ChatRecorder } from "../../../../src/content/chat/chat-recorder";
import type { ChatCapture } from "../../../../src/content/chat/chat-delivery";
import { genericAdapter } from "../../../../src/content/chat/vendors/generic";
import { genericMessage } from "../../../fixtures/sites/vendors/generic/markup.js";
import type { FixtureMessage } from "../../../fixtures/sites/vendors/shared/conversation";
import { MESSAGES } from "./conversation-fixture";

let sent: ChatCapture[];
let recorders: ChatRecorder[];
let log: HTMLElement;

function start(adapter: ChatAdapter = genericAdapter): ChatRecorder {
  const recorder = recordChat(adapter, { send: (m) => sent.push(m) });
  recorders.push(recorder);
  recorder.flush();
  return recorder;
}

const add = (...messages: FixtureMessage[]) => log.append(...messages.map((m) => genericMessage(document, m)));
const lines = () => sent.map((m) => (m.evidence.kind === "message" ? `${m.evidence.payload.event}:${m.evidence.payload.text}` : "?"));

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  recorders = [];
  document.title = "Live help — Yellow Telecom";
  document.body.innerHTML = `<section><div class="chat-log" role="log" aria-live="polite"></div></section>`;
  log = document.querySelector(".chat-log") as HTMLElement;
});

afterEach(() => {
  recorders.forEach((r) => r.stop());
  vi.useRealTimers();
});

describe("recordChat", () => {
  it("sends the start, then each message and hand-off in order, as message evidence", async () => {
    add(...MESSAGES.slice(0, 2));
    start();
    expect(lines()).toEqual(["chat-started:", "message:Hello! How can I help you today?", "message:My line has been down since Monday."]);
    add(...MESSAGES.slice(2, 4));
    await vi.advanceTimersByTimeAsync(300);
    expect(lines().slice(3)).toEqual([`message:${MESSAGES[2]?.text}`, "handoff:", `message:${MESSAGES[3]?.text}`]);
    const [started, greeting] = sent;
    expect(started).toMatchObject({ type: "capture.record", title: "Live help — Yellow Telecom", evidence: { kind: "message", payload: { event: "chat-started", side: "system", vendor: "generic" } } });
    expect(greeting?.evidence.payload).toEqual({
      conversationId: started?.evidence.kind === "message" ? started.evidence.payload.conversationId : "",
      vendor: "generic",
      event: "message",
      side: "bot",
      author: "Yellow Assistant",
      text: "Hello! How can I help you today?",
      shownTime: "10:00",
    });
    expect(sent[4]?.evidence.payload).toMatchObject({ event: "handoff", side: "agent", author: "Marie <b>D.</b>", previousAuthor: "Yellow Assistant" });
    expect(new Set(sent.map((m) => m.captureKey)).size).toBe(sent.length);
  });

  it("records nothing again when the list is redrawn or replaced, and goes on after", async () => {
    add(...MESSAGES.slice(0, 4));
    start();
    const count = sent.length;
    log.replaceChildren(...MESSAGES.slice(0, 4).map((m) => genericMessage(document, m)));
    await vi.advanceTimersByTimeAsync(300);
    const fresh = document.createElement("div");
    fresh.setAttribute("role", "log");
    fresh.append(...MESSAGES.slice(0, 4).map((m) => genericMessage(document, m)));
    log.replaceWith(fresh);
    log = fresh;
    await vi.advanceTimersByTimeAsync(1100);
    expect(sent).toHaveLength(count);
    add(MESSAGES[4] as FixtureMessage);
    await vi.advanceTimersByTimeAsync(300);
    expect(lines().slice(count)).toEqual(["handoff:", `message:${MESSAGES[4]?.text}`]);
  });

  it("sends the same capture keys when started again on the same conversation (a reloaded frame)", () => {
    add(...MESSAGES);
    start();
    const first = sent.map((m) => m.captureKey);
    recorders[0]?.stop();
    sent = [];
    log.replaceChildren(...MESSAGES.map((m) => genericMessage(document, m)));
    start();
    expect(sent.map((m) => m.captureKey)).toEqual(first);
  });

  it("sends the end once, when the widget shows it", async () => {
    add(...MESSAGES);
    start();
    expect(lines().slice(-2)).toEqual(["message:The chat has ended.", "chat-ended:The chat has ended."]);
    log.append(document.createElement("span"));
    await vi.advanceTimersByTimeAsync(300);
    expect(lines().filter((l) => l.startsWith("chat-ended"))).toHaveLength(1);
  });

  it("reads again only the messages that changed", async () => {
    const read = vi.fn(genericAdapter.read);
    add(...MESSAGES.slice(0, 3));
    start({ ...genericAdapter, read });
    expect(read).toHaveBeenCalledTimes(3);
    add(MESSAGES[3] as FixtureMessage);
    await vi.advanceTimersByTimeAsync(300);
    expect(read).toHaveBeenCalledTimes(4);
    const text = log.querySelectorAll(".chat-msg__text")[1] as Element;
    text.textContent = "My line has been down since Monday (edited).";
    await vi.advanceTimersByTimeAsync(300);
    expect(read).toHaveBeenCalledTimes(5);
    expect(lines().at(-1)).toBe("message:My line has been down since Monday (edited).");
  });

  it("reads once for a burst of changes, and at least once a second while they keep coming", async () => {
    const messages = vi.fn(genericAdapter.messages);
    add(MESSAGES[0] as FixtureMessage);
    start({ ...genericAdapter, messages });
    const before = messages.mock.calls.length;
    for (let i = 0; i < 5; i++) add({ id: `b${i}`, side: "agent", author: "Marie", text: `burst ${i}`, time: "10:10" });
    await vi.advanceTimersByTimeAsync(300);
    expect(messages.mock.calls.length - before).toBe(1);
    const during = messages.mock.calls.length;
    for (let i = 0; i < 12; i++) {
      add({ id: `s${i}`, side: "agent", author: "Marie", text: `stream ${i}`, time: "10:11" });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(messages.mock.calls.length - during).toBeGreaterThanOrEqual(1);
    expect(messages.mock.calls.length - during).toBeLessThanOrEqual(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(lines().filter((l) => l.startsWith("message:stream"))).toHaveLength(12);
  });

  it("waits for a conversation that is not shown yet", async () => {
    log.remove();
    start();
    expect(sent).toEqual([]);
    document.body.innerHTML = `<div role="log"></div>`;
    log = document.querySelector("[role=log]") as HTMLElement;
    add(MESSAGES[0] as FixtureMessage);
    await vi.advanceTimersByTimeAsync(1100);
    expect(lines()).toEqual(["chat-started:", `message:${MESSAGES[0]?.text}`]);
  });
});
