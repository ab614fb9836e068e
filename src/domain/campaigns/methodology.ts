// The methodology section, written from the campaign and its comparison, in English or French: the
// protocol (the question word for word, the channel, the promise tested, the wait, the follow-up, what
// counted as a response), the dates, every version of the protocol with its date and why and the brands
// that ran it, the brands added after the start and those whose case was deleted, and the limits of the
// evidence. A text model (headings, paragraphs, list items: plain text), which the report escapes into
// HTML and the bundle writes as methodology.txt; nothing in it is markup.
import type { Moment } from "../evidence";
import type { Campaign, Protocol } from "./campaign";
import type { ComparisonRow, RowNote } from "./comparison";
import { channelWords, durationWords, momentWords, readingWords, type CampaignLanguage } from "./methodology-words";

export type MethodologySectionId = "protocol" | "verdicts" | "dates" | "versions" | "added" | "deleted" | "limits";

export interface MethodologySection {
  id: MethodologySectionId;
  heading: string;
  paragraphs: string[];
  items: string[];
}

export interface Methodology {
  title: string;
  sections: MethodologySection[];
}

export interface MethodologyInput {
  campaign: Campaign;
  rows: readonly ComparisonRow[];
  lang: CampaignLanguage;
  /** The moment the figures are read at. */
  now: Moment;
  /** The bundle asks a time-stamping authority for trusted time (manifest.tsr, when it answered). */
  trustedTime?: boolean;
}

type Pair = readonly [string, string];

