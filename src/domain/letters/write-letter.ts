// A claim letter filled from the case: the template's own paragraphs inside the frame every letter
// shares (sender, recipient, date, greeting, annex, signature), the facts it took from the case with
// their events, and the blanks the person must still fill. Pure: the same case, inputs and moment give
// the same letter.
import { groupedFingerprint } from "../dossier/fingerprint";
import { CaseFacts, caseLanguage, type LetterContext } from "./case-facts";
import type { LetterInputs } from "./letter-fields";
import { formatDay, type LetterLanguage } from "./letter-format";
import { compose, type AnnexReference, type Blank, type LetterModel, type Paragraph, type TemplateId } from "./letter-model";
import { LetterReader } from "./letter-reader";
import { airPassenger } from "./templates/air-passenger";
import { chargeback } from "./templates/chargeback";
import { complaint } from "./templates/complaint";
import { formalNotice } from "./templates/formal-notice";
import { ombudsman } from "./templates/ombudsman";
import type { Template } from "./templates/template";
import { rawIn, sayIn } from "./texts/letter-text";

const TEMPLATE_OF: Record<TemplateId, Template> = {
  complaint,
  "formal-notice": formalNotice,
  "air-passenger": airPassenger,
  chargeback,
  ombudsman,
};

export interface LetterRequest {
  template: TemplateId;
  lang: LetterLanguage;
  context: LetterContext;
  inputs: LetterInputs;
  annex: AnnexReference;
}

/** What the form starts with: the brand as recipient or merchant, the usual choices, a refund's amount read from the case. */
export function letterDefaults(template: TemplateId, context: LetterContext, lang: LetterLanguage): LetterInputs {
  const brand = context.theCase.brand.name;
  const refund = new CaseFacts(context, lang).refundAmount();
  const defaults: LetterInputs = { currency: refund?.money.currency ?? "EUR" };
  if (template === "complaint" || template === "formal-notice" || template === "air-passenger") defaults.recipientName = brand;
  if (template === "formal-notice") {
    defaults.deadlineDays = "8";
    defaults.nextStep = "both";
    if (lang === "fr") defaults.citeCivilCode = "yes";
  }
  if (template === "air-passenger") defaults.situation = "delay";
  if (template === "chargeback") {
    defaults.merchantName = brand;
    if (refund) {
      defaults.amount = String(refund.money.amount);
      defaults.chargebackReason = "refund-not-received";
    }
  }
  return defaults;
}

/** The letter's language when the person has not chosen: the case's (its promises'), else the one given. */
export function letterLanguageFor(context: LetterContext, fallback: LetterLanguage): LetterLanguage {
  return caseLanguage(context.events) ?? fallback;
}

function annexLines(annex: AnnexReference, say: ReturnType<typeof sayIn>): string[] {
  const lines = [say("annexFile", annex.fileName)];
  if (annex.manifestSha256) {
    lines.push(say("annexManifest", annex.manifestSha256));
    if (annex.fingerprint) lines.push(say("annexKey", groupedFingerprint(annex.fingerprint)));
    if (annex.chain) lines.push(say("annexChain", annex.chain.count, annex.chain.head ?? "—"));
    lines.push(say("annexHowToCheck"));
  } else {
    lines.push(say("annexToExport"));
    if (annex.fingerprint) lines.push(say("annexKey", groupedFingerprint(annex.fingerprint)));
  }
  return lines;
}

export function writeLetter(request: LetterRequest): LetterModel {
  const { template, lang, context, annex } = request;
  const say = sayIn(lang);
  const raw = rawIn(lang);
  const read = new LetterReader(request.inputs, letterDefaults(template, context, lang), say);
  const book = new CaseFacts(context, lang);

  const senderName = read.text("senderName", true);
  const sender: Paragraph[] = [[senderName], ...read.lines("senderAddress", template === "formal-notice").map((l) => [l])];
  const email = read.text("senderEmail", false);
  if (email) sender.push([say("email", email)]);
  const recipient: Paragraph[] = [[read.text("recipientName", true)], ...read.lines("recipientAddress", template === "formal-notice").map((l) => [l])];

  const body = TEMPLATE_OF[template]({ book, read, say, raw, lang });

  const customer = read.text("customerReference", false);
  const references: Paragraph[] = [...(customer ? [compose(raw("customerReference"), customer)] : []), ...body.references];
  const place = read.text("place", false);
  const day = formatDay(context.now, context.timeZone, lang);

  const paragraphs = [...sender, ...recipient, body.subject, ...references, ...body.opening, ...body.claim, [senderName]];
  const missing: Blank[] = [];
  for (const segment of paragraphs.flat()) {
    if (typeof segment !== "string" && !missing.some((b) => b.fill === segment.fill)) missing.push(segment);
  }
  const issues = read.issues;
  return {
    template,
    lang,
    sender,
    recipient,
    dateLine: place ? say("dateLineAt", place, day) : say("dateLine", day),
    ...(body.sending ? { sending: body.sending } : {}),
    subject: body.subject,
    references,
    salutation: say("salutation"),
    opening: body.opening,
    facts: body.facts,
    claim: body.claim,
    closing: say("closing"),
    signature: [senderName],
    annex: annexLines(annex, say),
    words: {
      subject: say("subjectLabel"),
      factsHeading: say("factsHeading"),
      factsLead: say("factsLead"),
      factEvents: raw("factEvents"),
      annexHeading: say("annexHeading"),
      missingHeading: say("missingHeading"),
      toFill: raw("toFill"),
    },
    missing,
    issues,
    ready: issues.length === 0,
  };
}
