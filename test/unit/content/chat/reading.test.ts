// @vitest-environment happy-dom
// How any chat is read: the text as a person reads it, who wrote it, and which blocks are messages.
import { describe, expect, it } from "vitest";
import { messageText } from "../../../../src/content/chat/message-text";
import { guessSide } from "../../../../src/content/chat/side-guess";
import { conversationRegions, isWithin, messageBlocks } from "../../../../src/content/chat/conversation-shape";

const element = (html: string): Element => {
  const box = document.createElement("div");
  box.innerHTML = html;
  return box.firstElementChild as Element;
};

describe("messageText", () => {
  it("keeps line breaks and paragraphs, collapses spaces, leaves out hidden decorations", () => {
    const message = element(`<div><p>Hello   Marc,</p><p>your line<br>is back.</p><svg><text>icon</text></svg><span aria-hidden="true">✓✓</span><button>Copy</button></div>`);
    expect(messageText(message)).toBe("Hello Marc,\nyour line\nis back.");
  });

  it("returns markup as the text it shows, never as markup", () => {
    const message = element(`<div></div>`);
    message.textContent = "<img src=x onerror=alert(1)> <b>bold</b>";
    expect(messageText(message)).toBe("<img src=x onerror=alert(1)> <b>bold</b>");
  });

  it("leaves out the parts given (name, time)", () => {
    const message = element(`<div><span class="n">Marie</span> Hello <time>10:02</time></div>`);
    expect(messageText(message, [message.querySelector(".n") as Element, message.querySelector("time") as Element])).toBe("Hello");
  });
});

describe("guessSide", () => {
  it.each([
    [`<div class="msg msg--mine"></div>`, undefined, "person"],
    [`<div class="message visitor"></div>`, undefined, "person"],
    [`<div class="bubble fromUser"></div>`, undefined, "person"],
    [`<div class="msg"></div>`, "You", "person"],
    [`<div class="msg"></div>`, "Vous", "person"],
    [`<div class="msg msg--agent" data-status="sent"></div>`, "Marie", "agent"],
    [`<div class="row" data-author-role="operator"></div>`, "Marie", "agent"],
    [`<div class="msg bot-message"></div>`, "Yellow", "bot"],
    [`<div class="msg"></div>`, "Yellow Bot", "bot"],
    [`<div class="chat-notice system"></div>`, undefined, "system"],
    [`<div class="msg" style="text-align: right"></div>`, undefined, "person"],
    [`<div class="msg"></div>`, "Marie", "agent"],
  ])("%s by %s is the %s's", (html, author, side) => {
    const message = element(html);
    document.body.append(message);
    expect(guessSide(message, author)).toBe(side);
    message.remove();
  });
});

describe("messageBlocks", () => {
  it("takes the region's children when they are the messages, even when there is only one yet", () => {
    expect(messageBlocks(element(`<div role="log"><div class="m"><b>Bot</b><p>Hello</p><time>10:00</time></div></div>`))).toHaveLength(1);
  });

  it("looks through wrappers: a list, repeated children, or a container named so", () => {
    expect(messageBlocks(element(`<div role="log"><ul><li>a</li><li>b</li></ul></div>`)).map((b) => b.textContent)).toEqual(["a", "b"]);
    expect(messageBlocks(element(`<div aria-live="polite"><div class="inner"><div class="m">a</div><div class="m">b</div></div></div>`))).toHaveLength(2);
    expect(messageBlocks(element(`<div role="log"><div class="messages-list"><div class="m"><p>only one</p></div></div></div>`)).map((b) => b.className)).toEqual(["m"]);
  });

  it("leaves out empty blocks and controls", () => {
    expect(messageBlocks(element(`<div role="log"><div>a</div><div> </div><button>Load more</button><div>b</div></div>`))).toHaveLength(2);
  });
});

describe("conversationRegions", () => {
  it("leaves out regions inside a vendor's widget, also across a shadow root", () => {
    document.body.innerHTML = `<div class="crisp-client"></div><div role="log"><div>a</div></div>`;
    const host = document.querySelector(".crisp-client") as Element;
    const root = host.attachShadow({ mode: "open" });
    root.innerHTML = `<div role="log"><div>inside</div></div>`;
    const inside = root.querySelector("[role=log]") as Element;
    expect(isWithin(inside, ".crisp-client")).toBe(true);
    expect(conversationRegions(root, ".crisp-client")).toEqual([]);
    expect(conversationRegions(document, ".crisp-client")).toHaveLength(1);
  });
});
