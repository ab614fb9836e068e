import { describe, expect, it } from "vitest";
import { isAutomaticReply, saysAutomatic } from "../../../../src/domain/reality/automatic-replies";

describe("automatic replies are told from answers", () => {
  it.each([
    ["en", "Thank you for your message. We have received your request and will get back to you within 48 hours."],
    ["en", "This is an automated message. Your request has been logged under reference 12345."],
    ["en", "We've received your email. Our team will respond as soon as possible. Please do not reply to this email."],
    ["fr", "Nous avons bien reçu votre demande et vous répondrons dans les meilleurs délais."],
    ["fr", "Ceci est un message automatique, merci de ne pas y répondre."],
    ["fr", "Votre réclamation a bien été enregistrée sous le numéro 4567. Un conseiller reviendra vers vous sous 5 jours ouvrés."],
    ["fr", "Ce courriel a été généré automatiquement."],
    ["fr", "Je suis absente du bureau jusqu'au 3 mars."],
  ])("%s: %s", (_language, text) => {
    expect(isAutomaticReply({ text })).toBe(true);
  });

  it.each([
    ["en", "We have received your request. Your refund of €49 was sent to your card today."],
    ["en", "Hello, I looked at your line: the fault is at the street cabinet, a technician comes on Monday."],
    ["fr", "Nous avons bien reçu votre demande : le remboursement a été effectué ce jour sur votre compte."],
    ["fr", "Bonjour, suite à votre appel je vous confirme l'intervention d'un technicien jeudi."],
    ["fr", "Merci de ne pas tenir compte du précédent courrier ; votre dossier est clos, le geste commercial est accordé."],
  ])("not %s: %s", (_language, text) => {
    expect(isAutomaticReply({ text })).toBe(false);
  });

  it("knows a no-reply sender and an auto-reply subject", () => {
    expect(isAutomaticReply({ text: "Votre facture est disponible.", senderAddress: "Brand <no-reply@brand.example>" })).toBe(true);
    expect(isAutomaticReply({ text: "Votre facture est disponible.", senderAddress: "ne-pas-repondre@brand.example" })).toBe(true);
    expect(isAutomaticReply({ text: "Back on Monday.", subject: "Automatic reply: your complaint" })).toBe(true);
    expect(isAutomaticReply({ text: "Bonjour, voici notre réponse.", senderAddress: "gertrude.martin@brand.example" })).toBe(false);
  });

  it("takes a long message that confirms receipt for an answer that says more", () => {
    const long = `We have received your request and will get back to you. ${"Here is what we found on your account. ".repeat(30)}`;
    expect(isAutomaticReply({ text: long })).toBe(false);
  });

  it("reads only explicit marks for chat lines", () => {
    expect(saysAutomatic("Ceci est un message automatique")).toBe(true);
    expect(saysAutomatic("Cette adresse  n’est pas   lue.")).toBe(true);
    expect(saysAutomatic("This mailbox is not monitored")).toBe(true);
    expect(saysAutomatic("Je suis ABSENTE DU BUREAU")).toBe(true);
    expect(saysAutomatic("Nous avons bien reçu votre demande, je reviens vers vous.")).toBe(false);
  });
});
