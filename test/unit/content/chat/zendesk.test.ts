// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true}}
// The Zendesk reader against the messaging window its fixture writes (vendors/zendesk/markup.js), and
// detection of the widget's frames from the page and of its log from inside the frame.
import { describe, expect, it } from "vitest";
import { findChats } from "../../../../src/content/chat/chat-detection";
import { zendeskAdapter } from "../../../../src/content/chat/vendors/zendesk";
import { mountMessagingWindow, zendeskMessage } from "../../../fixtures/sites/vendors/zendesk/markup.js";
import { MESSAGES, expectedReadings } from "./conversation-fixture";

const blank = () => new DOMParser().parseFromString("<!doctype html><html><head></head><body></body></html>", "text/html");

describe("Zendesk reader, in the messaging window the stand-in writes (vendors/zendesk)", () => {
  it("reads each message's sender, name, text and time; markup in names and texts stays text", () => {
    const doc = blank();
    const { log } = mountMessagingWindow(doc);
    log.append(...MESSAGES.map((m) => zendeskMessage(doc, m)));
    log.append(zendeskMessage(doc, { id: "m7", side: "agent", author: "Paul", text: "Your reference is YT-48151.\nKeep it.", time: "10:05" }));
    expect(zendeskAdapter.findLog(doc)).toBe(log);
    const shown = zendeskAdapter.messages(log).map((m) => zendeskAdapter.read(m));
    expect(shown).toEqual([...expectedReadings(), { side: "agent", author: "Paul", text: "Your reference is YT-48151.\nKeep it.", shownTime: "10:05" }]);
  });

  it("sees the end in the window's state as well as in the closing line", () => {
    const doc = blank();
    const { log } = mountMessagingWindow(doc);
    const reading = { side: "agent" as const, author: "Paul", text: "Goodbye!" };
    expect(zendeskAdapter.hasEnded?.(log, [reading])).toBe(false);
    log.dataset.conversationState = "closed";
    expect(zendeskAdapter.hasEnded?.(log, [reading])).toBe(true);
  });

  it("tells the bot from an agent by its sender, whatever its name", () => {
    const doc = blank();
    expect(zendeskAdapter.read(zendeskMessage(doc, { id: "x", side: "bot", author: "Yellow", text: "Hi", time: "9:05 AM" }))).toEqual({ side: "bot", author: "Yellow", text: "Hi", shownTime: "9:05 AM" });
  });

  it("finds nothing on a page without the widget", () => {
    expect(zendeskAdapter.findLog(new DOMParser().parseFromString("<main><div role='log'><p>a</p></div></main>", "text/html"))).toBeUndefined();
  });
});

describe("Zendesk detection", () => {
  it("follows the page's own host for the script-written frames, and names Zendesk inside the window", () => {
    const page = new DOMParser().parseFromString(`<body><iframe id="launcher" title="Button to launch messaging window"></iframe><iframe title="Messaging window"></iframe></body>`, "text/html");
    const fromPage = findChats([page], "");
    expect(fromPage.vendors).toEqual([]);
    expect(fromPage.frameHosts).toEqual([location.hostname]);
    const classic = new DOMParser().parseFromString(`<body><iframe id="webWidget"></iframe></body>`, "text/html");
    expect(findChats([classic], "").frameHosts).toEqual([location.hostname]);

    const inside = blank();
    mountMessagingWindow(inside);
    expect(findChats([inside], "").vendors).toEqual(["zendesk"]);
  });
});
