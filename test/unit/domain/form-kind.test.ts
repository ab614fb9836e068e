import { describe, expect, it } from "vitest";
import { classifyForm, type FormShape } from "../../../src/domain/form-kind";

type ShapeField = FormShape["fields"][number];

function f(type: string, label: string, name = "", autocomplete = ""): ShapeField {
  return { type, label, name, autocomplete };
}

function shape(identity: string, ...fields: ShapeField[]): FormShape {
  return { identity, fields };
}

describe("classifyForm: contact, complaint and claim forms", () => {
  it("an English contact form with a message box", () => {
    const form = shape(
      " contact  /contact",
      f("text", "Name", "name", "name"),
      f("email", "Email", "email", "email"),
      f("text", "Subject", "subject"),
      f("textarea", "Message", "message"),
    );
    expect(classifyForm(form)).toBe("contact");
  });

  it("an English complaint form", () => {
    const form = shape(
      " complaint  /support/complaints",
      f("text", "Account number", "account"),
      f("select-one", "What is your complaint about?", "topic"),
      f("textarea", "Describe the problem", "details"),
    );
    expect(classifyForm(form)).toBe("contact");
  });

  it("an English claim form with an attachment", () => {
    const form = shape(
      "claim-form  /claims/new",
      f("text", "Order number", "order"),
      f("file", "Photo of the damage", "photo"),
      f("textarea", "What happened?", "story"),
      f("checkbox", "I confirm the information is accurate", "confirm"),
    );
    expect(classifyForm(form)).toBe("contact");
  });

  it("the French contact form of the fixture site", () => {
    const form = shape(
      " contact  /yellow/contact?lang=fr",
      f("text", "Nom", "nom"),
      f("email", "Adresse e-mail", "courriel"),
      f("text", "Objet de la réclamation", "objet"),
      f("textarea", "Votre message", "texte"),
    );
    expect(classifyForm(form)).toBe("contact");
  });

  it("a French réclamation form", () => {
    const form = shape(
      "form-reclamation  /service-client/reclamation",
      f("text", "Numéro de client", "num_client"),
      f("select-one", "Motif de la réclamation", "motif"),
      f("textarea", "Décrivez votre litige", "description"),
    );
    expect(classifyForm(form)).toBe("contact");
  });

  it("a French SAV request without a message box but with several fields", () => {
    const form = shape(
      "sav  /sav/demande",
      f("text", "Numéro de commande", "commande"),
      f("tel", "Téléphone", "tel", "tel"),
      f("select-one", "Créneau de rappel", "creneau"),
    );
    expect(classifyForm(form)).toBe("contact");
  });

  it("a callback request (name + phone) is a contact attempt", () => {
    const form = shape("callback  /callback", f("text", "Your name", "name"), f("tel", "Phone", "phone", "tel"));
    expect(classifyForm(form)).toBe("contact");
  });

  it("a contact form that also asks for a password is still contact when it has a message box", () => {
    const form = shape(
      "support  /support",
      f("email", "Email", "email"),
      f("password", "Password", "password"),
      f("textarea", "Message", "message"),
    );
    expect(classifyForm(form)).toBe("contact");
  });

  it("a contact form that mentions search in its text but has a message box is contact", () => {
    const form = shape("contact", f("text", "What were you searching for?", "q"), f("textarea", "Message", "message"));
    expect(classifyForm(form)).toBe("contact");
  });

  it("a single e-mail field asking to be contacted is a contact request, not a newsletter", () => {
    const form = shape("contact-request  /demande-de-contact", f("email", "Votre e-mail pour être recontacté", "email"));
    expect(classifyForm(form)).toBe("contact");
  });
});

