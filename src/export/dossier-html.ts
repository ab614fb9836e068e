// The HTML dossier: one self-contained page a claims handler, an ombudsman, a judge or an editor
// can read and print. Every captured string goes through escapeHtml; the page carries a CSP
// that forbids any script, so even a mistake here could not run what a brand's page contained.
import { toBase64 } from "../domain/dossier/bytes";
import type { CaseFile, ShownCaseFile } from "../domain/dossier/case-file";
import { shownCaseFile } from "./shown-case";
import { groupedFingerprint } from "../domain/dossier/fingerprint";
import { artifactRefs } from "../domain/dossier/artifact-refs";
import { summarize } from "../domain/dossier/summary";
import type { EvidenceEvent } from "../domain/evidence";
import type { RedactionLogEntry } from "../domain/redaction/redaction-model";
import { DOSSIER_CSS } from "./dossier-style";
import { dt, type DossierLanguage } from "./dossier-text";
import { channelText, eventLines, kindText, whoText } from "./event-text";
import { escapeHtml as e } from "./html-escape";
import type { PromiseReality } from "./reality-hook";
import { realityTable } from "./reality-table";
import { readableTime } from "./time-text";

export interface DossierArtifact {
  sha256: string;
  mediaType: string;
  size: number;
  /** Path inside a bundle ("artifacts/<sha256>.png"). */
  path: string;
  /** The bytes, needed only to embed the file in a standalone HTML. */
  bytes?: Uint8Array;
}

export interface DossierHtmlInput {
  /** case.json's content; hidden values are shown as labels ("[hidden: phone number]"). */
  caseFile: CaseFile;
  artifacts: readonly DossierArtifact[];
  lang: DossierLanguage;
  /** "embedded": images as data: URIs (the HTML alone); "linked": relative paths (inside the bundle). */
  images: "embedded" | "linked";
  /** The promise-against-reality table; by default the reality engine's reading at export time (reality-table.ts). */
  reality?: PromiseReality;
  /** What the person hid (redactions.json): marked in the proof section and listed in the annex. */
  redactions?: readonly RedactionLogEntry[];
}

/** Media types shown as pictures. SVG is left out on purpose: it can carry script. */
const PICTURES = new Set(["image/png", "image/jpeg", "image/webp", "image/gif"]);
const SHOWN_LIMIT = 4000;

const CSP = "default-src 'none'; img-src data: 'self' file:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function renderDossierHtml(input: DossierHtmlInput): string {
  return [...dossierHtmlParts(input)].join("\n");
}

/** The same page, built in steps: a large case's timeline is written a slice at a time, with a pause between. */
export async function renderDossierHtmlInSteps(input: DossierHtmlInput, pause: () => Promise<void>, partsPerStep = 500): Promise<string> {
  const parts: string[] = [];
  for (const part of dossierHtmlParts(input)) {
    parts.push(part);
    if (parts.length % partsPerStep === 0) await pause();
  }
  return parts.join("\n");
}

function* dossierHtmlParts(input: DossierHtmlInput): Generator<string> {
  const { lang } = input;
  const caseFile = shownCaseFile(input.caseFile, lang);
  const theCase = caseFile.case;
  const held = new Map(input.artifacts.map((a) => [a.sha256, a]));
  const heldSet = new Set(held.keys());
  const title = `${dt(lang, "dossier")}: ${theCase.brand.name} — ${theCase.title}`;
  yield `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">`;
  yield `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  yield `<meta name="viewport" content="width=device-width, initial-scale=1">`;
  yield `<title>${e(title)}</title>\n<style>${DOSSIER_CSS}</style>\n</head>\n<body>`;
  yield `<header><h1>${e(title)}</h1><p class="meta">${e(dt(lang, "preparedWith", readableTime(caseFile.exported.at, caseFile.exported.timeZone, lang), `${caseFile.exported.by.browser} ${caseFile.exported.by.browserVersion}, Receipts ${caseFile.exported.by.extensionVersion}`))}</p></header>`;
  yield `<main>`;
  yield summarySection(caseFile, lang);
  yield promisesSection(caseFile, lang);
  const reality = input.reality ?? realityTable(caseFile, lang);
  if (reality) yield realitySection(reality);
  yield proofSection(lang, input.redactions ?? []);
  yield `<section id="timeline"><h2>${e(dt(lang, "timeline"))}</h2><ol class="timeline">`;
  for (const event of [...caseFile.events].sort((a, b) => a.occurred.at - b.occurred.at)) {
    yield timelineItem(event, caseFile, lang, artifactRefs(event, heldSet).map((h) => held.get(h) as DossierArtifact), input.images);
  }
  yield `</ol></section>`;
  yield* annexParts(caseFile, input.artifacts, lang);
  if (input.redactions?.length) yield hiddenAnnex(input.redactions, lang);
  yield `</main>\n</body>\n</html>\n`;
}

function summarySection(caseFile: ShownCaseFile, lang: DossierLanguage): string {
  const s = summarize(caseFile.case, caseFile.events);
  const who = s.people.length > 0 ? s.people.join(", ") : dt(lang, "thePerson");
  const brand = `${s.brand.name} (${s.brand.domains.join(", ")})`;
  const lead = s.first
    ? dt(lang, "summaryLead", who, s.brand.name, readableTime(s.first.at, s.first.timeZone, lang), s.contactAttempts, s.messages, s.events)
    : dt(lang, "summaryEmpty");
  const fact = (label: string, value: string) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`;
  return [
    `<section id="summary"><h2>${e(dt(lang, "summary"))}</h2><p>${e(lead)}</p><dl class="facts">`,
    fact(dt(lang, "who"), who),
    fact(dt(lang, "brand"), brand),
    s.first ? fact(dt(lang, "since"), readableTime(s.first.at, s.first.timeZone, lang)) : "",
    s.last ? fact(dt(lang, "lastEvent"), readableTime(s.last.at, s.last.timeZone, lang)) : "",
    fact(dt(lang, "contactAttempts"), String(s.contactAttempts)),
    fact(dt(lang, "messages"), String(s.messages)),
    fact(dt(lang, "eventsInAll"), String(s.events)),
    s.channels.length ? fact(dt(lang, "channels"), s.channels.map((c) => dt(lang, `channel_${c.replace(/-/g, "_")}` as "channel_other")).join(", ")) : "",
    `</dl></section>`,
  ].join("");
}