const T = {
  title: ["Methodology", "Méthodologie"],
  protocol: ["The protocol", "Le protocole"],
  protocolOne: ["Every brand was tested the same way, with this protocol (version $1, written on $2):", "Chaque marque a été testée de la même façon, selon ce protocole (version $1, rédigée le $2) :"],
  protocolMany: [
    "The protocol changed during the campaign ($1 versions, listed below with the brands that ran each); each brand kept the version it started with. The latest version (version $2, written on $3):",
    "Le protocole a changé pendant la campagne ($1 versions, détaillées plus bas avec les marques qui ont suivi chacune) ; chaque marque a gardé la version avec laquelle elle a commencé. La dernière version (version $2, rédigée le $3) :",
  ],
  question: ["Question asked, word for word: “$1”", "Question posée, mot pour mot : « $1 »"],
  channel: ["Channel: $1", "Canal : $1"],
  promise: ["Promise tested: “$1”", "Promesse testée : « $1 »"],
  promiseRead: ["Promise tested: “$1”, read as $2", "Promesse testée : « $1 », lue comme $2"],
  pinningCampaign: [
    "Yardstick: this statement of the promise, the same for every brand (pinned in each brand's case when the campaign opened it).",
    "Étalon : cet énoncé de la promesse, le même pour chaque marque (épinglé dans le dossier de chaque marque à l'ouverture par la campagne).",
  ],
  pinningBrand: [
    "Yardstick: each brand's own statement of this promise, pinned from its site before the question was sent; the comparison quotes each one.",
    "Étalon : l'énoncé de cette promesse par chaque marque, épinglé depuis son site avant l'envoi de la question ; la comparaison cite chacun.",
  ],
  wait: ["Wait: $1 from the first contact attempt; a brand with no response by then counts as silent.", "Attente : $1 à partir de la première prise de contact ; une marque sans réponse à ce terme est comptée comme silencieuse."],
  followUp: ["Follow-up: one, sent when nothing had come $1 after the first contact attempt.", "Relance : une, envoyée quand rien n'était arrivé $1 après la première prise de contact."],
  noFollowUp: ["Follow-up: none planned.", "Relance : aucune prévue."],
  rulePerson: [
    "What counted as a response: only an answer written by a person. Automatic acknowledgements (no-reply senders, messages that say they are automatic, short “we have received your request” messages) and chatbots did not count. A call or visit where someone answered counts as answered on the spot, without a response time.",
    "Ce qui a compté comme réponse : seule une réponse écrite par une personne. Les accusés de réception automatiques (adresses « ne pas répondre », messages qui se disent automatiques, courts messages « nous avons bien reçu votre demande ») et les robots de discussion n'ont pas compté. Un appel ou une visite où quelqu'un a répondu compte comme une réponse sur le moment, sans délai de réponse.",
  ],
  ruleAny: [
    "What counted as a response: any reply from the brand, automatic acknowledgements and chatbots included.",
    "Ce qui a compté comme réponse : toute réponse de la marque, accusés de réception automatiques et robots de discussion compris.",
  ],
  verdicts: ["How each brand is judged", "Comment chaque marque est jugée"],
  verdictsLead: [
    "The test starts with the first contact attempt that reached the brand on the protocol's channel. The response time runs from it to the brand's first response to it or to a later attempt.",
    "Le test commence à la première prise de contact parvenue à la marque par le canal du protocole. Le délai de réponse court de celle-ci à la première réponse de la marque, à elle ou à une prise de contact ultérieure.",
  ],
  verdictKept: ["Kept: the first response came by the promised deadline.", "Tenue : la première réponse est arrivée avant l'échéance promise."],
  verdictBroken: ["Broken: it came after the deadline, or the deadline has passed with nothing yet.", "Non tenue : elle est arrivée après l'échéance, ou l'échéance est passée sans rien."],
  verdictPending: ["Pending: the deadline has not passed yet, or the brand has not been contacted yet.", "En cours : l'échéance n'est pas encore passée, ou la marque n'a pas encore été contactée."],
  verdictSilent: ["Silent: no response within the wait (a brand that answered by the deadline stays “kept”).", "Silence : aucune réponse pendant l'attente (une marque qui a répondu avant l'échéance reste « tenue »)."],
  verdictDeadlines: [
    "Deadlines in minutes and hours are elapsed time; days and weeks follow the calendar in the time zone the person was in; business days skip Saturdays and Sundays but not public holidays.",
    "Les délais en minutes et en heures sont du temps écoulé ; les jours et les semaines suivent le calendrier du fuseau horaire où se trouvait la personne ; les jours ouvrés sautent les samedis et dimanches, mais pas les jours fériés.",
  ],
  verdictEvidence: [
    "Every figure of the comparison names the events it comes from (their identifiers and SHA-256), so each can be checked in the brand's dossier.",
    "Chaque chiffre de la comparaison nomme les événements dont il vient (leurs identifiants et SHA-256), pour être vérifié dans le dossier de la marque.",
  ],
  dates: ["Dates", "Dates"],
  created: ["Campaign prepared: $1", "Campagne préparée : $1"],
  started: ["Started: $1", "Début : $1"],
  notStarted: ["Not started yet.", "Pas encore commencée."],
  ended: ["Ended: $1", "Fin : $1"],
  running: ["Still running.", "Toujours en cours."],
  firstContact: ["First contact: $1 ($2)", "Premier contact : $1 ($2)"],
  lastContact: ["Last contact: $1 ($2)", "Dernier contact : $1 ($2)"],
  noContact: ["No brand has been contacted yet.", "Aucune marque n'a encore été contactée."],
  asOf: ["Figures as of $1.", "Chiffres arrêtés au $1."],
  versions: ["Versions of the protocol", "Versions du protocole"],
  version: ["Version $1, written on $2", "Version $1, rédigée le $2"],
  versionFirst: ["Version $1, written on $2: the protocol as the campaign started.", "Version $1, rédigée le $2 : le protocole au début de la campagne."],
  versionWhy: ["Version $1, written on $2. Why: $3", "Version $1, rédigée le $2. Pourquoi : $3"],
  versionChanged: ["Changed: $1.", "Modifié : $1."],
  versionBrands: ["Brands that ran it: $1.", "Marques qui l'ont suivie : $1."],
  versionNoBrand: ["No brand ran it.", "Aucune marque ne l'a suivie."],
  field_question: ["the question", "la question"],
  field_channel: ["the channel ($1)", "le canal ($1)"],
  field_promise: ["the promise tested (“$1”)", "la promesse testée (« $1 »)"],
  field_pinning: ["whose statement of the promise is the yardstick", "l'énoncé de la promesse qui sert d'étalon"],
  field_wait: ["the wait ($1)", "l'attente ($1)"],
  field_followUp: ["the follow-up", "la relance"],
  field_responseRule: ["what counted as a response", "ce qui a compté comme réponse"],
  added: ["Brands added after the start", "Marques ajoutées après le début"],
  addedNone: ["No brand was added after the campaign started.", "Aucune marque n'a été ajoutée après le début de la campagne."],
  addedLead: ["These brands joined after the start, and ran the protocol as it stood when they joined:", "Ces marques ont rejoint la campagne après son début, avec le protocole en vigueur à leur arrivée :"],
  addedItem: ["$1: added on $2 (protocol version $3)", "$1 : ajoutée le $2 (version $3 du protocole)"],
  deleted: ["Brands whose case was deleted", "Marques dont le dossier a été supprimé"],
  deletedNone: ["No brand's case was deleted.", "Aucun dossier de marque n'a été supprimé."],
  deletedLead: [
    "The person deleted these brands' cases: they stay listed, without figures, and their evidence is not part of this export.",
    "La personne a supprimé le dossier de ces marques : elles restent listées, sans chiffres, et leurs preuves ne font pas partie de cet export.",
  ],
  deletedItem: ["$1: case deleted on $2", "$1 : dossier supprimé le $2"],
  deletedItemUndated: ["$1: case deleted", "$1 : dossier supprimé"],
  limits: ["What the evidence shows, and what it does not", "Ce que les preuves montrent, et ce qu'elles ne montrent pas"],
  limitsChain: [
    "Each brand's events were sealed, as they were recorded, into a chain of SHA-256 hashes, and the export's manifest lists every file with its SHA-256 and is signed with a key that this installation of Receipts created and never lets out. If the bundle verifies, no event was changed, removed, added or reordered since it was recorded.",
    "Les événements de chaque marque ont été scellés, au fil de leur enregistrement, dans une chaîne d'empreintes SHA-256, et le manifeste de l'export liste chaque fichier avec son SHA-256 et est signé avec une clé que cette installation de Receipts a créée et ne laisse jamais sortir. Si le dossier est vérifié, aucun événement n'a été modifié, retiré, ajouté ni réordonné depuis son enregistrement.",
  ],
  limitsClock: [
    "Times come from the clock of the device the test was run on. Nothing here proves that clock was right.",
    "Les heures viennent de l'horloge de l'appareil sur lequel le test a été mené. Rien ici ne prouve que cette horloge était juste.",
  ],
  limitsTrustedTime: [
    "When the bundle holds manifest.tsr, a time-stamping authority vouches for when it was signed: nothing in it was written after that time. The times of the events themselves still come from the device's clock.",
    "Quand l'envoi contient manifest.tsr, une autorité d'horodatage atteste du moment où il a été signé : rien n'y a été écrit après. Les heures des événements eux-mêmes viennent toujours de l'horloge de l'appareil.",
  ],
  limitsServer: [
    "Receipts records what the browser showed and what the person sent. It does not prove by itself that the brand's server sent that content, nor that a message a site confirmed reached a person.",
    "Receipts enregistre ce que le navigateur a affiché et ce que la personne a envoyé. Cela ne prouve pas à soi seul que le serveur de la marque a envoyé ce contenu, ni qu'un message confirmé par un site est parvenu à quelqu'un.",
  ],
  limitsAutomatic: [
    "Automatic acknowledgements are told from answers by their sender and wording, in English and French: a person's answer that reads like a template can be miscounted. Each verdict names the events it rests on, so a reader can check it.",
    "Les accusés de réception automatiques sont distingués des réponses par leur expéditeur et leur formulation, en anglais et en français : une réponse humaine qui ressemble à un modèle peut être mal comptée. Chaque verdict nomme les événements sur lesquels il repose, pour être vérifié.",
  ],
  limitsRecorded: [
    "Only what was recorded counts: a response that came by a way Receipts did not record (a call not logged, a letter not entered) is not in the figures.",
    "Seul ce qui a été enregistré compte : une réponse arrivée par un moyen que Receipts n'a pas enregistré (un appel non noté, un courrier non saisi) n'est pas dans les chiffres.",
  ],
  limitsClockAnomaly: [
    "The device's clock went back during the test of: $1. For those brands, an event timed by the clock is placed no earlier than the one recorded before it.",
    "L'horloge de l'appareil a reculé pendant le test de : $1. Pour ces marques, un événement daté par l'horloge n'est pas placé avant celui enregistré juste avant lui.",
  ],
  limitsOtherChannel: [
    "First reached on another channel than the protocol's, and measured from that contact: $1.",
    "Jointes d'abord par un autre canal que celui du protocole, et mesurées à partir de ce contact : $1.",
  ],
  limitsNotPinned: ["No promise pinned yet, so no deadline to measure against: $1.", "Aucune promesse encore épinglée, donc pas d'échéance à mesurer : $1."],
} as const satisfies Record<string, Pair>;

