// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true}}
// The Tawk.to reader on the chat panel its fixture writes (vendors/tawk/markup.js), and the detection of
// Tawk.to's script-written frames from the page and of its panel inside them.
import { describe, expect, it } from "vitest";
import { findChats } from "../../../../src/content/chat/chat-detection";
import { tawkAdapter } from "../../../../src/content/chat/vendors/tawk";
import { mountChatPanel, tawkMessage } from "../../../fixtures/sites/vendors/tawk/markup.js";
import { MESSAGES, expectedReadings } from "./conversation-fixture";

const blank = () => new DOMParser().parseFromString("<!doctype html><html><head></head><body></body></html>", "text/html");

describe("Tawk.to reader, in the chat panel the stand-in writes (vendors/tawk)", () => {
  it("reads each bubble with its side, the group's name line, its time and Tawk's message id", () => {
    const doc = blank();
    const { list } = mountChatPanel(doc);
    list.append(...MESSAGES.map((m) => tawkMessage(doc, m)));
    const log = tawkAdapter.findLog(doc);
    expect(log).toBe(list);
    const shown = tawkAdapter.messages(list).map((m) => tawkAdapter.read(m));
    expect(shown).toEqual(expectedReadings().map((m, i) => (m.side === "system" ? m : { ...m, vendorId: MESSAGES[i]?.id })));
    expect(tawkAdapter.hasEnded?.(list, expectedReadings())).toBe(true);
    expect(tawkAdapter.hasEnded?.(list, expectedReadings().slice(0, -1))).toBe(false);
  });

  it("keeps several paragraphs of one bubble as lines, and markup in a name as text", () => {
    const doc = blank();
    const { list } = mountChatPanel(doc);
    list.append(tawkMessage(doc, { id: "x1", side: "agent", author: "Marie <b>D.</b>", text: "Your reference is YT-48151.\nKeep it.", time: "13:58" }));
    const [bubble] = tawkAdapter.messages(list);
    expect(bubble && tawkAdapter.read(bubble)).toEqual({ side: "agent", author: "Marie <b>D.</b>", text: "Your reference is YT-48151.\nKeep it.", shownTime: "13:58", vendorId: "x1" });
  });

  it("finds no conversation in Tawk's launcher frame nor on a page without the widget", () => {
    const doc = blank();
    doc.body.innerHTML = `<div class="tawk-min-container"><button class="tawk-button">Chat</button></div>`;
    expect(tawkAdapter.findLog(doc)).toBeUndefined();
  });

  it("detection follows the page's 'chat widget' frames to the page's own host, and names Tawk.to inside the panel", () => {
    const page = new DOMParser().parseFromString(`<div id="k2l0a9x1"><iframe id="f1" title="chat widget"></iframe><iframe id="f2" title="chat widget"></iframe></div>`, "text/html");
    expect(findChats([page], "")).toEqual({ vendors: [], frameHosts: [location.hostname] });
    const inside = blank();
    const { list } = mountChatPanel(inside);
    expect(findChats([inside], "").vendors).not.toContain("tawk");
    list.append(tawkMessage(inside, MESSAGES[0] ?? { id: "m1", side: "bot", text: "Hi" }));
    expect(findChats([inside], "").vendors).toEqual(["tawk"]);
  });
});
