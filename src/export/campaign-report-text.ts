// The campaign report's words, English and French side by side (the report is in the language the
// person picks for the export). The campaign's shared words (verdicts, channels, notes) are in
// domain/campaigns/methodology-words.ts.
import type { CampaignLanguage } from "../domain/campaigns/methodology-words";

const T = {
  reportTitle: ["Campaign report: $1", "Rapport de campagne : $1"],
  preparedWith: ["Prepared with Receipts on $1 (device clock). Figures as of $2.", "Préparé avec Receipts le $1 (horloge de l'appareil). Chiffres arrêtés au $2."],
  summary: ["Summary", "Résumé"],
  summaryLead: ["$1 brands were tested with the same protocol, on the promise “$2”.", "$1 marques ont été testées selon le même protocole, sur la promesse « $2 »."],
  summaryLeadPerBrand: ["$1 brands were tested with the same protocol, each against its own statement of the promise.", "$1 marques ont été testées selon le même protocole, chacune sur son propre énoncé de la promesse."],
  summaryVerdicts: [
    "Of the $1 brands with a verdict: $2 kept the promise, $3 broke it, $4 stayed silent, $5 still pending.",
    "Sur les $1 marques ayant un verdict : $2 ont tenu la promesse, $3 ne l'ont pas tenue, $4 sont restées silencieuses, $5 sont en cours.",
  ],
  summaryMedian: ["Median time to a first response: $1 (over the $2 brands that answered at a distance).", "Délai médian de première réponse : $1 (sur les $2 marques qui ont répondu à distance)."],
  summaryNoMedian: ["No brand has answered at a distance yet.", "Aucune marque n'a encore répondu à distance."],
  summaryDeleted: ["$1 brand(s) had their case deleted: listed without figures, their evidence is not in this report.", "$1 marque(s) ont vu leur dossier supprimé : listées sans chiffres, leurs preuves ne sont pas dans ce rapport."],
  summaryAdded: ["$1 brand(s) were added after the campaign started (see the methodology).", "$1 marque(s) ont été ajoutées après le début de la campagne (voir la méthodologie)."],
  share: ["$1 of $2 ($3 %)", "$1 sur $2 ($3 %)"],
  factKept: ["Kept", "Tenue"],
  factBroken: ["Broken", "Non tenue"],
  factSilent: ["Silent", "Silence"],
  factPending: ["Pending", "En cours"],
  factMedian: ["Median time to a first response", "Délai médian de première réponse"],
  comparison: ["The comparison", "La comparaison"],
  comparisonCaption: [
    "One row per brand, all measured against the same yardstick. Each figure links to the events it comes from.",
    "Une ligne par marque, toutes mesurées avec le même étalon. Chaque chiffre renvoie aux événements dont il vient.",
  ],
  colBrand: ["Brand", "Marque"],
  colPromised: ["Promised", "Promis"],
  colFirstContact: ["First contact", "Premier contact"],
  colFirstResponse: ["First response", "Première réponse"],
  colVerdict: ["Verdict", "Verdict"],
  colAttempts: ["Contact attempts", "Prises de contact"],
  colFollowUps: ["Follow-ups", "Relances"],
  colInterlocutors: ["Interlocutors", "Interlocuteurs"],
  colResolution: ["Time to resolution", "Délai de résolution"],
  colVersion: ["Protocol", "Protocole"],
  colNotes: ["Notes", "Remarques"],
  version: ["v$1", "v$1"],
  noResponse: ["none", "aucune"],
  noResponseYet: ["none after $1", "aucune après $1"],
  inPerson: ["on the spot", "sur le moment"],
  lateBy: ["$1 late", "$1 de retard"],
  dueOn: ["due $1", "échéance $1"],
  notResolved: ["not resolved", "non résolu"],
  caseDeleted: ["case deleted", "dossier supprimé"],
  chart: ["Response times against the promise", "Délais de réponse face à la promesse"],
  chartTitle: ["Hours to a first response, per brand, against the promised deadline", "Heures avant une première réponse, par marque, face à l'échéance promise"],
  chartDesc: [
    "Horizontal bars: hours from the first contact attempt to the brand's first response. Hatched bars: no response yet, the time waited so far. A black mark on each row: the deadline the promise gave. $1",
    "Barres horizontales : heures entre la première prise de contact et la première réponse de la marque. Barres hachurées : pas de réponse, le temps attendu jusqu'ici. Un trait noir sur chaque ligne : l'échéance promise. $1",
  ],
  chartEmpty: ["No brand has been contacted yet: nothing to chart.", "Aucune marque n'a encore été contactée : rien à représenter."],
  chartLeftOut: ["Not charted: $1.", "Non représentées : $1."],
  chartTableCaption: ["The chart's figures", "Les chiffres du graphique"],
  chartHours: ["hours", "heures"],
  legendResponse: ["first response", "première réponse"],
  legendWaiting: ["no response yet", "pas encore de réponse"],
  legendDeadline: ["promised deadline", "échéance promise"],
  colTook: ["Hours to the first response (or waited so far)", "Heures avant la première réponse (ou attendues jusqu'ici)"],
  colPromisedHours: ["Promised (hours)", "Promis (heures)"],
  answeredNo: ["waiting", "en attente"],
  evidence: ["Evidence behind each figure", "Les preuves derrière chaque chiffre"],
  evidenceLead: [
    "For each brand: its dossier in this bundle, and for each figure the events it comes from, by identifier and SHA-256 (the hash sealed into the case's chain).",
    "Pour chaque marque : son dossier dans cet envoi, et pour chaque chiffre les événements dont il vient, par identifiant et SHA-256 (l'empreinte scellée dans la chaîne du dossier).",
  ],
  dossier: ["Dossier: $1", "Dossier : $1"],
  noEvidence: ["No event: this comes from the campaign's protocol.", "Aucun événement : cela vient du protocole de la campagne."],
  noEventCounted: ["No event counted.", "Aucun événement compté."],
  deletedEvidence: ["Case deleted: no evidence in this export.", "Dossier supprimé : aucune preuve dans cet export."],
  eventLine: ["$1, SHA-256 $2", "$1, SHA-256 $2"],
  unsealed: ["not sealed", "non scellé"],
  verify: ["Checking this report", "Vérifier ce rapport"],
  verifyText: [
    "This report is part of a signed bundle with every brand's dossier. Open verify.html from the bundle and drop the bundle's ZIP file on it, or run the command-line verifier: it checks the signature, every file and each brand's chain of events.",
    "Ce rapport fait partie d'un envoi signé avec le dossier de chaque marque. Ouvrez verify.html et déposez-y le fichier ZIP, ou lancez le vérificateur en ligne de commande : il vérifie la signature, chaque fichier et la chaîne d'événements de chaque marque.",
  ],
  fingerprint: ["Fingerprint of the signing key: $1", "Empreinte de la clé de signature : $1"],
} as const satisfies Record<string, readonly [string, string]>;

export type ReportTextKey = keyof typeof T;

export function rt(lang: CampaignLanguage, key: ReportTextKey, ...args: Array<string | number>): string {
  return T[key][lang === "fr" ? 1 : 0].replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ""));
}
