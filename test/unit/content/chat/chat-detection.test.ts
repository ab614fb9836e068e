// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"disableIframePageLoading": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true}}
// Detection in the always-loaded script: vendor marks, vendor frames (with the host they come from),
// the generic live-region signal, shadow roots, and one report per finding.
import { afterEach, describe, expect, it, vi } from "vitest";
import { findChats, watchForChats, type ChatFound } from "../../../../src/content/chat/chat-detection";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const CONVERSATION = `<div role="log"><div class="m">Hello, how can I help?</div><div class="m">My line is down.</div></div>`;

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe("findChats", () => {
  it("names a vendor drawn in the page (Crisp)", () => {
    expect(findChats([parse(`<div class="crisp-client"><div id="crisp-chatbox"></div></div>`)], "")).toEqual({ vendors: ["crisp"], frameHosts: [] });
  });

  it("names the host of a vendor's cross-origin frame (LiveChat), not the vendor: its reader belongs inside", () => {
    const doc = parse(`<div id="chat-widget-container"><iframe id="chat-widget" name="chat-widget" src="https://secure.livechatinc.com/customer/action/open_chat?license_id=1"></iframe></div>`);
    expect(findChats([doc], "")).toEqual({ vendors: [], frameHosts: ["secure.livechatinc.com"] });
  });

  it("names the page's own host for a frame the page writes itself (Intercom, about:blank)", () => {
    const doc = parse(`<div id="intercom-container"><iframe name="intercom-messenger-frame"></iframe></div>`);
    expect(findChats([doc], "")).toEqual({ vendors: [], frameHosts: [location.hostname] });
  });

  it("recognises the vendor from inside its frame by the frame's name", () => {
    expect(findChats([parse("<main></main>")], "chat-widget")).toEqual({ vendors: ["livechat"], frameHosts: [] });
    expect(findChats([parse("<main></main>")], "intercom-messenger-frame")).toEqual({ vendors: ["intercom"], frameHosts: [] });
  });

  it("falls back to the generic signal: a live region holding repeated message blocks", () => {
    expect(findChats([parse(CONVERSATION)], "").vendors).toEqual(["generic"]);
    expect(findChats([parse(`<div aria-live="polite"><p>Marie: hello</p><p>You: hi</p></div>`)], "").vendors).toEqual(["generic"]);
  });

  it("does not take status lines, single notices or a vendor's own region for a generic chat", () => {
    expect(findChats([parse(`<p aria-live="polite">3 results</p><div role="alert" aria-live="assertive"><span>Saved</span></div>`)], "").vendors).toEqual([]);
    expect(findChats([parse(`<div class="crisp-client">${CONVERSATION}</div>`)], "").vendors).toEqual(["crisp"]);
  });
});

describe("watchForChats", () => {
  it("looks once the page is idle, then after changes, and reports each finding once", async () => {
    vi.useFakeTimers();
    const reports: ChatFound[] = [];
    watchForChats((found) => reports.push(found));
    await vi.advanceTimersByTimeAsync(10);
    expect(reports).toEqual([]);

    const client = document.createElement("div");
    client.className = "crisp-client";
    document.body.append(client);
    await vi.advanceTimersByTimeAsync(1100);
    expect(reports).toEqual([{ vendors: ["crisp"], frameHosts: [] }]);

    // The same widget redrawn, and unrelated changes: nothing new to say.
    client.append(document.createElement("span"));
    document.body.append(document.createElement("p"));
    await vi.advanceTimersByTimeAsync(1100);
    const frame = document.createElement("iframe");
    frame.id = "chat-widget";
    frame.src = "https://secure.livechatinc.com/customer/action/open_chat";
    document.body.append(frame);
    await vi.advanceTimersByTimeAsync(1100);
    expect(reports).toEqual([
      { vendors: ["crisp"], frameHosts: [] },
      { vendors: [], frameHosts: ["secure.livechatinc.com"] },
    ]);
  });

  it("finds a conversation inside a shadow root added later, open or closed (through the extension's door)", async () => {
    vi.useFakeTimers();
    const reports: ChatFound[] = [];
    watchForChats((found) => reports.push(found));
    await vi.advanceTimersByTimeAsync(10);
    const host = document.createElement("support-chat");
    const root = host.attachShadow({ mode: "closed" });
    Object.defineProperty(host, "openOrClosedShadowRoot", { value: root });
    document.body.append(host);
    await vi.advanceTimersByTimeAsync(1100);
    expect(reports).toEqual([]);
    // The widget fills its root after mounting: detection observes inside it.
    const log = document.createElement("div");
    log.setAttribute("role", "log");
    log.append(Object.assign(document.createElement("div"), { textContent: "Hello!" }));
    root.append(log);
    await vi.advanceTimersByTimeAsync(1100);
    expect(reports).toEqual([{ vendors: ["generic"], frameHosts: [] }]);
  });
});
