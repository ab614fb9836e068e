// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true}}
// The HubSpot reader in the HubSpot stand-in's chat window (vendors/hubspot/conversations-visitor.html,
// messages drawn by markup.js), and detection of HubSpot's frame from the page and of its thread inside it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChats } from "../../../../src/content/chat/chat-detection";
import { hubSpotAdapter } from "../../../../src/content/chat/vendors/hubspot";
import { hubspotMessage } from "../../../fixtures/sites/vendors/hubspot/markup.js";
import { MESSAGES, expectedReadings } from "./conversation-fixture";

/** The chat window without its script (the test draws the messages itself). */
const chatWindow = () =>
  new DOMParser().parseFromString(readFileSync(join(process.cwd(), "test/fixtures/sites/vendors/hubspot/conversations-visitor.html"), "utf8").replace(/<script[\s\S]*?<\/script>/g, ""), "text/html");

describe("HubSpot reader, in the HubSpot stand-in's chat window (vendors/hubspot)", () => {
  it("reads each message's side from its actor id, with name, text, time and message id; keys the chat by its thread", () => {
    const doc = chatWindow();
    const thread = doc.querySelector("[data-test-id=chat-widget-thread]") as HTMLElement;
    thread.dataset.threadId = "7004815162";
    thread.append(...MESSAGES.map((m) => hubspotMessage(doc, m)));
    expect(hubSpotAdapter.findLog(doc)).toBe(thread);
    const shown = hubSpotAdapter.messages(thread).map((m) => hubSpotAdapter.read(m));
    expect(shown).toEqual(expectedReadings().map((m, i) => ({ ...m, vendorId: `msg-${MESSAGES[i]?.id}` })));
    expect(hubSpotAdapter.conversationKey?.(thread)).toBe("7004815162");
  });

  it("takes a bot's actor id over its name, and sees the end in the thread's status", () => {
    const doc = chatWindow();
    const thread = doc.querySelector("[data-test-id=chat-widget-thread]") as HTMLElement;
    const bot = hubspotMessage(doc, { id: "m9", side: "bot", author: "Yellow", text: "Hi", time: "9:05 AM" });
    expect(hubSpotAdapter.read(bot)).toEqual({ side: "bot", author: "Yellow", text: "Hi", shownTime: "9:05 AM", vendorId: "msg-m9" });
    expect(hubSpotAdapter.hasEnded?.(thread, [{ side: "agent", text: "Bye" }])).toBe(false);
    thread.dataset.threadStatus = "CLOSED";
    expect(hubSpotAdapter.hasEnded?.(thread, [{ side: "agent", text: "Bye" }])).toBe(true);
  });

  it("finds nothing on a page without the widget", () => {
    expect(hubSpotAdapter.findLog(new DOMParser().parseFromString("<main><div role='log'><p>a</p></div></main>", "text/html"))).toBeUndefined();
  });
});

describe("HubSpot detection", () => {
  it("follows the frame's host from the page, and names HubSpot inside the frame by its thread", () => {
    const page = new DOMParser().parseFromString(
      `<div id="hubspot-messages-iframe-container" role="region"><div class="shadow-container"></div><iframe id="hubspot-conversations-iframe" title="Chat Widget" src="https://app.hubspot.com/conversations-visitor/48151623/threads/utk/abc"></iframe></div>`,
      "text/html",
    );
    expect(findChats([page], "")).toEqual({ vendors: [], frameHosts: ["app.hubspot.com"] });
    expect(findChats([chatWindow()], "").vendors).toEqual(["hubspot"]);
  });
});
