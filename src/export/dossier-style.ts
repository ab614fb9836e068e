// The dossier's stylesheet: plain on screen, and for print ("Save as PDF") A4 pages with no
// event or figure cut across two pages, hashes wrapped rather than clipped, and no screen chrome.
export const DOSSIER_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #111; margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #999; margin-top: 2rem; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; }
.meta { color: #444; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.proof { border: 1px solid #777; padding: .5rem 1rem; background: #f6f6f6; }
ol.timeline { list-style: none; padding: 0; }
ol.timeline > li { border-left: 3px solid #888; padding: .3rem 0 .5rem .8rem; margin-bottom: .8rem; }
.event-head { font-family: Arial, Helvetica, sans-serif; font-size: .85rem; color: #333; margin: 0; }
.event-head .kind { font-weight: bold; color: #000; }
blockquote { margin: .3rem 0; padding: .1rem .8rem; border-left: 2px solid #ccc; white-space: pre-wrap; overflow-wrap: anywhere; }
.hash, code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .75rem; overflow-wrap: anywhere; word-break: break-all; }
figure { margin: .5rem 0; }
figure img { max-width: 100%; max-height: 60vh; border: 1px solid #aaa; }
figcaption { font-size: .8rem; color: #444; }
table { border-collapse: collapse; width: 100%; font-family: Arial, Helvetica, sans-serif; font-size: .75rem; }
th, td { border: 1px solid #bbb; padding: .15rem .3rem; text-align: left; vertical-align: top; }
th { background: #eee; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 10.5pt; max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  ol.timeline > li, figure, tr, .proof { break-inside: avoid; page-break-inside: avoid; }
  figure img { max-height: 120mm; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .annex { break-before: page; page-break-before: always; }
}
`;
