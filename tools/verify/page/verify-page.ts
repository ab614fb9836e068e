// verify.html's script: the person drops a bundle (or picks it), the same verifier as the command
// line checks it here, offline, and the report is shown as text (textContent only: paths and
// titles come from the bundle and must never become markup).
import "../../../src/domain/zod-config";
import { verifyBundle } from "../../../src/export/verify/verify-bundle";
import { findingText, verdictLine, reportLines, type ReportLanguage } from "../../../src/export/verify/report-text";
import type { BundleReport } from "../../../src/export/verify/bundle-findings";

const lang: ReportLanguage = (document.documentElement.lang = navigator.language.toLowerCase().startsWith("fr") ? "fr" : "en");

const WORDS = {
  title: ["Verify a Receipts dossier", "Vérifier un dossier Receipts"],
  offline: [
    "This page works offline and sends nothing anywhere: its security policy forbids every connection. The bundle never leaves this computer.",
    "Cette page fonctionne hors ligne et n'envoie rien : sa politique de sécurité interdit toute connexion. Le dossier ne quitte pas cet ordinateur.",
  ],
  fingerprint: ["Fingerprint you expect (optional: the one the person sent you before the dispute)", "Empreinte attendue (facultatif : celle que la personne vous a envoyée avant le litige)"],
  drop: ["Drop the bundle (.zip) here, or choose it:", "Déposez le dossier (.zip) ici, ou choisissez-le :"],
  choose: ["Bundle file", "Fichier du dossier"],
  checking: ["Checking…", "Vérification…"],
  failed: ["The check itself failed: ", "La vérification a échoué : "],
  details: ["What was checked", "Ce qui a été vérifié"],
} as const;
const w = (key: keyof typeof WORDS) => WORDS[key][lang === "fr" ? 1 : 0];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

const main = element("main");
const fingerprint = element("input", undefined, { id: "fingerprint", type: "text", autocomplete: "off", spellcheck: "false" });
const file = element("input", undefined, { id: "bundle", type: "file", accept: ".zip,application/zip" });
const drop = element("div", undefined, { id: "drop" });
const result = element("section", undefined, { id: "result", "aria-live": "polite" });
drop.append(element("p", w("drop")), element("label", w("choose"), { for: "bundle" }), file);
const fingerprintLabel = element("label", w("fingerprint"), { for: "fingerprint" });
main.append(element("h1", w("title")), element("p", w("offline")), fingerprintLabel, fingerprint, drop, result);
document.title = w("title");
document.body.append(main);

function show(report: BundleReport): void {
  result.replaceChildren();
  result.dataset.verdict = report.verdict;
  result.dataset.hidden = String(report.hidden?.values ?? 0);
  const verdict = element("p", verdictLine(report, lang), { id: "verdict", class: `verdict ${report.verdict}`, role: "status" });
  const findings = element("ul", undefined, { id: "findings" });
  for (const f of report.findings) findings.append(element("li", findingText(f, lang)));
  const details = element("ul", undefined, { id: "details" });
  // The report's other lines: case, date, fingerprint, counts (the findings are listed above).
  for (const line of reportLines(report, lang).slice(1).filter((l) => !l.startsWith("- "))) details.append(element("li", line));
  result.append(verdict, findings, element("h2", w("details")), details);
}

async function check(blob: Blob): Promise<void> {
  result.replaceChildren(element("p", w("checking")));
  delete result.dataset.verdict;
  try {
    const expected = fingerprint.value.trim();
    show(await verifyBundle(new Uint8Array(await blob.arrayBuffer()), expected ? { expectedFingerprint: expected } : {}));
  } catch (error) {
    result.replaceChildren(element("p", `${w("failed")}${error instanceof Error ? error.message : String(error)}`, { role: "alert" }));
    result.dataset.verdict = "error";
  }
}

file.addEventListener("change", () => {
  const chosen = file.files?.[0];
  if (chosen) void check(chosen);
});
for (const type of ["dragenter", "dragover"]) document.addEventListener(type, (event) => event.preventDefault());
document.addEventListener("drop", (event) => {
  event.preventDefault();
  const dropped = event.dataTransfer?.files[0];
  if (dropped) void check(dropped);
});
