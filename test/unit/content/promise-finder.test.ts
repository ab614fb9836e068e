// @vitest-environment happy-dom
// Finding the sentences of a page that read as promises: the ranges cover exactly their words, across
// inline elements, in English and French; other sentences, hidden text and scripts are left alone.
import { afterEach, describe, expect, it } from "vitest";
import { findPromiseSentences, OWN_ATTRIBUTE } from "../../../src/content/promise-finder";
import { highlightWithMarks } from "../../../src/content/promise-finder-marks";

function page(html: string, lang = "en"): Element {
  document.documentElement.lang = lang;
  document.body.innerHTML = html;
  return document.body;
}

const texts = (root: Element) => findPromiseSentences(root).map((found) => found.text);

afterEach(() => {
  document.body.innerHTML = "";
});

describe("findPromiseSentences", () => {
  it("finds the English commitment in a paragraph, and only it", () => {
    const root = page(`<main><h1>Contact us</h1>
      <p>Thank you for writing to us. We reply within 48 hours. Our advisers read every message.</p>
      <p>Our team will look into it.</p>
      <p>Opening hours: Monday to Friday, 8am to 8pm.</p></main>`);
    const found = findPromiseSentences(root);
    expect(found.map((f) => f.text)).toEqual(["We reply within 48 hours."]);
    expect(found[0]!.reading).toMatchObject({ kind: "reply-time", deadline: { type: "duration", amount: 48, unit: "hours" }, language: "en" });
  });

  it("finds French commitments, with the page's language", () => {
    const root = page(`<p>Merci de votre message. Nous répondons sous 48 heures. Nos conseillers lisent chaque demande.</p>
      <p>Nous vous rembourserons sous 14 jours.</p>`, "fr");
    const found = findPromiseSentences(root);
    expect(found.map((f) => f.text)).toEqual(["Nous répondons sous 48 heures.", "Nous vous rembourserons sous 14 jours."]);
    expect(found.every((f) => f.reading.language === "fr")).toBe(true);
    expect(found[1]!.reading.kind).toBe("refund");
  });

  it("reads a sentence split across inline elements as one range over the page's text nodes", () => {
    const root = page(`<p id="p">Hello. We will <b>refund</b> you <a href="#">within <em>14 days</em></a>. Thanks.</p>`);
    const [found, ...more] = findPromiseSentences(root);
    expect(more).toEqual([]);
    expect(found!.text).toBe("We will refund you within 14 days.");
    expect(found!.range.startContainer).toBe(document.querySelector("#p")!.firstChild);
    expect(found!.range.endContainer.textContent).toBe(". Thanks.");
    expect(found!.reading).toMatchObject({ kind: "refund", deadline: { type: "duration", amount: 14, unit: "calendar-days" } });
  });

  it("keeps blocks apart: a sentence does not run from one paragraph into the next", () => {
    const root = page(`<div>Thanks for waiting, we<p>reply within 48 hours.</p>Bye.</div>`);
    expect(texts(root).filter((text) => /Thanks|Bye/.test(text))).toEqual([]);
    expect(texts(page(`<div>Thanks<p>We reply within 48 hours.</p>Bye.</div>`))).toEqual(["We reply within 48 hours."]);
  });

  it("leaves out questions, hidden text, scripts, form fields and its own controls", () => {
    const root = page(`<p>Will we reply within 48 hours?</p>
      <p hidden>We reply within 48 hours.</p>
      <p style="display:none">We will refund you within 14 days.</p>
      <script>var s = "We reply within 48 hours.";</script>
      <textarea>We reply within 48 hours.</textarea>
      <span ${OWN_ATTRIBUTE}>We reply within 48 hours.</span>
      <p>Vague: our team will look into it.</p>`);
    expect(texts(root)).toEqual([]);
  });

  it("finds nothing on a page without promises", () => {
    expect(texts(page(`<h1>Prices</h1><p>Our plans start at 10 euros. Read the terms.</p>`))).toEqual([]);
  });
});

describe("highlightWithMarks (browsers without CSS highlights)", () => {
  it("wraps each sentence's text in marks, keeps its range on the same words, and takes the marks away again", () => {
    const root = page(`<p id="p">Hello. We will <b>refund</b> you within 14 days. We reply within 48 hours. Thanks.</p>`);
    const before = root.innerHTML;
    const found = findPromiseSentences(root);
    expect(found.map((f) => f.text)).toEqual(["We will refund you within 14 days.", "We reply within 48 hours."]);
    const unmark = highlightWithMarks(found.map((f) => f.range));
    const marks = [...root.querySelectorAll(`mark[${OWN_ATTRIBUTE}]`)];
    expect(marks.map((m) => m.textContent).join("|")).toBe("We will |refund| you within 14 days.|We reply within 48 hours.");
    expect(found.map((f) => f.range.toString())).toEqual(["We will refund you within 14 days.", "We reply within 48 hours."]);
    expect(root.textContent).toBe("Hello. We will refund you within 14 days. We reply within 48 hours. Thanks.");
    unmark();
    expect(root.querySelectorAll("mark").length).toBe(0);
    expect(root.innerHTML).toBe(before);
  });
});