function promisesSection(caseFile: ShownCaseFile, lang: DossierLanguage): string {
  const promises = summarize(caseFile.case, caseFile.events).promises;
  const items = promises.map(
    (p) => `<li><span class="event-head">${e(readableTime(p.occurred.at, p.occurred.timeZone, lang))}${p.by ? ` · ${e(p.by)}` : ""}</span><blockquote>${e(shown(p.quote, lang))}</blockquote></li>`,
  );
  return `<section id="promises"><h2>${e(dt(lang, "promised"))}</h2>${items.length ? `<ul>${items.join("")}</ul>` : `<p>${e(dt(lang, "nothingPromised"))}</p>`}</section>`;
}

function realitySection(reality: PromiseReality): string {
  const c = reality.columns;
  const rows = reality.rows.map((r) => `<tr><td>${e(r.promise)}</td><td>${e(r.due)}</td><td>${e(r.happened)}</td><td>${e(reality.verdictWords[r.verdict])}</td></tr>`);
  const figures = reality.figures.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`);
  return `<section id="reality"><h2>${e(reality.heading)}</h2><table><thead><tr><th>${e(c.promise)}</th><th>${e(c.due)}</th><th>${e(c.happened)}</th><th>${e(c.verdict)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>${figures.length ? `<dl class="facts">${figures.join("")}</dl>` : ""}</section>`;
}

function proofSection(lang: DossierLanguage, redactions: readonly RedactionLogEntry[]): string {
  const vouched = new Set(redactions.filter((r) => r.sealing === 1).map((r) => r.eventId)).size;
  const hidden = redactions.length
    ? [
        `<p id="hidden-values">${e(dt(lang, "hiddenProof", redactions.length))}</p>`,
        redactions.some((r) => r.sealing === 2) ? `<p>${e(dt(lang, "hiddenChained"))}</p>` : "",
        vouched ? `<p>${e(dt(lang, "hiddenVouched", vouched))}</p>` : "",
      ].join("")
    : "";
  return `<section id="proof"><h2>${e(dt(lang, "proofHeading"))}</h2><div class="proof"><p>${e(dt(lang, "proofCovers"))}</p>${hidden}<p>${e(dt(lang, "proofDoesNot"))}</p><p>${e(dt(lang, "howToVerify"))}</p></div></section>`;
}

/** Each hidden value: which event, where in it, what kind of value, and what still checks it. Never the value. */
function hiddenAnnex(redactions: readonly RedactionLogEntry[], lang: DossierLanguage): string {
  const rows = redactions.map((r) => {
    const what = dt(lang, `category_${r.category}`);
    return `<tr><td>${r.eventIndex + 1}</td><td class="hash">${e(r.eventId)}</td><td class="hash">${e(r.path)}</td><td>${e(r.part ? dt(lang, "partOfText", what) : what)}</td><td>${e(dt(lang, `sealing_${r.sealing}`))}</td></tr>`;
  });
  return `<section id="annex-hidden"><h3>${e(dt(lang, "annexHidden"))}</h3><table><thead><tr><th>${e(dt(lang, "colNumber"))}</th><th>${e(dt(lang, "colId"))}</th><th>${e(dt(lang, "colWhere"))}</th><th>${e(dt(lang, "colHidden"))}</th><th>${e(dt(lang, "colSealing"))}</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

function shown(text: string, lang: DossierLanguage): string {
  return text.length <= SHOWN_LIMIT ? text : `${text.slice(0, SHOWN_LIMIT)}… ${dt(lang, "shortened", text.length)}`;
}

function timelineItem(event: EvidenceEvent, caseFile: ShownCaseFile, lang: DossierLanguage, artifacts: DossierArtifact[], images: DossierHtmlInput["images"]): string {
  const occurred = readableTime(event.occurred.at, event.occurred.timeZone, lang);
  const recordedApart = Math.abs(event.recorded.at - event.occurred.at) >= 60_000;
  const head = [
    `<span class="kind">${e(kindText(event, lang))}</span>`,
    `<time datetime="${e(new Date(event.occurred.at).toISOString())}">${e(occurred)}</time>`,
    channelText(event, lang) ? e(channelText(event, lang)) : "",
    e(whoText(event, caseFile.case, lang)),
    recordedApart ? e(`${dt(lang, "recorded")} ${readableTime(event.recorded.at, event.recorded.timeZone, lang)}`) : "",
    event.source ? `${e(dt(lang, "from"))} ${e(event.source.url)}` : "",
  ].filter(Boolean);
  const quotes = eventLines(event, lang).map((line) => `<blockquote>${e(shown(line, lang))}</blockquote>`);
  const figures = artifacts.filter((a) => PICTURES.has(a.mediaType)).map((a) => {
    const src = images === "embedded" && a.bytes ? `data:${a.mediaType};base64,${toBase64(a.bytes)}` : a.path;
    return `<figure><img src="${e(src)}" alt="${e(`${dt(lang, "screenshot")} ${a.sha256}`)}"><figcaption>${e(dt(lang, "screenshot"))} · <span class="hash">SHA-256 ${e(a.sha256)}</span></figcaption></figure>`;
  });
  // Other files (page snapshots) are named, never linked: a saved page opened from the bundle could run its scripts.
  const others = artifacts.filter((a) => !PICTURES.has(a.mediaType)).map((a) => `<p class="hash">${e(dt(lang, "snapshot", a.path, a.sha256))}</p>`);
  return `<li id="event-${e(event.id)}"><p class="event-head">${head.join(" · ")}</p>${quotes.join("")}${figures.join("")}${others.join("")}<p class="hash">${e(event.hash ?? "")}</p></li>`;
}

function* annexParts(caseFile: ShownCaseFile, artifacts: readonly DossierArtifact[], lang: DossierLanguage): Generator<string> {
  const signer = caseFile.signer;
  const chain = caseFile.chain;
  yield [
    `<section id="annex" class="annex"><h2>${e(dt(lang, "annex"))}</h2>`,
    `<h3>${e(dt(lang, "signing"))}</h3><dl class="facts">`,
    signer
      ? `<dt>${e(dt(lang, "fingerprint"))}</dt><dd class="hash" id="fingerprint">${e(groupedFingerprint(signer.fingerprint))}</dd><dt>${e(dt(lang, "publicKey"))}</dt><dd class="hash">${e(signer.publicKey)}</dd>`
      : `<dt>${e(dt(lang, "fingerprint"))}</dt><dd>${e(dt(lang, "noKey"))}</dd>`,
    chain ? `<dt>${e(dt(lang, "chainHead"))}</dt><dd class="hash">${e(chain.head ?? dt(lang, "none"))}</dd><dt>${e(dt(lang, "chainCount"))}</dt><dd>${chain.count}</dd>` : "",
    `</dl><h3>${e(dt(lang, "annexEvents"))}</h3>`,
    `<table><thead><tr><th>${e(dt(lang, "colNumber"))}</th><th>${e(dt(lang, "colTime"))}</th><th>${e(dt(lang, "colKind"))}</th><th>${e(dt(lang, "colId"))}</th><th>${e(dt(lang, "colHash"))}</th><th>${e(dt(lang, "colPrevious"))}</th></tr></thead><tbody>`,
  ].join("");
  for (const [i, ev] of caseFile.events.entries()) {
    yield `<tr><td>${i + 1}</td><td>${e(readableTime(ev.recorded.at, ev.recorded.timeZone, lang))}</td><td>${e(kindText(ev, lang))}</td><td class="hash">${e(ev.id)}</td><td class="hash">${e(ev.hash ?? "")}</td><td class="hash">${e(ev.previousHash ?? dt(lang, "none"))}</td></tr>`;
  }
  const files = artifacts.map((a) => `<tr><td class="hash">${e(a.path)}</td><td>${e(a.mediaType)}</td><td>${a.size}</td><td class="hash">${e(a.sha256)}</td></tr>`);
  yield [
    `</tbody></table><h3>${e(dt(lang, "annexFiles"))}</h3>`,
    files.length
      ? `<table><thead><tr><th>${e(dt(lang, "colFile"))}</th><th>${e(dt(lang, "colType"))}</th><th>${e(dt(lang, "colSize"))}</th><th>SHA-256</th></tr></thead><tbody>${files.join("")}</tbody></table>`
      : `<p>${e(dt(lang, "noFiles"))}</p>`,
    `</section>`,
  ].join("");
}
