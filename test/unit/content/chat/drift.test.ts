// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true}}
// The Drift reader in the Drift stand-in's chat window (vendors/drift/chat.html, messages drawn by
// markup.js), and detection of Drift's frame from the page and from inside it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChats } from "../../../../src/content/chat/chat-detection";
import { driftAdapter } from "../../../../src/content/chat/vendors/drift";
import { driftMessage } from "../../../fixtures/sites/vendors/drift/markup.js";
import { MESSAGES, expectedReadings } from "./conversation-fixture";

/** The chat window without its script and style (the test draws the messages itself). */
const chatWindow = () =>
  new DOMParser().parseFromString(readFileSync(join(process.cwd(), "test/fixtures/sites/vendors/drift/chat.html"), "utf8").replace(/<script[\s\S]*?<\/script>/g, ""), "text/html");

describe("Drift reader, in the Drift stand-in's chat window (vendors/drift/chat.html)", () => {
  it("reads who wrote each message, its name, bubble and time, and keys the chat by its conversation id", () => {
    const doc = chatWindow();
    const history = doc.querySelector(".drift-widget-message-history") as HTMLElement;
    history.dataset.conversationId = "2004815162";
    history.append(...MESSAGES.map((m) => driftMessage(doc, m)));
    const log = driftAdapter.findLog(doc);
    expect(log).toBe(history);
    expect(driftAdapter.messages(history).map((m) => driftAdapter.read(m))).toEqual(expectedReadings());
    expect(driftAdapter.conversationKey?.(history)).toBe("2004815162");
  });

  it("joins a message's bubbles, and sees the end in the history's state or the closing line", () => {
    const doc = chatWindow();
    const history = doc.querySelector(".drift-widget-message-history") as HTMLElement;
    const message = driftMessage(doc, { id: "m7", side: "agent", author: "Paul", text: "Your reference is YT-48151.", time: "10:05" });
    const second = doc.createElement("div");
    second.className = "drift-widget-chat-bubble";
    second.textContent = "Keep it.";
    message.insertBefore(second, message.querySelector("time"));
    expect(driftAdapter.read(message)).toEqual({ side: "agent", author: "Paul", text: "Your reference is YT-48151.\nKeep it.", shownTime: "10:05" });
    expect(driftAdapter.hasEnded?.(history, [{ side: "agent", text: "Bye" }])).toBe(false);
    expect(driftAdapter.hasEnded?.(history, [{ side: "system", text: "The chat has ended." }])).toBe(true);
    history.dataset.conversationStatus = "closed";
    expect(driftAdapter.hasEnded?.(history, [{ side: "agent", text: "Bye" }])).toBe(true);
  });

  it("finds nothing on a page without the widget", () => {
    expect(driftAdapter.findLog(new DOMParser().parseFromString("<main><div role='log'><p>a</p></div></main>", "text/html"))).toBeUndefined();
  });
});

describe("Drift detection", () => {
  it("follows the frame's host from the page, and names Drift inside the frame by its name", () => {
    const page = new DOMParser().parseFromString(
      `<div id="drift-frame-chat"><iframe id="drift-widget" name="drift-widget" src="https://js.driftt.com/core?d=1&embedId=abc&region=US"></iframe></div>`,
      "text/html",
    );
    expect(findChats([page], "")).toEqual({ vendors: [], frameHosts: ["js.driftt.com"] });
    expect(findChats([chatWindow()], "drift-widget").vendors).toEqual(["drift"]);
  });
});
