// Whether a message from the brand was written by a machine: an acknowledgement of receipt, an
// auto-reply, an out-of-office. Such a message is not an answer: "we have received your request and will
// reply within 48 hours" starts the wait, it does not end it.
// The rule, in English and French:
// - a sender address such as no-reply@, ne-pas-repondre@, mailer-daemon@ is a machine;
// - so is a text or subject that says it is automatic ("automatic reply", "message automatique",
//   "généré automatiquement", "out of office", "absent du bureau");
// - a short text that confirms receipt and announces an answer later is an acknowledgement. A text that
//   confirms receipt and then answers ("we have received your request; your refund was sent") is not.
// The person can always overrule it (the engine takes another rule as an option).
import { wordsPattern } from "../word-pattern";

const NO_REPLY_SENDER = /^(?:no-?reply|do-?not-?reply|donotreply|ne-?pas-?repondre|nepasrepondre|mailer-daemon|postmaster|auto-?reply|autoresponder|notifications?)(?:[+._-][^@]*)?@/i;

const SAYS_AUTOMATIC = wordsPattern([
  "automatic (?:reply|response|message|e-?mail|acknowledge?ment)",
  "automated (?:reply|response|message|e-?mail)",
  "auto-?reply",
  "(?:sent|generated) automatically",
  "automatically (?:sent|generated)",
  "this mailbox is not monitored",
  "out of (?:the )?office",
  "réponse automatique",
  "(?:message|e-?mail|mail|courriel) automatique",
  "accusé de réception automatique",
  "(?:généré|générée|envoyé|envoyée) automatiquement",
  "cette (?:adresse|boîte) (?:mail |e-?mail )?n'est pas (?:lue|consultée|surveillée)",
  "absente? du bureau",
  "en congés? jusqu'",
]);

const MAY_SAY_AUTOMATIC = /auto|office|bureau|cong|consult|surveill|monitor|lue/i;

const CONFIRMS_RECEIPT = wordsPattern([
  "we(?: have|'ve) (?:well |successfully )?received your",
  "we(?: have|'ve) (?:well )?registered your",
  "(?:your|the) (?:request|message|e-?mail|enquiry|inquiry|complaint|claim|ticket) (?:has been|was|is) (?:received|registered|logged|recorded|created)",
  "thank you for your (?:message|e-?mail|request|enquiry|inquiry)",
  "this is to (?:confirm|acknowledge) (?:receipt|that we)",
  "nous avons (?:bien )?(?:reçu|enregistré|pris en compte) votre",
  "votre (?:demande|message|e-?mail|mail|courriel|réclamation|requête|dossier) a (?:bien )?été (?:reçue?|enregistrée?|prise? en compte|transmise?|créée?)",
  "(?:nous accusons|accusons) (?:bonne )?réception",
  "merci pour votre (?:message|e-?mail|mail|courriel|demande)",
]);

const ANSWER_LATER = wordsPattern([
  "will (?:get back|reply|respond|answer|contact|come back|be in touch|look into|review|process)",
  "(?:we|i|they|someone)'ll (?:get back|reply|respond|answer|contact|be in touch|look into|review)",
  "as soon as possible|shortly|in due course|within \\d+ ?\\p{L}+",
  "do not reply|please don't reply",
  "(?:reviendrons|reviendra|reviendrai) vers vous",
  "(?:répondrons|répondra|contacterons|recontacterons|traiterons|traitera|étudierons)",
  "(?:va|allons|vont) (?:vous )?(?:répondre|recontacter|contacter|traiter|étudier)",
  "dans les (?:meilleurs|plus brefs) délais",
  "(?:sous|d'ici|dans les) \\d+ ?\\p{L}+",
  "(?:merci de|veuillez) ne pas répondre|ne répondez pas",
]);

/** Longer than this, a message that confirms receipt is taken to say something more. */
const ACKNOWLEDGEMENT_MAX_CHARS = 800;

function plain(text: string): string {
  return text.normalize("NFC").replace(/[’ʼ`]/g, "'").replace(/\s+/g, " ").trim();
}

export interface BrandMessage {
  text?: string;
  subject?: string;
  /** The sender's e-mail address, when known. */
  senderAddress?: string;
}

/** Whether the text itself says a machine wrote it (also used for chat lines an agent's widget sends). */
export function saysAutomatic(text: string): boolean {
  // Every wording above contains one of these: most chat lines are ruled out before being normalised.
  return MAY_SAY_AUTOMATIC.test(text) && SAYS_AUTOMATIC.test(plain(text));
}

export function isAutomaticReply(message: BrandMessage): boolean {
  const address = message.senderAddress?.trim().replace(/^.*</, "").replace(/>.*$/, "");
  if (address && NO_REPLY_SENDER.test(address)) return true;
  const subject = plain(message.subject ?? "");
  const text = plain(message.text ?? "");
  if (SAYS_AUTOMATIC.test(subject) || SAYS_AUTOMATIC.test(text)) return true;
  if (/^(?:accusé de réception|acknowledge?ment of receipt|we received your)/i.test(subject) && text.length <= ACKNOWLEDGEMENT_MAX_CHARS) return true;
  return text.length <= ACKNOWLEDGEMENT_MAX_CHARS && CONFIRMS_RECEIPT.test(text) && ANSWER_LATER.test(text);
}
