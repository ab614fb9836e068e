// The letters' stylesheet: a plain business letter on screen, and on paper A4 with the sender at the
// top left, the recipient on the right (where a window envelope shows it), blanks highlighted, and the
// facts list never split from its heading.
export const LETTER_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #111; margin: 0 auto; max-width: 44rem; padding: 1.5rem; }
address { font-style: normal; white-space: pre-line; }
.parties { display: flex; justify-content: space-between; gap: 2rem; margin-bottom: 1.5rem; }
.recipient { margin-top: 3rem; min-width: 16rem; }
.date { text-align: right; }
.sending { font-weight: bold; }
.subject { font-weight: bold; }
p { margin: 0 0 .8rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.facts { border-left: 3px solid #999; padding: .1rem 0 .1rem 1rem; margin: 1rem 0; }
.facts h2, .annex h2, .missing h2 { font-size: 1.05rem; margin: .3rem 0; }
.facts .lead { font-size: .9rem; color: #333; }
.facts ol { padding-left: 1.4rem; margin: 0; }
.facts li { margin-bottom: .4rem; overflow-wrap: anywhere; }
.events { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .75rem; color: #444; overflow-wrap: anywhere; }
.signature { margin-top: 2rem; }
.annex { border-top: 1px solid #999; margin-top: 2rem; padding-top: .5rem; font-size: .9rem; }
.annex p { overflow-wrap: anywhere; }
mark.to-fill { background: #ffe38a; color: #000; padding: 0 .15rem; }
.missing { border: 2px solid #b3261e; padding: .5rem 1rem; margin-top: 2rem; }
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  .facts h2 { break-after: avoid; page-break-after: avoid; }
  .facts li, .annex { break-inside: avoid; page-break-inside: avoid; }
}
`;
