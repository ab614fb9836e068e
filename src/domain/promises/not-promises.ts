// What rules a sentence out as a service commitment, and which parts of it do not commit anyone.
// Decisions:
// - questions, negations ("we cannot guarantee…", "aucun remboursement") and possibilities ("may be offered",
//   "pourra éventuellement") are not promises;
// - past-tense reports ("we replied within 48h last year") are not promises: they are facts about what
//   happened, recorded as responses elsewhere; a past sentence that also promises ("we have received your
//   message and will reply within 2 days") still counts;
// - statistics and averages ("93% of emails", "temps d'attente moyen") describe performance, not a commitment;
// - deadlines that bind the customer ("you have 30 days to return…") are not the brand's promises;
// - cookie banners, validity and storage periods ("valid for 7 days", "conservées 13 mois") are not service promises;
// - a conditional clause ("if your train is delayed by more than 30 minutes, …") is ignored, the rest is read.
import { isFuture } from "./commitment";
import { B0, B1, blank, matchesOf, rules, spanOf, test, words } from "./text-spans";

const NOT_NEGATIONS = words(
  "no later than", "not later than", "no more than", "not more than", "no questions asked", "no[- ]quibble",
  "at no (?:extra )?(?:cost|charge)", "no matter", "no extra", "no hidden", "no need", "n'hésitez pas", "ne manquez pas",
  "pas d'inquiétude", "pas de (?:souci|soucis|problème|panique)", "pas plus (?:de|d')", "n'importe",
);
const NEGATION = rules(
  `${B0}(?:not|cannot|can't|can not|won't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|never|unable|no longer|no|nobody|none|nor|without (?:any )?guarantee)${B1}` +
    `|${B0}(?:ne${B1}|n')\\s*.*${B0}(?:pas|jamais|plus|aucun|aucune|guère|point|ni|personne|rien)${B1}` +
    `|${B0}(?:aucun|aucune|sans garantie)${B1}`,
);

const PAST = rules(
  `${B0}(?:yesterday|last (?:year|month|week|night|time)|ago|was|were|had|did|has been|have been|(?:in|en|since|depuis) (?:19|20)\\d\\d)${B1}` +
    `|${B0}(?:we|i|they|he|she|someone|nobody|agent|adviser|advisor|team)(?: already)? (?:\\p{L}+ed|sent|gave|told|said|made|paid|rang|spoke|got)${B1}` +
    `|${B0}(?:hier|l'an (?:dernier|passé)|l'année (?:dernière|passée)|le mois dernier|la semaine dernière|il y a \\d+|était|étaient|avait|avaient)${B1}` +
    `|${B0}(?:ai|as|a|avons|avez|ont)(?: (?:bien|déjà|été))* (?!(?:lieu|droit|besoin|envie|accès|intérêt|raison|tort)${B1})\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ait|ert|erts)${B1}`,
);
const STATISTIC = rules(
  `\\d+ ?% (?:of|des|de nos)${B1}|${B0}(?:on average|average (?:wait|response|reply|time|handling)|en moyenne|(?:temps|délai)(?: d'attente)? moyen|moyenne de)${B1}`,
);
const CUSTOMER_DEADLINE = rules(
  `${B0}(?:you (?:have|get|'ve got|have got)|vous (?:disposez|avez|bénéficiez)(?: de| d')?(?: un délai de)?)(?: up to| jusqu'à)? \\S+ (?:days?|weeks?|months?|jours?|semaines?|mois)${B1}` +
    `|${B0}(?:must be (?:returned|sent|made|submitted)|doit être (?:retourné|renvoyé|effectué)e?|droit de rétractation)${B1}`,
);
const NOT_SERVICE = words(
  "cookies?", "traceurs?", "expir\\p{L}*", "valid (?:for|until|till|through|from)", "validity", "valable (?:\\d|jusqu|pendant|du|\\S+ (?:jours|mois|ans))", "validité", "stored for", "kept for",
  "retention", "(?:sont|est|seront|sera) conservée?s?", "conservée?s? pendant",
);
const MAY_MONTH = rules(`\\d{1,2} may${B1}|${B0}may \\d{1,2}`);
const POSSIBILITY = words(
  "may", "might", "could", "possibly", "at (?:our|the \\p{L}+'s) discretion", "éventuellement", "pourrait", "pourraient",
  "pourrions", "susceptibles? d[e']", "le cas échéant", "à titre exceptionnel", "possiblement",
);

const CONDITION = rules(
  `${B0}(?:if|unless|provided(?: that)?|as long as|in case|in the event(?: that| of)?|si|s'il|s'ils|s'elle|sauf si|à condition (?:que|de)|en cas d[e']|au cas où|pour peu que)${B1}[^,;:]*[,;:]?`,
);
const LEADING_CONDITION = rules(`^\\s*(?:when|once|as soon as|lorsque|quand|dès que|dès réception)${B1}[^,;:]*[,;:]`);
const INSTRUCTION = rules(
  `^(?:[^\\p{L}<]|<[^>]*>)*(?:contact|call|email|e-mail|write|send|visit|see|check|read|click|tap|sign|subscribe|track|ask|request|order|book|follow|find|browse|download|log|shop|discover|please(?! allow)|rate|leave|share|join|text|use|try|fill|complete|go|tell us|give us|` +
    `contactez|appelez|écrivez|envoyez|consultez|cliquez|inscrivez|abonnez|suivez|demandez|commandez|découvrez|retrouvez|téléchargez|notez|laissez|connectez|rendez|remplissez|utilisez|merci de|veuillez(?! (?:compter|prévoir))|n'hésitez pas|indiquez|précisez|joignez|composez)${B1}` +
    `[^,;:!]*?(?:[,;:!]|${B0}(?:and|et)${B1}|$)`,
);

/** "We'd like to remind you that…", "nous vous rappelons que…": information follows, read it on its own. */
const REMINDER = words(
  "we(?:'d| would) like to remind you(?: that)?", "(?:please )?(?:note|remember) that", "(?:nous )?vous rappelons que", "pour rappel",
  "à noter que", "(?:nous )?vous informons que",
);

export type NotPromiseReason = "negation" | "past" | "statistic" | "customer-deadline" | "not-service" | "possibility";

/** Blank the parts that commit no one: reminders, conditions, and an opening instruction to the reader. */
export function committingPart(sentence: string): string {
  let text = sentence;
  for (const match of matchesOf(REMINDER, text)) text = blank(text, spanOf(match));
  for (const match of matchesOf(LEADING_CONDITION, text)) text = blank(text, spanOf(match));
  for (const match of matchesOf(CONDITION, text)) text = blank(text, spanOf(match));
  for (const match of matchesOf(INSTRUCTION, text)) text = blank(text, spanOf(match));
  return text;
}

/** Why the committing part of a sentence is not a promise, if it is not. */
export function notPromiseReason(text: string): NotPromiseReason | undefined {
  if (test(NOT_SERVICE, text)) return "not-service";
  if (test(STATISTIC, text)) return "statistic";
  if (test(CUSTOMER_DEADLINE, text)) return "customer-deadline";
  let plain = text;
  for (const match of matchesOf(NOT_NEGATIONS, plain)) plain = blank(plain, spanOf(match));
  if (test(NEGATION, plain)) return "negation";
  for (const match of matchesOf(MAY_MONTH, plain)) plain = blank(plain, spanOf(match));
  if (test(POSSIBILITY, plain)) return "possibility";
  if (test(PAST, plain) && !isFuture(plain)) return "past";
  return undefined;
}