type Key = keyof typeof T;

function say(lang: CampaignLanguage, key: Key, ...args: Array<string | number>): string {
  return T[key][lang === "fr" ? 1 : 0].replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ""));
}

const section = (id: MethodologySectionId, heading: string, paragraphs: string[], items: string[] = []): MethodologySection => ({ id, heading, paragraphs, items });

function listOf(names: readonly string[], lang: CampaignLanguage): string {
  return new Intl.ListFormat(lang, { style: "long", type: "conjunction" }).format(names);
}

function protocolItems(p: Protocol, lang: CampaignLanguage): string[] {
  return [
    say(lang, "question", p.question),
    say(lang, "channel", channelWords(p.channel, lang)),
    p.promise.reading ? say(lang, "promiseRead", p.promise.text, readingWords(p.promise.reading, lang)) : say(lang, "promise", p.promise.text),
    say(lang, p.pinning === "campaign" ? "pinningCampaign" : "pinningBrand"),
    say(lang, "wait", durationWords(p.wait, lang)),
    p.followUpAfter ? say(lang, "followUp", durationWords(p.followUpAfter, lang)) : say(lang, "noFollowUp"),
    say(lang, p.responseRule === "person" ? "rulePerson" : "ruleAny"),
  ];
}

/** What a version changed from the one before it, in a few words. */
function changes(before: Protocol, after: Protocol, lang: CampaignLanguage): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  if (before.question !== after.question) out.push(say(lang, "field_question"));
  if (before.channel !== after.channel) out.push(say(lang, "field_channel", channelWords(after.channel, lang)));
  if (!same(before.promise, after.promise)) out.push(say(lang, "field_promise", after.promise.text));
  if (before.pinning !== after.pinning) out.push(say(lang, "field_pinning"));
  if (!same(before.wait, after.wait)) out.push(say(lang, "field_wait", durationWords(after.wait, lang)));
  if (!same(before.followUpAfter, after.followUpAfter)) out.push(say(lang, "field_followUp"));
  if (before.responseRule !== after.responseRule) out.push(say(lang, "field_responseRule"));
  return out;
}

