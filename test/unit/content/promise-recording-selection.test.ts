// @vitest-environment happy-dom
// Reading what the person selected: the exact text, the block around it, and frames it went across.
import { afterEach, describe, expect, it } from "vitest";
import { readPageSelection } from "../../../src/content/promise-selection";

function select(from: Node, fromOffset: number, to: Node, toOffset: number): void {
  const range = document.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

function textOf(selector: string): Text {
  const node = document.querySelector(selector)?.firstChild;
  if (!(node instanceof Text)) throw new Error(`no text in ${selector}`);
  return node;
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = "";
  document.documentElement.removeAttribute("lang");
});

describe("readPageSelection", () => {
  it("gives nothing when nothing is selected", () => {
    document.body.innerHTML = "<p>We reply within 48 hours.</p>";
    expect(readPageSelection(1000)).toMatchObject({ text: "", framesLeftOut: 0 });
  });

  it("gives the selected words exactly, the page's language, and the paragraph around them", () => {
    document.documentElement.lang = "fr";
    document.title = "Aide — Yellow";
    document.body.innerHTML = `<main><p id="p">Bonjour. <span id="s">Nous répondons sous 48 heures.</span> Merci de votre patience.</p><p>Autre chose.</p></main>`;
    const words = textOf("#s");
    select(words, 0, words, words.length);
    const read = readPageSelection(1000);
    expect(read.text).toBe("Nous répondons sous 48 heures.");
    expect(read.language).toBe("fr");
    expect(read.title).toBe("Aide — Yellow");
    // The block is the paragraph, not the inline span, and not the whole page.
    expect(read.context).toContain("Bonjour.");
    expect(read.context).toContain("Merci de votre patience.");
    expect(read.context).not.toContain("Autre chose.");
  });

  it("keeps HTML-looking text, right-to-left text and emoji as they are", () => {
    const p = document.createElement("p");
    p.textContent = "<script>alert(1)</script> سنرد خلال 48 ساعة 👩🏽‍💻";
    document.body.append(p);
    select(p.firstChild!, 0, p.firstChild!, p.firstChild!.textContent!.length);
    expect(readPageSelection(1000).text).toBe("<script>alert(1)</script> سنرد خلال 48 ساعة 👩🏽‍💻");
  });

  it("bounds the context around the quote in a long block", () => {
    const before = "Lorem ipsum dolor sit amet. ".repeat(200);
    const after = " Sed do eiusmod tempor.".repeat(200);
    document.body.innerHTML = `<div id="d">${before}<span id="s">We reply within 48 hours.</span>${after}</div>`;
    const words = textOf("#s");
    select(words, 0, words, words.length);
    const read = readPageSelection(300);
    expect(read.context.length).toBeLessThanOrEqual(302);
    expect(read.context).toContain("We reply within 48 hours.");
    expect(read.context.startsWith("…")).toBe(true);
    expect(read.context.endsWith("…")).toBe(true);
  });

  it("counts the embedded frames a selection goes across: their text is not in the quote", () => {
    document.body.innerHTML = `<div><p id="a">Before the frame.</p><iframe srcdoc="<p>inside</p>"></iframe><p id="b">After the frame.</p></div>`;
    select(textOf("#a"), 0, textOf("#b"), 5);
    const read = readPageSelection(1000);
    expect(read.framesLeftOut).toBe(1);
    expect(read.text).toContain("Before the frame.");
    expect(read.text).not.toContain("inside");
  });

  it("takes the language declared nearest the selection", () => {
    document.documentElement.lang = "en";
    document.body.innerHTML = `<p>Hello.</p><p lang="fr-FR"><span id="s">Nous vous rappelons demain.</span></p>`;
    const words = textOf("#s");
    select(words, 0, words, words.length);
    expect(readPageSelection(1000).language).toBe("fr-FR");
  });

  it("reads a selection inside a text field", () => {
    document.body.innerHTML = `<textarea id="t">Agent: I will call you back tomorrow before 6pm.</textarea>`;
    const field = document.querySelector<HTMLTextAreaElement>("#t")!;
    field.focus();
    field.setSelectionRange(7, field.value.length);
    expect(readPageSelection(1000).text).toBe("I will call you back tomorrow before 6pm.");
  });
});
