// The dossier's own words, English and French side by side. The dossier is a document in the
// language the person picks in the export menu, which may differ from the browser's UI language,
// so it cannot use the browser's i18n API (which only speaks the UI language).
export type DossierLanguage = "en" | "fr";

const T = {
  dossier: ["Dossier", "Dossier"],
  docTitle: ["Customer-service dossier", "Dossier de service client"],
  preparedWith: ["Prepared with Receipts on $1 (device clock, $2).", "Préparé avec Receipts le $1 (horloge de l'appareil, $2)."],
  summary: ["Summary", "Résumé"],
  summaryLead: [
    "$1 has been in contact with $2 since $3: $4 contact attempts and $5 messages are recorded, $6 events in all.",
    "$1 est en contact avec $2 depuis le $3 : $4 prises de contact et $5 messages sont enregistrés, $6 événements en tout.",
  ],
  summaryEmpty: ["Nothing is recorded in this case yet.", "Rien n'est encore enregistré dans ce dossier."],
  thePerson: ["The person using this browser", "La personne qui utilise ce navigateur"],
  who: ["Who", "Qui"],
  brand: ["Brand", "Marque"],
  since: ["Since", "Depuis"],
  lastEvent: ["Last event", "Dernier événement"],
  contactAttempts: ["Contact attempts", "Prises de contact"],
  messages: ["Messages", "Messages"],
  eventsInAll: ["Events in all", "Événements en tout"],
  channels: ["Channels", "Canaux"],
  status: ["Status of the case", "État du dossier"],
  promised: ["What was promised", "Ce qui a été promis"],
  nothingPromised: ["No promise is recorded in this case.", "Aucune promesse n'est enregistrée dans ce dossier."],
  proofHeading: ["What this proves, and what it does not", "Ce que cela prouve, et ce que cela ne prouve pas"],
  proofCovers: [
    "Each event was sealed, when it was recorded, into a chain of SHA-256 hashes, and the bundle's manifest is signed with a key that this installation of Receipts created and never lets out. If the bundle verifies, the evidence is unchanged since this installation recorded it, nothing was removed, added or reordered, and each event was recorded at the time shown, as read from the device's clock.",
    "Chaque événement a été scellé, au moment de son enregistrement, dans une chaîne d'empreintes SHA-256, et le manifeste du dossier est signé avec une clé que cette installation de Receipts a créée et ne laisse jamais sortir. Si le dossier est vérifié, les preuves n'ont pas changé depuis leur enregistrement par cette installation, rien n'a été retiré, ajouté ni réordonné, et chaque événement a été enregistré à l'heure indiquée, telle que lue sur l'horloge de l'appareil.",
  ],
  proofDoesNot: [
    "It does not prove by itself that the brand's server sent that content: Receipts records what the browser showed and what the person sent. Nor does it prove the device's clock was right. The signing key's fingerprint, sent or published by the person before the dispute, shows the key predates it.",
    "Cela ne prouve pas à soi seul que le serveur de la marque a envoyé ce contenu : Receipts enregistre ce que le navigateur a affiché et ce que la personne a envoyé. Cela ne prouve pas non plus que l'horloge de l'appareil était juste. L'empreinte de la clé de signature, envoyée ou publiée par la personne avant le litige, montre que la clé lui est antérieure.",
  ],
  howToVerify: [
    "To check: open verify.html from the bundle (or any copy of it) and drop the bundle's ZIP file on it, or run the command-line verifier. No installation and no network are needed.",
    "Pour vérifier : ouvrez verify.html (dans le dossier ZIP ou une copie) et déposez-y le fichier ZIP, ou lancez le vérificateur en ligne de commande. Aucune installation ni réseau n'est nécessaire.",
  ],
  timeline: ["Timeline", "Chronologie"],
  occurred: ["Happened", "Survenu"],
  recorded: ["recorded", "enregistré"],
  from: ["from", "depuis"],
  screenshot: ["Screenshot", "Capture d'écran"],
  shortened: ["(shortened here: $1 characters in all, whole in case.json)", "(raccourci ici : $1 caractères au total, en entier dans case.json)"],
  annex: ["Annex: every event and file with its fingerprint", "Annexe : chaque événement et fichier avec son empreinte"],
  annexEvents: ["Events, in the order they were stored", "Événements, dans l'ordre de leur enregistrement"],
  annexFiles: ["Files (screenshots, snapshots)", "Fichiers (captures d'écran, instantanés)"],
  noFiles: ["No file is attached to this case.", "Aucun fichier n'est joint à ce dossier."],
  colNumber: ["#", "n°"],
  colTime: ["Recorded (device clock)", "Enregistré (horloge de l'appareil)"],
  colKind: ["Kind", "Type"],
  colId: ["Event id", "Identifiant"],
  colHash: ["SHA-256 of the event", "SHA-256 de l'événement"],
  colPrevious: ["SHA-256 of the one before", "SHA-256 du précédent"],
  colFile: ["File", "Fichier"],
  colType: ["Type", "Type"],
  colSize: ["Bytes", "Octets"],
  signing: ["Signing key and chain", "Clé de signature et chaîne"],
  fingerprint: ["Fingerprint of the signing key (SHA-256 of the public key)", "Empreinte de la clé de signature (SHA-256 de la clé publique)"],
  publicKey: ["Public key (SPKI, base64)", "Clé publique (SPKI, base64)"],
  noKey: ["Not signed: this file was exported on its own. The signed ZIP bundle carries the key.", "Non signé : ce fichier a été exporté seul. Le dossier ZIP signé porte la clé."],
  chainHead: ["Last event's hash (chain head)", "Empreinte du dernier événement (tête de chaîne)"],
  chainCount: ["Number of events in the chain", "Nombre d'événements dans la chaîne"],
  none: ["none", "aucun"],
  // Event kinds, sides, outcomes
  kind_contact_attempt: ["Contact attempt", "Prise de contact"],
  kind_contact_outcome: ["Result of the contact", "Suite de la prise de contact"],
  kind_message: ["Message", "Message"],
  kind_promise: ["Promise", "Promesse"],
  kind_response: ["Response", "Réponse"],
  kind_note: ["Note", "Note"],
  kind_attachment: ["Attachment", "Pièce jointe"],
  kind_promise_reading: ["How a promise reads (corrected)", "Lecture d'une promesse (corrigée)"],
  kind_case_change: ["Change to the case", "Modification du dossier"],
  kind_correction: ["Correction", "Correction"],
  snapshot: ["Snapshot of the page: $1 (SHA-256 $2)", "Instantané de la page : $1 (SHA-256 $2)"],
  channel_web_form: ["Web form", "Formulaire web"],
  channel_chat: ["Chat", "Discussion en ligne"],
  channel_email: ["E-mail", "Courriel"],
  channel_phone: ["Phone", "Téléphone"],
  channel_letter: ["Letter", "Courrier"],
  channel_visit: ["Visit", "Visite"],
  channel_social: ["Social media", "Réseaux sociaux"],
  channel_other: ["Other", "Autre"],
  side_person: ["The person", "La personne"],
  side_agent: ["Agent", "Conseiller"],
  side_bot: ["Bot", "Robot"],
  side_system: ["Chat system", "Système de discussion"],
  theSite: ["$1's site", "Le site de $1"],
  outcome_confirmed: ["The site confirmed it", "Le site l'a confirmé"],
  outcome_error: ["The site showed an error", "Le site a affiché une erreur"],
  outcome_unconfirmed: ["No confirmation shown", "Aucune confirmation affichée"],
  reference: ["Reference: $1", "Référence : $1"],
  withheld: ["[not stored: $1]", "[non enregistré : $1]"],
  sentTo: ["Sent to: $1", "Envoyé à : $1"],
  spokeWith: ["Spoke with: $1", "Interlocuteur : $1"],
  duration: ["Duration: $1 min", "Durée : $1 min"],
  place: ["Place: $1", "Lieu : $1"],
  promisedLine: ["Promised: $1", "Promis : $1"],
  subject: ["Subject: $1", "Objet : $1"],
  tracking: ["Tracking number: $1", "Numéro de suivi : $1"],
  chatStarted: ["Chat started", "Début de la discussion"],
  chatEnded: ["Chat ended", "Fin de la discussion"],
  handoff: ["Handed over from $1 to $2", "Transférée de $1 à $2"],
  fileLine: ["File: $1 ($2 bytes, SHA-256 $3)", "Fichier : $1 ($2 octets, SHA-256 $3)"],
} as const satisfies Record<string, readonly [string, string]>;

export type DossierTextKey = keyof typeof T;

/** The text for `key` in `lang`, with $1, $2… replaced by `args` (plain text, escaped by the renderer). */
export function dt(lang: DossierLanguage, key: DossierTextKey, ...args: Array<string | number>): string {
  // Data that fails the schema (an unknown channel) shows its raw key rather than breaking the page.
  const entry = (T as Record<string, readonly [string, string] | undefined>)[key];
  const text: string = entry ? entry[lang === "fr" ? 1 : 0] : key;
  return text.replace(/\$(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ""));
}

export function hasDossierText(key: string): key is DossierTextKey {
  return Object.hasOwn(T, key);
}
