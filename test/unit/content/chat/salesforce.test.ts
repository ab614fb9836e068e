// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true}}
// The Salesforce messaging reader in its fixture's chat window (vendors/salesforce/markup.js: Lightning web
// components, each behind its own shadow root), and detection of the messaging frame from the page and
// from inside (its name).
import { describe, expect, it } from "vitest";
import { findChats } from "../../../../src/content/chat/chat-detection";
import { salesforceAdapter } from "../../../../src/content/chat/vendors/salesforce";
import { mountChatWindow, salesforceEntry } from "../../../fixtures/sites/vendors/salesforce/markup.js";
import { MESSAGES, expectedReadings } from "./conversation-fixture";

const blank = () => new DOMParser().parseFromString("<!doctype html><html><head></head><body></body></html>", "text/html");

describe("Salesforce messaging reader, in the stand-in's chat window (vendors/salesforce)", () => {
  it("finds the list through the components' shadow roots and reads each entry inside its own", () => {
    const doc = blank();
    const { list, layout } = mountChatWindow(doc, doc.body);
    list.append(...MESSAGES.map((m) => salesforceEntry(doc, m)));
    expect(doc.querySelector(".cwc-message-list")).toBeNull();
    expect(salesforceAdapter.findLog(doc)).toBe(list);
    const shown = salesforceAdapter.messages(list).map((m) => salesforceAdapter.read(m));
    expect(shown).toEqual(expectedReadings().map((m, i) => ({ ...m, vendorId: `0Mw${MESSAGES[i]?.id}` })));
    expect(salesforceAdapter.hasEnded?.(list, [])).toBe(false);
    layout.setAttribute("data-conversation-status", "closed");
    expect(salesforceAdapter.hasEnded?.(list, [])).toBe(true);
  });

  it("tells the bot by the Chatbot role whatever its name, and keeps paragraphs as lines", () => {
    const doc = blank();
    const entry = salesforceEntry(doc, { id: "b1", side: "bot", author: "Yellow", text: "Hi!\nHow can I help?", time: "9:05 AM" });
    expect(salesforceAdapter.read(entry)).toEqual({ side: "bot", author: "Yellow", text: "Hi!\nHow can I help?", shownTime: "9:05 AM", vendorId: "0Mwb1" });
  });

  it("finds no conversation on a page without the window", () => {
    expect(salesforceAdapter.findLog(new DOMParser().parseFromString("<main><form><textarea></textarea></form></main>", "text/html"))).toBeUndefined();
  });

  it("detection follows the messaging frame to the site's host, and names Salesforce inside it", () => {
    const page = new DOMParser().parseFromString(
      `<div class="embedded-messaging"><iframe id="embeddedMessagingFrame" name="embeddedMessagingFrame" class="embeddedMessagingFrame" src="https://yellow.my.site.com/ESWYellow1700000000000/"></iframe></div>`,
      "text/html",
    );
    expect(findChats([page], "")).toEqual({ vendors: [], frameHosts: ["yellow.my.site.com"] });
    expect(findChats([blank()], "embeddedMessagingFrame").vendors).toEqual(["salesforce"]);
  });
});
