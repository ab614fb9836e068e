// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true}}
// The Freshchat reader in its fixture's chat window (vendors/freshchat/widget.html, messages drawn with
// markup.js), and detection of Freshchat's frame from the page and from inside (its name).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChats } from "../../../../src/content/chat/chat-detection";
import { freshchatAdapter } from "../../../../src/content/chat/vendors/freshchat";
import { freshchatMessage } from "../../../fixtures/sites/vendors/freshchat/markup.js";
import { MESSAGES, expectedReadings } from "./conversation-fixture";

const chatWindow = () =>
  new DOMParser().parseFromString(readFileSync(join(process.cwd(), "test/fixtures/sites/vendors/freshchat/widget.html"), "utf8").replace(/<script[\s\S]*?<\/script>/g, ""), "text/html");

describe("Freshchat reader, in the stand-in's chat window (vendors/freshchat/widget.html)", () => {
  it("reads each message with its side, name, time and message id, and the end of the conversation", () => {
    const doc = chatWindow();
    const list = doc.querySelector(".fc-conversation") as Element;
    list.append(...MESSAGES.map((m) => freshchatMessage(doc, m)));
    expect(freshchatAdapter.findLog(doc)).toBe(list);
    const shown = freshchatAdapter.messages(list).map((m) => freshchatAdapter.read(m));
    expect(shown).toEqual(expectedReadings().map((m, i) => ({ ...m, vendorId: MESSAGES[i]?.id })));
    expect(freshchatAdapter.hasEnded?.(list, [])).toBe(false);
    doc.querySelector(".fc-conversation-view")?.setAttribute("data-status", "resolved");
    expect(freshchatAdapter.hasEnded?.(list, [])).toBe(true);
  });

  it("tells a bot by its data-bot mark even under a person's name, and keeps paragraphs as lines", () => {
    const doc = chatWindow();
    const line = freshchatMessage(doc, { id: "b1", side: "bot", author: "Freddy", text: "Hi!\nHow can I help?", time: "9:05 AM" });
    expect(freshchatAdapter.read(line)).toEqual({ side: "bot", author: "Freddy", text: "Hi!\nHow can I help?", shownTime: "9:05 AM", vendorId: "b1" });
  });

  it("finds no conversation on a page without the widget", () => {
    expect(freshchatAdapter.findLog(new DOMParser().parseFromString("<main><form><textarea></textarea></form></main>", "text/html"))).toBeUndefined();
  });

  it("detection follows iframe#fc_widget to the widget's host, and names Freshchat inside the frame", () => {
    const page = new DOMParser().parseFromString(`<div id="fc_frame"><iframe id="fc_widget" name="fc_widget" src="https://wchat.freshchat.com/widget/?token=x"></iframe></div>`, "text/html");
    expect(findChats([page], "")).toEqual({ vendors: [], frameHosts: ["wchat.freshchat.com"] });
    expect(findChats([chatWindow()], "fc_widget").vendors).toEqual(["freshchat"]);
  });
});
