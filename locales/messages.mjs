// Source of _locales: one table, both languages side by side, so a key can never exist in one only.
// The build writes public/_locales/{en,fr}/messages.json from it (scripts/build.mjs).
import { mkdirSync, writeFileSync } from "node:fs";

const M = {
  extName: ["Receipts", "Receipts"],
  extDescription: [
    "Keeps the receipts on customer service: every contact, promise and reply, kept as evidence on your computer.",
    "Gardez les preuves face au service client : chaque contact, promesse et réponse, conservés comme preuves sur votre ordinateur.",
  ],
  actionTitle: ["Receipts: this site", "Receipts : ce site"],
  openDashboard: ["Open dashboard", "Ouvrir le tableau de bord"],
  dashboardTitle: ["Receipts — your cases", "Receipts — vos dossiers"],
  notAWebSite: ["Receipts works on web sites. Open a brand's site to watch it.", "Receipts fonctionne sur les sites web. Ouvrez le site d'une marque pour le suivre."],
  siteWatched: ["Receipts is recording your contacts with this site.", "Receipts enregistre vos contacts avec ce site."],
  siteNotWatched: ["This site is not watched: nothing is recorded here.", "Ce site n'est pas suivi : rien n'est enregistré ici."],
  watchThisSite: ["Watch this site", "Suivre ce site"],
  stopWatching: ["Stop watching", "Ne plus suivre"],
  nowWatching: ["Now watching $HOST$.", "$HOST$ est maintenant suivi.", "HOST"],
  stoppedWatching: ["Stopped watching $HOST$.", "$HOST$ n'est plus suivi.", "HOST"],
  permissionRefused: ["The browser did not give access to this site, so it is not watched.", "Le navigateur n'a pas donné accès à ce site : il n'est pas suivi."],
  actionFailed: ["That did not work: $REASON$", "Cela n'a pas fonctionné : $REASON$", "REASON"],
  openCase: ["Open case", "Dossier en cours"],
  openCaseLink: ["Open this case", "Ouvrir ce dossier"],
  recentEvidence: ["Recorded on this site", "Enregistré sur ce site"],
  noEvidenceYet: ["Nothing recorded on this site yet.", "Rien n'a encore été enregistré sur ce site."],
  casesHeading: ["Cases", "Dossiers"],
  noCasesYet: ["No case yet. Watch a brand's site from the toolbar button to start one.", "Aucun dossier pour l'instant. Suivez le site d'une marque depuis le bouton de la barre d'outils pour en ouvrir un."],
  brandLabel: ["Brand", "Marque"],
  createdLabel: ["opened", "ouvert le"],
  eventsHeading: ["Evidence ($COUNT$)", "Preuves ($COUNT$)", "COUNT"],
  timelineLabel: ["Timeline of the case", "Chronologie du dossier"],
  exportJson: ["Export JSON", "Exporter en JSON"],
  exportDone: ["The case was exported to your downloads.", "Le dossier a été exporté dans vos téléchargements."],
  collectorLabel: ["Collected by (optional)", "Collecté par (facultatif)"],
  save: ["Save", "Enregistrer"],
  saved: ["Saved.", "Enregistré."],
  dismiss: ["Dismiss", "Fermer"],
  storageErrorTitle: ["Receipts could not save evidence", "Receipts n'a pas pu enregistrer une preuve"],
  storageErrorBody: [
    "Receipts could not save evidence: $REASON$. Free some disk space or restart the browser; the page will try again.",
    "Receipts n'a pas pu enregistrer une preuve : $REASON$. Libérez de l'espace disque ou redémarrez le navigateur ; la page réessaiera.",
    "REASON",
  ],
  withheldValue: ["[not stored: $WHAT$]", "[non enregistré : $WHAT$]", "WHAT"],
  withheld_password: ["password", "mot de passe"],
  withheld_card_number: ["card number", "numéro de carte"],
  withheld_card_security_code: ["card security code", "cryptogramme de la carte"],
  withheld_card_detail: ["card detail", "donnée de carte"],
  withheld_one_time_code: ["one-time code", "code à usage unique"],
  valueShortened: ["(shortened here: $LENGTH$ characters in all, kept whole in the evidence)", "(raccourci ici : $LENGTH$ caractères au total, conservés en entier dans la preuve)", "LENGTH"],
  referenceIs: ["reference $REF$", "référence $REF$", "REF"],
  outcome_confirmed: ["Confirmed by the site", "Confirmé par le site"],
  outcome_error: ["The site showed an error", "Le site a affiché une erreur"],
  outcome_unconfirmed: ["No confirmation shown", "Aucune confirmation affichée"],
  linkPromptsHeading: ["What happened next?", "Que s'est-il passé ensuite ?"],
  linkPromptCall: ["You clicked to call $NUMBER$ ($WHEN$). What was said? What was promised?", "Vous avez cliqué pour appeler le $NUMBER$ ($WHEN$). Que vous a-t-on dit ? Que vous a-t-on promis ?", "NUMBER", "WHEN"],
  linkPromptMail: ["You clicked to write to $ADDRESS$ ($WHEN$). What did you send?", "Vous avez cliqué pour écrire à $ADDRESS$ ($WHEN$). Qu'avez-vous envoyé ?", "ADDRESS", "WHEN"],
  linkPromptSave: ["Add to the case", "Ajouter au dossier"],
  channel_web_form: ["Web form", "Formulaire web"],
  channel_chat: ["Chat", "Discussion en ligne"],
  channel_email: ["E-mail", "Courriel"],
  channel_phone: ["Phone", "Téléphone"],
  channel_letter: ["Letter", "Courrier"],
  channel_visit: ["Visit", "Visite"],
  channel_social: ["Social media", "Réseaux sociaux"],
  channel_other: ["Other", "Autre"],
  kind_contact_attempt: ["Contact attempt", "Prise de contact"],
  kind_contact_outcome: ["Result of the contact", "Suite de la prise de contact"],
  kind_message: ["Message", "Message"],
  // Live chats
  chatStarted: ["Chat started", "Début de la discussion"],
  chatStartedWith: ["Chat started ($VENDOR$)", "Début de la discussion ($VENDOR$)", "VENDOR"],
  chatEnded: ["Chat ended", "Fin de la discussion"],
  chatEndedWith: ["Chat ended: $LINE$", "Fin de la discussion : $LINE$", "LINE"],
  chatHandoff: ["Handed over from $FROM$ to $TO$", "Transférée de $FROM$ à $TO$", "FROM", "TO"],
  chatSide_person: ["You", "Vous"],
  chatSide_agent: ["Agent", "Conseiller"],
  chatSide_bot: ["Bot", "Robot"],
  chatSide_system: ["Chat", "Discussion"],
  chatRecordThis: ["Record this chat", "Enregistrer cette discussion"],
  chatPickHint: ["Click the conversation to record it. Esc cancels.", "Cliquez sur la discussion pour l'enregistrer. Échap pour annuler."],
  chatPickStarted: ["Now click the conversation in the page.", "Cliquez maintenant sur la discussion dans la page."],
  chatFrameAsk: ["The chat on this page is shown by $HOST$. Receipts needs access to it to record the chat.", "La discussion de cette page est affichée par $HOST$. Receipts doit y accéder pour l'enregistrer.", "HOST"],
  chatFrameAllow: ["Record the chat from $HOST$", "Enregistrer la discussion de $HOST$", "HOST"],
  chatFrameAllowed: ["The chat from $HOST$ is now recorded.", "La discussion de $HOST$ est maintenant enregistrée.", "HOST"],
  chatFrameRefused: ["Receipts will not record chats from $HOST$ and will not ask again.", "Receipts n'enregistrera pas les discussions de $HOST$ et ne le demandera plus.", "HOST"],
  kind_promise: ["Promise", "Promesse"],
  kind_response: ["Response", "Réponse"],
  kind_note: ["Note", "Note"],
  kind_attachment: ["Attachment", "Pièce jointe"],
  status_open: ["open", "ouvert"],
  status_waiting: ["waiting for the brand", "en attente de la marque"],
  status_resolved: ["resolved", "résolu"],
  status_escalated: ["escalated", "escaladé"],
  status_claim_filed: ["claim filed", "réclamation déposée"],
  status_closed: ["closed", "clos"],
};

export const LOCALES = { en: 0, fr: 1 };

export function messagesFor(index) {
  const out = {};
  for (const [key, entry] of Object.entries(M)) {
    const [en, fr, ...placeholders] = entry;
    const message = { message: [en, fr][index] };
    if (placeholders.length > 0) {
      message.placeholders = Object.fromEntries(placeholders.map((p, i) => [p.toLowerCase(), { content: `$${i + 1}` }]));
    }
    out[key] = message;
  }
  return out;
}

export const MESSAGE_KEYS = Object.keys(M);

export function writeLocales(root) {
  for (const [locale, index] of Object.entries(LOCALES)) {
    mkdirSync(`${root}/_locales/${locale}`, { recursive: true });
    writeFileSync(`${root}/_locales/${locale}/messages.json`, `${JSON.stringify(messagesFor(index), null, 2)}\n`);
  }
}
