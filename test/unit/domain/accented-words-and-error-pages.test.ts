// Regression tests for bugs the foundation unit tests found (accented words, error pages, file names).

import { describe, expect, it } from "vitest";
import { withheldReason } from "../../../src/domain/sensitive-fields";
import { readOutcome } from "../../../src/domain/confirmation";
import { caseExportFileName } from "../../../src/domain/case-export";

const field = (label: string, value: string) => ({ type: "text", name: "", id: "", autocomplete: "", label, value });

describe("sensitive-fields: French labels ending in an accented letter", () => {
  it.each(["Code de sécurité", "Code de sécurité (3 chiffres)"])("withholds the CVV labelled %s", (label) => {
    expect(withheldReason(field(label, "123"))).toBe("card-security-code");
  });
});

describe("sensitive-fields: one-time codes received by SMS", () => {
  it.each(["Code reçu par SMS", "Saisissez le code reçu par SMS", "Code SMS", "Code envoyé par SMS"])("withholds %s", (label) => {
    expect(withheldReason(field(label, "482913"))).toBe("one-time-code");
  });
});

describe("confirmation: French feminine past participles", () => {
  it.each(["Votre demande a bien été reçue.", "Votre réclamation a été transmise.", "Votre demande a été reçue."])("confirmed: %s", (text) => {
    expect(readOutcome(text).status).toBe("confirmed");
  });
});

describe("confirmation: French errors", () => {
  it.each(["Échec de l'envoi du message.", "L'envoi a échoué.", "Une erreur est survenue. Merci de réessayer.", "Merci de corriger les champs en erreur."])(
    "error: %s",
    (text) => {
      expect(readOutcome(text).status).toBe("error");
    },
  );
});

describe("confirmation: an error page echoing a number is not a confirmation", () => {
  it.each(["Invalid order number 123456, please try again", "Error 500: request 2024-11 failed"])("error: %s", (text) => {
    expect(readOutcome(text)).toEqual({ status: "error" });
  });
});

describe("case-export: readable file names (cosmetic)", () => {
  const c = (brand: string, title: string) => ({ id: "case_0001-abcd", title, brand: { name: brand, domains: ["x.fr"] }, status: "open" as const, created: { at: 0, timeZone: "UTC" } });

  it("drops diacritics instead of cutting words at them", () => {
    expect(caseExportFileName(c("Société Générale", "Réclamation"), 0)).toBe("receipts-Societe-Generale-Reclamation-1970-01-01.json");
  });

  it("never leaves a double dash when the slug is cut at a separator", () => {
    expect(caseExportFileName(c("A".repeat(79), "B"), 0)).not.toContain("--");
  });
});
