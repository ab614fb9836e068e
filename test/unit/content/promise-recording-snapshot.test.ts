// @vitest-environment happy-dom
// The HTML snapshot (the fallback where the browser has no MHTML): nothing that can run survives,
// text and structure do, and the limits give up instead of stalling the recording.
import { afterEach, describe, expect, it } from "vitest";
import { serializePage } from "../../../src/content/promise-snapshot";

const LIMITS = { maxChars: 5_000_000, maxMs: 10_000 };

function snapshot(html: string, then?: () => void): string {
  document.head.innerHTML = "<title>Yellow Telecom — help</title>";
  document.body.innerHTML = html;
  then?.();
  expect(document.body.innerHTML.length).toBeGreaterThan(0);
  const result = serializePage(LIMITS);
  if (!result.ok) throw new Error(`gave up: ${result.reason}`);
  return result.html;
}

/** The snapshot parsed back, as a browser opening the file would. */
function parsed(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

afterEach(() => {
  document.head.innerHTML = "";
  document.body.innerHTML = "";
});

describe("serializePage", () => {
  it("keeps the text and the structure of the page", () => {
    const html = snapshot(`<main><h1>Help</h1><p id="promise" class="pinned">We reply within <b>48 hours</b>.</p><ul><li>One</li><li>Two</li></ul></main>`);
    const copy = parsed(html);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(copy.querySelector("#promise.pinned")?.textContent).toBe("We reply within 48 hours.");
    expect(copy.querySelectorAll("main ul li")).toHaveLength(2);
    expect(copy.title).toBe("Yellow Telecom — help");
  });

  it("removes scripts, inline handlers, javascript: URLs, srcdoc, plug-ins and meta refresh", () => {
    const html = snapshot(`<svg id="drawing"></svg>
      <script>window.bad = 1</script>
      <p onclick="steal()" onmouseover='steal()'>Hover me</p>
      <a href="javascript:steal()">link</a>
      <a href=" JaVa&#x0A;ScRiPt:steal()">tricky link</a>
      <a href="https://yellow.test/ok">fine link</a>
      <iframe srcdoc="<script>steal()</script>" src="javascript:steal()"></iframe>
      <form action="javascript:steal()"><button formaction="javascript:steal()">Go</button></form>
      <svg><a href="javascript:steal()"><text>svg</text></a></svg>
      <object data="x.swf"></object><embed src="x.swf">
      <img src="x.png" onerror="steal()">
      <template><img src=x onerror="steal()"><script>steal()</script></template>`, () => {
      // Built by hand: happy-dom's parser loses what follows a script inside an svg.
      const script = document.createElementNS("http://www.w3.org/2000/svg", "script");
      script.textContent = "steal()";
      document.querySelector("#drawing")?.append(script);
      expect(document.querySelectorAll("script, [onclick], [srcdoc], embed")).toHaveLength(5);
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/java\s*script/i);
    expect(html).not.toMatch(/srcdoc|<object|<embed/i);
    const copy = parsed(html);
    expect(copy.querySelector("a[href='https://yellow.test/ok']")?.textContent).toBe("fine link");
    expect(copy.querySelector("p")?.textContent).toBe("Hover me");
    expect(copy.querySelector("img[src='x.png']")).not.toBeNull();
  });

  it("removes a meta refresh and says where the copy was taken, behind a policy that forbids scripts", () => {
    document.head.innerHTML = `<meta http-equiv="refresh" content="0;url=https://evil.test/"><meta charset="windows-1252">`;
    document.body.innerHTML = "<p>x</p>";
    const result = serializePage(LIMITS);
    if (!result.ok) throw new Error("gave up");
    const copy = parsed(result.html);
    expect(copy.querySelector("meta[http-equiv='refresh']")).toBeNull();
    expect(copy.querySelectorAll("meta[charset]")).toHaveLength(1);
    expect(copy.querySelector("meta[charset]")?.getAttribute("charset")).toBe("utf-8");
    expect(copy.querySelector("meta[http-equiv='Content-Security-Policy']")?.getAttribute("content")).toContain("script-src 'none'");
    expect(copy.querySelector("meta[name='receipts-snapshot-of']")?.getAttribute("content")).toBe(location.href);
  });

  it("does not let text in a style element close it and open a script", () => {
    const html = snapshot(`<p>x</p>`);
    expect(html).not.toContain("</style><script");
    const style = document.createElement("style");
    style.textContent = "p{color:red}</style><script>steal()</script>";
    document.body.append(style);
    const result = serializePage(LIMITS);
    if (!result.ok) throw new Error("gave up");
    expect(parsed(result.html).querySelectorAll("script")).toHaveLength(0);
  });

  it("keeps the page's own text exactly: HTML-looking words, right-to-left and emoji", () => {
    const p = document.createElement("p");
    p.textContent = `<b>not bold</b> نرد خلال 48 ساعة 👍🏽`;
    document.body.replaceChildren(p);
    const result = serializePage(LIMITS);
    if (!result.ok) throw new Error("gave up");
    expect(parsed(result.html).querySelector("p")?.textContent).toBe(`<b>not bold</b> نرد خلال 48 ساعة 👍🏽`);
  });

  it("gives up on a page larger than the size limit", () => {
    document.body.innerHTML = `<p>${"x".repeat(20_000)}</p>`;
    expect(serializePage({ maxChars: 10_000, maxMs: 10_000 })).toEqual({ ok: false, reason: "too-large" });
  });

  it("gives up when it takes longer than the time limit", () => {
    document.body.innerHTML = "<div></div>".repeat(5000);
    expect(serializePage({ maxChars: 5_000_000, maxMs: -1 })).toEqual({ ok: false, reason: "too-slow" });
  });
});
