import { describe, expect, it } from "vitest";
import { extractReference, readOutcome } from "../../../src/domain/confirmation";

describe("extractReference: English pages", () => {
  it.each([
    ["Thank you. Your ticket #12345 has been created.", "12345"],
    ["Ticket 12345", "12345"],
    ["Your case number: CS-2026-0042", "CS-2026-0042"],
    ["Your case number is CS-2026-0042.", "CS-2026-0042"],
    ["Claim no. 7781-AB received", "7781-AB"],
    ["Your request ID: REQ-99812", "REQ-99812"],
    ["Complaint reference: 2026/03/118", "2026/03/118"],
    ["Your reference number is AB-1234.", "AB-1234"],
    ["Ref. XK-2291, keep it for your records", "XK-2291"],
    ["Tracking #: 1Z999AA10123456784", "1Z999AA10123456784"],
    ["Incident INC0012345 opened", "INC0012345"],
  ])("finds the reference in %j", (text, expected) => {
    expect(extractReference(text)).toBe(expected);
  });
});

describe("extractReference: French pages", () => {
  it.each([
    ["Votre n° de dossier 2026-118 a été créé.", "2026-118"],
    ["N° de dossier : 2026-118", "2026-118"],
    ["Merci, votre demande n° YT-48151 a bien été enregistrée.", "YT-48151"],
    ["Votre demande numéro 48151 est en cours.", "48151"],
    ["Référence : AB12345", "AB12345"],
    ["La référence de votre demande est AB12345.", "AB12345"],
    ["Numéro de réclamation : R-2026-77", "R-2026-77"],
    ["Dossier n° 55-1203", "55-1203"],
    ["Numéro de suivi 8841-22", "8841-22"],
  ])("finds the reference in %j", (text, expected) => {
    expect(extractReference(text)).toBe(expected);
  });
});

describe("extractReference: no reference", () => {
  it.each([
    "Thank you for contacting us. We will reply within 48 hours.",
    "Your ticket has been created.",
    "Merci, votre demande a bien été envoyée.",
    "Ticket: pending",
    "Référence : à venir",
    "",
  ])("finds none in %j", (text) => {
    expect(extractReference(text)).toBeUndefined();
  });

  it("a reference always contains a digit", () => {
    const ref = extractReference("Request number ABCDEF-GHIJ and ticket #A1B2");
    expect(ref).toBeDefined();
    expect(ref).toMatch(/\d/);
  });

  it("drops trailing punctuation from the reference", () => {
    expect(extractReference("Your ticket number is 88123.")).toBe("88123");
    expect(extractReference("Référence : AB12345;")).toBe("AB12345");
  });
});

describe("readOutcome", () => {
  it.each([
    ["Thank you! Your message has been sent."],
    ["We have received your complaint and will reply within 5 working days."],
    ["Your request was submitted successfully."],
    ["Merci, votre message a bien été envoyé."],
    ["Votre dossier a été transmis à notre service client."],
    ["Nous avons bien reçu votre demande."],
  ])("confirmed without reference: %j", (text) => {
    expect(readOutcome(text)).toEqual({ status: "confirmed" });
  });

  it.each([
    ["Thank you. Your ticket #12345 has been created.", "12345"],
    ["Case number: CS-2026-0042", "CS-2026-0042"],
    ["Votre demande n° YT-48151 a bien été enregistrée.", "YT-48151"],
    ["Référence : AB12345", "AB12345"],
  ])("confirmed with its reference: %j", (text, reference) => {
    expect(readOutcome(text)).toEqual({ status: "confirmed", reference });
  });

  it("a reference alone is enough to count as confirmed", () => {
    expect(readOutcome("Ticket #12345")).toEqual({ status: "confirmed", reference: "12345" });
  });

  it.each([
    ["Sorry, your message could not be sent. Please try again."],
    ["Something went wrong."],
    ["Error: the e-mail address is invalid."],
    ["Please fill in the required field: Message."],
    ["Une erreur est survenue, veuillez réessayer."],
    ["Votre message n'a pas pu être envoyé."],
    ["Veuillez corriger les champs en rouge."],
    ["Ce champ obligatoire est vide."],
  ])("error: %j", (text) => {
    expect(readOutcome(text)).toEqual({ status: "error" });
  });

  it.each([
    ["Contact us. Our advisers answer from 9am to 6pm."],
    ["Contactez-nous du lundi au vendredi."],
    [""],
  ])("unconfirmed: %j", (text) => {
    expect(readOutcome(text)).toEqual({ status: "unconfirmed" });
  });

  it("a confirmation that mentions a former error is still confirmed", () => {
    expect(readOutcome("Thank you, your message has been sent. If you see an error, contact us by phone.").status).toBe("confirmed");
  });

  it("reads a long page (20 000 characters) quickly and finds a reference at its end", () => {
    const text = `${"Lorem ipsum dolor sit amet. ".repeat(700)} Ticket #90210`;
    const started = performance.now();
    expect(readOutcome(text)).toEqual({ status: "confirmed", reference: "90210" });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