const withNote = (rows: readonly ComparisonRow[], note: RowNote) => rows.filter((r) => r.notes.includes(note)).map((r) => r.brand.name);

export function campaignMethodology(input: MethodologyInput): Methodology {
  const { campaign, rows, lang } = input;
  const protocols = campaign.protocols;
  const latest = protocols[protocols.length - 1] as Protocol;
  const sections: MethodologySection[] = [];

  const lead = protocols.length === 1 ? say(lang, "protocolOne", latest.version, momentWords(latest.written, lang)) : say(lang, "protocolMany", protocols.length, latest.version, momentWords(latest.written, lang));
  sections.push(section("protocol", say(lang, "protocol"), [lead], protocolItems(latest, lang)));
  sections.push(section("verdicts", say(lang, "verdicts"), [say(lang, "verdictsLead"), say(lang, "verdictDeadlines"), say(lang, "verdictEvidence")], [say(lang, "verdictKept"), say(lang, "verdictBroken"), say(lang, "verdictPending"), say(lang, "verdictSilent")]));

  // Dates: the campaign's own, then the first and last contact across brands.
  const contacts = rows.flatMap((r) => [r.firstContact.value, r.lastContact.value].filter((c) => c !== undefined).map((c) => ({ contact: c, brand: r.brand.name })));
  const first = contacts.reduce<(typeof contacts)[number] | undefined>((a, b) => (a === undefined || b.contact.at < a.contact.at ? b : a), undefined);
  const last = contacts.reduce<(typeof contacts)[number] | undefined>((a, b) => (a === undefined || b.contact.at > a.contact.at ? b : a), undefined);
  const dateItems = [
    say(lang, "created", momentWords(campaign.created, lang)),
    campaign.started ? say(lang, "started", momentWords(campaign.started, lang)) : say(lang, "notStarted"),
    ...(campaign.started ? [campaign.ended ? say(lang, "ended", momentWords(campaign.ended, lang)) : say(lang, "running")] : []),
    ...(first && last
      ? [say(lang, "firstContact", momentWords({ at: first.contact.at, timeZone: first.contact.timeZone }, lang), first.brand), say(lang, "lastContact", momentWords({ at: last.contact.at, timeZone: last.contact.timeZone }, lang), last.brand)]
      : [say(lang, "noContact")]),
  ];
  sections.push(section("dates", say(lang, "dates"), [say(lang, "asOf", momentWords(input.now, lang))], dateItems));

  // Every version, why it changed, and who ran it.
  const versionItems = protocols.map((p, i) => {
    const written = momentWords(p.written, lang);
    const head = i === 0 ? say(lang, "versionFirst", p.version, written) : p.change ? say(lang, "versionWhy", p.version, written, p.change) : say(lang, "version", p.version, written);
    const changed = i > 0 ? changes(protocols[i - 1] as Protocol, p, lang) : [];
    const ran = campaign.brands.filter((b) => b.protocolVersion === p.version).map((b) => b.brand.name);
    return [head, changed.length ? say(lang, "versionChanged", listOf(changed, lang)) : "", ran.length ? say(lang, "versionBrands", listOf(ran, lang)) : say(lang, "versionNoBrand")].filter(Boolean).join(" ");
  });
  sections.push(section("versions", say(lang, "versions"), [], versionItems));

  const added = campaign.brands.filter((b) => b.addedAfterStart);
  sections.push(
    added.length
      ? section("added", say(lang, "added"), [say(lang, "addedLead")], added.map((b) => say(lang, "addedItem", b.brand.name, momentWords(b.added, lang), b.protocolVersion)))
      : section("added", say(lang, "added"), [say(lang, "addedNone")]),
  );

  const deleted = rows.filter((r) => r.caseDeleted);
  sections.push(
    deleted.length
      ? section("deleted", say(lang, "deleted"), [say(lang, "deletedLead")], deleted.map((r) => (r.caseDeletedAt ? say(lang, "deletedItem", r.brand.name, momentWords(r.caseDeletedAt, lang)) : say(lang, "deletedItemUndated", r.brand.name))))
      : section("deleted", say(lang, "deleted"), [say(lang, "deletedNone")]),
  );

  const limits = [say(lang, "limitsChain"), say(lang, "limitsClock"), ...(input.trustedTime ? [say(lang, "limitsTrustedTime")] : []), say(lang, "limitsServer"), say(lang, "limitsAutomatic"), say(lang, "limitsRecorded")];
  const flagged: Array<[RowNote, Key]> = [["clock-anomaly", "limitsClockAnomaly"], ["other-channel", "limitsOtherChannel"], ["promise-not-pinned", "limitsNotPinned"]];
  const caveats = flagged.flatMap(([note, key]) => {
    const names = withNote(rows, note);
    return names.length ? [say(lang, key, listOf(names, lang))] : [];
  });
  sections.push(section("limits", say(lang, "limits"), limits, caveats));

  return { title: say(lang, "title"), sections };
}

/** The methodology as plain text (methodology.txt): headings underlined, items as dashes. */
export function methodologyPlainText(methodology: Methodology): string {
  const lines = [methodology.title, "=".repeat(methodology.title.length), ""];
  for (const s of methodology.sections) {
    lines.push(s.heading, "-".repeat(s.heading.length), "");
    for (const p of s.paragraphs) lines.push(p, "");
    if (s.items.length) {
      for (const item of s.items) lines.push(`- ${item}`);
      lines.push("");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