describe("classifyForm: search forms", () => {
  it("role=search on the form", () => {
    expect(classifyForm(shape("role=search   /find", f("text", "Keywords", "k"), f("select-one", "Category", "c")))).toBe("search");
  });

  it("role=search in upper case", () => {
    expect(classifyForm(shape("ROLE=SEARCH", f("text", "Keywords", "k"), f("text", "Brand", "b")))).toBe("search");
  });

  it("an input of type search", () => {
    expect(classifyForm(shape(" site-header  /", f("search", "", "s")))).toBe("search");
  });

  it("an input of type search next to a filter", () => {
    expect(classifyForm(shape("", f("search", "Find help articles", "q"), f("select-one", "Topic", "topic")))).toBe("search");
  });

  it.each([
    ["English label", f("text", "Search", "q")],
    ["French label", f("text", "Rechercher", "q")],
    ["French noun", f("text", "Recherche", "terme")],
    ["field name only", f("text", "", "query")],
  ])("a single field named for search (%s)", (_what, only) => {
    expect(classifyForm(shape("", only))).toBe("search");
  });

  it("a single search field identified by the form's action", () => {
    expect(classifyForm(shape("  /search", f("text", "", "q")))).toBe("search");
  });

  it("a search box is not taken for search when there is a message box", () => {
    expect(classifyForm(shape("role=search", f("search", "Search", "q"), f("textarea", "Message", "m")))).toBe("contact");
  });
});

describe("classifyForm: log-in forms", () => {
  it("user name + password", () => {
    expect(classifyForm(shape("login", f("text", "Username", "user", "username"), f("password", "Password", "pass", "current-password")))).toBe("login");
  });

  it("e-mail + password + 'remember me' checkbox (checkboxes are not text entries)", () => {
    const form = shape(
      "connexion",
      f("email", "Adresse e-mail", "email"),
      f("password", "Mot de passe", "mdp"),
      f("checkbox", "Se souvenir de moi", "remember"),
    );
    expect(classifyForm(form)).toBe("login");
  });

  it("a password shown as text (autocomplete current-password) still makes a log-in form", () => {
    expect(classifyForm(shape("", f("email", "Email", "email"), f("text", "Password", "pw", "current-password")))).toBe("login");
  });

  it("password alone (second step of a log-in)", () => {
    expect(classifyForm(shape("", f("password", "Password", "pw")))).toBe("login");
  });

  it("account number + e-mail + password (two entries) is still a log-in", () => {
    expect(classifyForm(shape("", f("text", "Account", "acc"), f("email", "Email", "e"), f("password", "Password", "p")))).toBe("login");
  });

  it("a password with three other entries is not counted as a log-in", () => {
    const form = shape("", f("text", "Name", "n"), f("email", "Email", "e"), f("text", "Order", "o"), f("password", "Password", "p"));
    expect(classifyForm(form)).toBe("contact");
  });
});

describe("classifyForm: newsletter sign-ups", () => {
  it("a single e-mail field", () => {
    expect(classifyForm(shape("footer-form  /subscribe", f("email", "Your email", "email")))).toBe("newsletter");
  });

  it("a single e-mail field with no other words", () => {
    expect(classifyForm(shape("", f("email", "", "e")))).toBe("newsletter");
  });

  it("a single text field with autocomplete=email", () => {
    expect(classifyForm(shape("", f("text", "E-mail", "mail", "email")))).toBe("newsletter");
  });

  it("a French newsletter sign-up", () => {
    expect(classifyForm(shape("newsletter  /newsletter/inscription", f("email", "Votre adresse e-mail", "email")))).toBe("newsletter");
  });

  it("a newsletter form that says 'newsletter' wins over a contact word around it", () => {
    expect(classifyForm(shape("support-newsletter", f("email", "Get our help newsletter", "email")))).toBe("newsletter");
  });

  it("S'abonner with a contact word around it", () => {
    expect(classifyForm(shape("aide", f("email", "S'abonner", "email")))).toBe("newsletter");
  });

  it("an e-mail field plus a message box is contact, not newsletter", () => {
    expect(classifyForm(shape("subscribe", f("email", "Email", "email"), f("textarea", "Message", "m")))).toBe("contact");
  });

  it("an e-mail field plus a name is contact (two entries)", () => {
    expect(classifyForm(shape("", f("text", "Name", "n"), f("email", "Email", "e")))).toBe("contact");
  });
});
