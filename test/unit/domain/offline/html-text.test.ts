import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../../src/domain/offline/html-text";

describe("text of an HTML e-mail", () => {
  it("turns paragraphs and line breaks into new lines and drops the tags", () => {
    expect(htmlToText("<p>One</p><p>Two<br>Three</p>")).toBe("One\n\nTwo\nThree");
  });

  it("drops scripts, styles, the head and comments with their content", () => {
    expect(htmlToText("<html><head><title>T</title><style>p{}</style></head><body><!-- x --><script>evil()</script><p>Kept</p></body></html>")).toBe("Kept");
  });

  it("decodes named and numeric entities once, so escaped markup stays characters", () => {
    expect(htmlToText("&lt;b&gt;bold&lt;/b&gt; &amp;amp; &eacute;t&eacute; &#233; &#x20AC;")).toBe("<b>bold</b> &amp; été é €");
  });

  it("shows impossible character references as the replacement character, and leaves unknown names alone", () => {
    expect(htmlToText("&#xD800; &#1114112; &bogus;")).toBe("\ufffd \ufffd &bogus;");
  });

  it("lists items and collapses runs of spaces", () => {
    expect(htmlToText("<ul>\n  <li>a</li>\n  <li>b   c</li></ul>")).toBe("• a\n• b c");
  });

  it("leaves an unterminated script out rather than showing it", () => {
    expect(htmlToText("<p>Before</p><script>never closed")).toBe("Before");
  });
});
