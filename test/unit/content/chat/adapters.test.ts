// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true}}
// Each reader against its fixture's own markup (the code that draws the fixture widgets in the browser
// tests): every message read with its side, author, text and shown time; markup in names kept as text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ChatAdapter } from "../../../../src/content/chat/chat-recorder";
import { genericAdapter } from "../../../../src/content/chat/vendors/generic";
import { crispAdapter } from "../../../../src/content/chat/vendors/crisp";
import { liveChatAdapter } from "../../../../src/content/chat/vendors/livechat";
import { intercomAdapter } from "../../../../src/content/chat/vendors/intercom";
import { genericMessage } from "../../../fixtures/sites/vendors/generic/markup.js";
import { crispChatbox, crispMessage } from "../../../fixtures/sites/vendors/crisp/markup.js";
import { liveChatMessage } from "../../../fixtures/sites/vendors/livechat/markup.js";
import { intercomPart, mountMessenger } from "../../../fixtures/sites/vendors/intercom/markup.js";
import { MESSAGES, expectedReadings } from "./conversation-fixture";

const fixture = (path: string) => readFileSync(join(process.cwd(), "test/fixtures/sites", path), "utf8");
/** The fixture's markup without its scripts and style sheets (the test draws the messages itself). */
const parse = (html: string) => new DOMParser().parseFromString(html.replace(/<script[\s\S]*?<\/script>|<link[^>]*>/g, ""), "text/html");

function readAll(adapter: ChatAdapter, doc: Document) {
  const log = adapter.findLog(doc);
  if (!log) throw new Error(`${adapter.vendor}: no conversation found`);
  return { log, shown: adapter.messages(log).map((m) => adapter.read(m)) };
}

describe("generic reader, on Yellow's own chat (yellow/chat-generic.html)", () => {
  it("reads every block of the role=log region", () => {
    const doc = parse(fixture("yellow/chat-generic.html"));
    const log = doc.querySelector(".chat-log") as Element;
    log.append(...MESSAGES.map((m) => genericMessage(doc, m)));
    const { log: found, shown } = readAll(genericAdapter, doc);
    expect(found).toBe(log);
    expect(shown).toEqual(expectedReadings("You"));
    expect(genericAdapter.hasEnded?.(found, expectedReadings("You"))).toBe(true);
  });

  it("finds nothing on a page whose live regions are status lines", () => {
    const doc = parse(`<main><p aria-live="polite">3 results</p><div role="status" aria-live="polite"></div></main>`);
    expect(genericAdapter.findLog(doc)).toBeUndefined();
  });
});

describe("Crisp reader, on the Crisp stand-in (vendors/crisp)", () => {
  it("reads the feed through a closed shadow root when the browser lets extensions open it", () => {
    const doc = parse(fixture("yellow/chat-crisp.html"));
    const { host, root, feed } = crispChatbox(doc, doc.body, "closed");
    feed.append(...MESSAGES.map((m) => crispMessage(doc, m)));
    expect(host.shadowRoot).toBeNull();
    // Firefox's extension-only property; Chromium's chrome.dom is covered by the browser tests.
    Object.defineProperty(host, "openOrClosedShadowRoot", { value: root });
    const { log, shown } = readAll(crispAdapter, doc);
    expect(log).toBe(feed);
    expect(shown).toEqual(expectedReadings());
    expect(crispAdapter.hasEnded?.(log, [])).toBe(false);
    root.querySelector("#crisp-chatbox")?.setAttribute("data-chat-status", "ended");
    expect(crispAdapter.hasEnded?.(log, [])).toBe(true);
  });

  it("reads a chatbox drawn in the page's own DOM (Crisp's usual placement)", () => {
    const doc = parse(`<div class="crisp-client"><div id="crisp-chatbox"><div data-id="messages-feed"></div></div></div>`);
    const feed = doc.querySelector("[data-id=messages-feed]") as Element;
    feed.append(...MESSAGES.map((m) => crispMessage(doc, m)));
    expect(readAll(crispAdapter, doc).shown).toEqual(expectedReadings());
  });

  it("tells a bot from an agent by the name it prints", () => {
    const doc = parse("<div></div>");
    const line = crispMessage(doc, { id: "x", side: "agent", author: "Yellow bot", text: "Hi", time: "9:05 AM" });
    expect(crispAdapter.read(line)).toEqual({ side: "bot", author: "Yellow bot", text: "Hi", shownTime: "9:05 AM" });
  });
});

describe("LiveChat reader, in the LiveChat stand-in's chat window (vendors/livechat/open_chat.html)", () => {
  it("reads each message with the event id LiveChat shows as its key, and the chat's id", () => {
    const doc = parse(fixture("vendors/livechat/open_chat.html"));
    doc.querySelector("[data-testid=chat-window]")?.setAttribute("data-chat-id", "RX42");
    const list = doc.querySelector("[data-testid=message-list]") as Element;
    list.append(...MESSAGES.map((m) => liveChatMessage(doc, m, "RX42")));
    const { log, shown } = readAll(liveChatAdapter, doc);
    expect(shown).toEqual(expectedReadings().map((m, i) => ({ ...m, vendorId: `RX42_${MESSAGES[i]?.id}` })));
    expect(liveChatAdapter.conversationKey?.(log)).toBe("RX42");
  });
});

describe("Intercom reader, in the Messenger the stand-in writes (vendors/intercom)", () => {
  it("reads parts, their metadata line (name · Bot · time) and multi-paragraph texts", () => {
    const doc = parse("<!doctype html><html><head></head><body></body></html>");
    const { parts } = mountMessenger(doc);
    parts.append(...MESSAGES.map((m) => intercomPart(doc, m)));
    parts.append(intercomPart(doc, { id: "m7", side: "agent", author: "Paul", text: "Your reference is YT-48151.\nKeep it.", time: "2m ago" }));
    const { shown } = readAll(intercomAdapter, doc);
    expect(shown).toEqual([...expectedReadings(), { side: "agent", author: "Paul", text: "Your reference is YT-48151.\nKeep it.", shownTime: "2m ago" }]);
  });
});

describe("every reader", () => {
  it.each([genericAdapter, crispAdapter, liveChatAdapter, intercomAdapter])("$vendor finds no conversation on a page without its widget", (adapter) => {
    expect(adapter.findLog(parse("<main><h1>Contact</h1><form><textarea></textarea></form></main>"))).toBeUndefined();
  });
});
