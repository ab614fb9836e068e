// Which commitment the words make, from cue words in English and French.
// When a sentence holds several cues, the most specific commitment wins, in this order: a callback, then a
// reply ("we'll reply to your refund request" is about a reply), a refund, compensation, a single contact,
// a resolution, and last the channel's availability (which also needs hours or "24/7" to count).
import type { PromiseKind } from "./promise-reading";
import { B0, matchesOf, rules, spanOf, type Span } from "./text-spans";

const L = String.raw`\p{L}*`;

const CUES: Array<[PromiseKind, string[]]> = [
  ["callback", [
    "(?:call|ring|phone)(?:s|ing|ed)? you(?: back)?",
    "give you a (?:call|ring|phone call)(?: back)?",
    "call[- ]?backs?",
    "a (?:phone )?call from",
    "(?:expect|receive|get) a (?:phone )?call",
    // "Nous vous rappelons que…" is "we remind you that…", not a callback.
    `vous rappel${L}(?! que| qu')`,
    String.raw`rappel(?:er|ons|lerons|lera|leront) (?:\S+ ){0,2}(?:chaque|tous|tout|nos|les) (?:nos )?clients?`,
    `vous (?:appel${L}|téléphon${L}|recontacter par téléphone)`,
    "(?:être|serez|sera|seront|êtes) rappelée?s?",
    "rappel (?:gratuit|immédiat|téléphonique)",
    "vous passer un (?:coup de fil|appel)",
  ]],
  ["reply-time", [
    "repl(?:y|ies|ied|ying)",
    "respond(?:s|ed|ing)?",
    "responses?",
    "answer(?:s|ed|ing)?",
    "(?:get|gets|getting|come|coming) back to you",
    "be in (?:touch|contact)",
    "hear (?:back )?from us",
    "(?:contact|email|e-mail|write to|message) you",
    "acknowledge(?:s|d)?",
    "acknowledgements?",
    `répond${L}`,
    "réponses?",
    `(?:revenir|reviens|revenons|revient|reviendr${L}) vers vous`,
    `vous (?:re)?contact${L}`,
    "(?:re)?contactée?s?",
    `accus${L} (?:de )?réception`,
    "vous écrire",
    "pick up (?:the phone|your call)",
    `décroch${L}`,
    "(?:un |votre )?retour de notre part",
    "vous faire (?:un )?retour",
    "(?:aurez|recevrez|avoir|recevoir) (?:un|notre) retour",
  ]],
  ["refund", [
    `refund${L}`,
    `reimburs${L}`,
    "money[- ]back",
    "(?:money|funds) (?:will be |is |are )?back",
    "back in(?:to)? your account",
    `re-?credit${L}`,
    "credited back",
    String.raw`credit\p{L}* (?:\S+ ){0,3}back`,
    `rembours${L}`,
    `re-?crédit${L}`,
  ]],
  ["compensation", [
    `compensat${L}`,
    "goodwill",
    "vouchers?",
    "credit you",
    String.raw`(?:£|€|\$) ?\d+ credit`,
    "account credit",
    "credit note",
    `dédommag${L}`,
    `indemni${L}`,
    "geste commercial",
    "bons? d'achat",
    String.raw`(?:un|d'un) avoir`,
  ]],
  ["single-contact", [
    "single (?:point of contact|advis[eo]r|contact|agent|case handler)",
    "one (?:dedicated )?(?:advis[eo]r|case manager|case handler|point of contact)",
    "dedicated (?:advis[eo]r|case manager|case handler|agent|contact|account manager)",
    "(?:same|personal) (?:advis[eo]r|agent|case handler|case manager|person)",
    "conseill(?:er|ère) (?:unique|dédiée?|attitrée?|personnel(?:le)?|référente?)",
    "interlocut(?:eur|rice) (?:unique|dédiée?|attitrée?|privilégiée?)",
    `une? seule? (?:et (?:même|unique) )?(?:interlocut${L}|conseill${L}|personne)`,
    `même conseill${L}`,
    "référent unique",
    "gestionnaire (?:dédiée?|unique|attitrée?)",
  ]],
  ["resolution-time", [
    `resol${L}`,
    `solv${L}`,
    "fix(?:es|ed|ing)?",
    "settle(?:s|d)?",
    "sort(?:ed)?(?: out)?",
    "process(?:es|ed|ing)? (?:your|the|all|every)",
    "handle(?:s|d)? (?:your|the|all|every)",
    "deal with",
    `repair${L}`,
    `replac${L}`,
    "engineers?",
    "technicians?",
    "close (?:your|the) (?:case|ticket|claim|complaint)",
    "(?:case|ticket|claim|complaint) (?:is |will be |gets )?closed",
    `trait(?:é|ée|és|ées|ons|ez|ent|er|era|erons|ement)`,
    `résou${L}`,
    `résol${L}`,
    `régl${L}`,
    "solutions?",
    `répar${L}`,
    `remplac${L}`,
    `technicien${L}`,
    `interv${L}`,
    `instrui${L}`,
    `dépann${L}`,
    `clôtur${L}`,
  ]],
  ["channel-availability", [
    "available|availability|open|reachable|reached|contactable|on hand|on call|here|advis[eo]rs|agents",
    "(?:speak|talk) to (?:us|a|an|one|our)|a real person|a human|reach (?:us|our)|joindre|jointe?s?|parler à",
    "support|helpline|hotline|phone lines?|lines|live chat|chat|customer (?:service|care|support)|works?",
    "disponibles?|disponibilité|joignables?|ouverte?s?|à votre écoute|à votre disposition",
    "assistance|permanence|standard|lignes?|sav|service client|conseill(?:er|ère)s?",
  ]],
];

/** Most specific first. */
export const KIND_PRIORITY: PromiseKind[] = CUES.map(([kind]) => kind);

const PATTERNS = CUES.map(([kind, sources]) => [kind, rules(`${B0}(?:${sources.join("|")})(?![\\p{L}\\p{N}])`)] as const);

export interface KindCue extends Span {
  kind: PromiseKind;
}

export function findKindCues(text: string): KindCue[] {
  const cues: KindCue[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of matchesOf(pattern, text)) cues.push({ ...spanOf(match), kind });
  }
  return cues.sort((a, b) => a.start - b.start);
}

export function priorityOf(kind: PromiseKind): number {
  const index = KIND_PRIORITY.indexOf(kind);
  return index < 0 ? KIND_PRIORITY.length : index;
}
