import { describe, expect, it } from "vitest";
import { classifySender, type SenderFacts } from "../../../src/messaging/sender-policy";

const CHROME_ID = "abcdefghijklmnopabcdefghijklmnop";
const CHROME_ORIGIN = `chrome-extension://${CHROME_ID}`;
const FIREFOX_ID = "receipts@receipts-extension.org";
const FIREFOX_ORIGIN = "moz-extension://6a1f0e3c-2b4d-4e8f-9a7b-0c1d2e3f4a5b";

describe("classifySender: extension pages", () => {
  it("the popup in Chrome", () => {
    expect(classifySender({ id: CHROME_ID, url: `${CHROME_ORIGIN}/src/popup/index.html`, origin: CHROME_ORIGIN }, CHROME_ID, CHROME_ORIGIN)).toBe(
      "extension-page",
    );
  });

  it("the popup in Firefox, whose moz-extension URLs have the opaque origin 'null'", () => {
    expect(new URL(`${FIREFOX_ORIGIN}/popup.html`).origin).toBe("null");
    expect(classifySender({ id: FIREFOX_ID, url: `${FIREFOX_ORIGIN}/src/popup/index.html` }, FIREFOX_ID, FIREFOX_ORIGIN)).toBe("extension-page");
  });

  it("the dashboard opened in a tab is still an extension page, not a content script", () => {
    const sender: SenderFacts = { id: CHROME_ID, url: `${CHROME_ORIGIN}/src/dashboard/index.html#case/x`, tab: { id: 7, url: `${CHROME_ORIGIN}/src/dashboard/index.html` }, frameId: 0 };
    expect(classifySender(sender, CHROME_ID, CHROME_ORIGIN)).toBe("extension-page");
  });

  it("the dashboard in a Firefox tab", () => {
    expect(classifySender({ id: FIREFOX_ID, url: `${FIREFOX_ORIGIN}/dashboard.html`, tab: { id: 3 } }, FIREFOX_ID, FIREFOX_ORIGIN)).toBe("extension-page");
  });
});

describe("classifySender: content scripts", () => {
  it("a content script in a brand's page", () => {
    const sender: SenderFacts = { id: CHROME_ID, url: "https://www.yellow-telecom.fr/contact", origin: "https://www.yellow-telecom.fr", tab: { id: 12 }, frameId: 0 };
    expect(classifySender(sender, CHROME_ID, CHROME_ORIGIN)).toBe("content-script");
  });

  it("a content script in a frame of a brand's page", () => {
    expect(classifySender({ id: FIREFOX_ID, url: "https://chat.vendor.example/widget", tab: { id: 12 }, frameId: 3 }, FIREFOX_ID, FIREFOX_ORIGIN)).toBe(
      "content-script",
    );
  });

  it("a content script in tab 0 (a falsy id is still a tab)", () => {
    expect(classifySender({ id: CHROME_ID, url: "https://yellow.fr/", tab: { id: 0 } }, CHROME_ID, CHROME_ORIGIN)).toBe("content-script");
  });

  it.each([
    ["in the query string", `https://evil.example/?next=${CHROME_ORIGIN}/src/popup/index.html`],
    ["in the fragment", `https://evil.example/#${CHROME_ORIGIN}/`],
    ["in the path", `https://evil.example/${CHROME_ORIGIN}/popup.html`],
    ["as user info", `https://${CHROME_ID}@evil.example/`],
    ["as a subdomain", `https://${CHROME_ID}.evil.example/`],
  ])("a page that merely mentions the extension origin %s is not an extension page", (_where, url) => {
    expect(classifySender({ id: CHROME_ID, url, tab: { id: 5 } }, CHROME_ID, CHROME_ORIGIN)).toBe("content-script");
  });

  it("a page that mentions the Firefox extension origin is not an extension page", () => {
    expect(classifySender({ id: FIREFOX_ID, url: `https://evil.example/?u=${FIREFOX_ORIGIN}/`, tab: { id: 5 } }, FIREFOX_ID, FIREFOX_ORIGIN)).toBe("content-script");
  });
});

describe("classifySender: unknown senders", () => {
  it("another extension", () => {
    expect(classifySender({ id: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", url: "chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html" }, CHROME_ID, CHROME_ORIGIN)).toBeUndefined();
  });

  it("another extension claiming our URL", () => {
    expect(classifySender({ id: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", url: `${CHROME_ORIGIN}/src/popup/index.html` }, CHROME_ID, CHROME_ORIGIN)).toBeUndefined();
  });

  it("a sender without an id (a web page through externally_connectable)", () => {
    expect(classifySender({ url: "https://evil.example/", tab: { id: 1 } }, CHROME_ID, CHROME_ORIGIN)).toBeUndefined();
  });

  it("a sender without a URL", () => {
    expect(classifySender({ id: CHROME_ID, tab: { id: 1 } }, CHROME_ID, CHROME_ORIGIN)).toBeUndefined();
  });

  it("a sender with an empty URL", () => {
    expect(classifySender({ id: CHROME_ID, url: "", tab: { id: 1 } }, CHROME_ID, CHROME_ORIGIN)).toBeUndefined();
  });

  it("a sender with an unparsable URL", () => {
    expect(classifySender({ id: CHROME_ID, url: "not a url", tab: { id: 1 } }, CHROME_ID, CHROME_ORIGIN)).toBeUndefined();
  });

  it("a web page of ours without a tab (e.g. a worker) is neither", () => {
    expect(classifySender({ id: CHROME_ID, url: "https://www.yellow-telecom.fr/" }, CHROME_ID, CHROME_ORIGIN)).toBeUndefined();
  });

  it("an extension origin that is a prefix of ours is not ours", () => {
    const longer = `${CHROME_ORIGIN}x`;
    expect(classifySender({ id: CHROME_ID, url: `${longer}/popup.html` }, CHROME_ID, CHROME_ORIGIN)).toBeUndefined();
  });
});
