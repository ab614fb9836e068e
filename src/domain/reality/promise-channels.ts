// Which contact channels a reply-time promise speaks of: "we answer e-mails within 48 hours" is owed to
// e-mails, not to chats; "réponse sous 2 minutes par tchat" to chats only. Words naming no channel
// ("we reply to every request within 48 hours") make the promise owed to every attempt.
// English "mail" is left out on purpose: it means the post in Britain and, often, e-mail elsewhere.
import type { Channel } from "../evidence";
import { wordsPattern } from "../word-pattern";

const WORDS: ReadonlyArray<readonly [Channel, RegExp]> = [
  ["email", wordsPattern(["e-?mails?", "courriels?", "courriers? électroniques?", "mél", "adresse (?:e-?)?mail"])],
  ["chat", wordsPattern(["chat", "live ?chat", "tchat", "chat en ligne", "messagerie instantanée", "messaging"])],
  ["phone", wordsPattern(["phone", "telephone", "hotline", "helpline", "call cent(?:er|re)", "téléphone", "téléphonique", "par appel"])],
  ["web-form", wordsPattern(["(?:contact |online |web )?forms?", "formulaires?"])],
  ["letter", wordsPattern(["letters?", "post", "postal", "lettres?", "courriers?(?! électroniques?)", "recommandée?s?"])],
  ["social", wordsPattern(["social (?:media|networks?)", "réseaux sociaux", "twitter", "facebook", "instagram", "messenger", "whatsapp", "direct messages?"])],
  ["visit", wordsPattern(["in[- ]store", "shops?", "stores?", "boutiques?", "agences?", "magasins?", "points? de vente"])],
];

/** The channels the words name; undefined when they name none (the promise then covers every channel). */
export function channelsNamed(text: string, language?: "en" | "fr"): Channel[] | undefined {
  const plain = text.normalize("NFC").toLowerCase();
  const found = WORDS.filter(([, pattern]) => pattern.test(plain)).map(([channel]) => channel);
  // In French, "mail" is an e-mail.
  if (language === "fr" && !found.includes("email") && wordsPattern(["mails?"]).test(plain)) found.push("email");
  return found.length > 0 ? found : undefined;
}
