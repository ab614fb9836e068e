// Finding personal data to propose hiding: names, e-mail addresses, phone numbers and postal
// addresses, written the English or the French way, and nothing that merely looks like them.
import { describe, expect, it } from "vitest";
import { EvidenceEvent } from "../../../../src/domain/evidence";
import { fieldCategory, findInText, findPersonalData, occurrences, personNames } from "../../../../src/domain/redaction/personal-data";

const found = (text: string, names: string[] = [], brand: string[] = []) => findInText(text, names, brand).map((f) => [f.category, text.slice(f.start, f.end)]);

describe("findInText", () => {
  it("finds e-mail addresses, but not the brand's own", () => {
    expect(found("Écrivez-moi à jeanne.martin+sav@exemple.fr ou à service@yellow-telecom.test.", [], ["www.yellow-telecom.test"])).toEqual([["email", "jeanne.martin+sav@exemple.fr"]]);
  });

  it("finds French phone numbers however they are written", () => {
    for (const phone of ["06 12 34 56 78", "06.12.34.56.78", "0612345678", "06-12-34-56-78", "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "0033 6 12 34 56 78", "01 23 45 67 89"]) {
      expect(found(`Mon numéro : ${phone}, merci.`), phone).toEqual([["phone", phone]]);
    }
  });

  it("finds English phone numbers however they are written", () => {
    for (const phone of ["07700 900123", "020 7946 0958", "+44 20 7946 0958", "+44 7700 900123", "(555) 123-4567", "555-123-4567", "+1 555 123 4567"]) {
      expect(found(`Call me on ${phone} after six.`), phone).toEqual([["phone", phone]]);
    }
  });

  it("leaves references, dates, times, amounts and order numbers alone", () => {
    for (const text of ["Your request YT-4411 was received.", "Customer C-778812", "On 2025-03-03 at 09:15", "Order 123456 of 12/03/2025", "Refund of 1 234,56 €", "Case 2025-000123", "Flight AF1234 seat 12C"]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("finds street lines and postcodes in French and English", () => {
    expect(found("J'habite 12 rue de la Paix, 75011 Paris.")).toEqual([
      ["address", "12 rue de la Paix"],
      ["address", "75011 Paris"],
    ]);
    expect(found("Send it to 221B Baker Street, London NW1 6XE please")).toEqual([
      ["address", "221B Baker Street"],
      ["address", "NW1 6XE"],
    ]);
    expect(found("3 bis, avenue Foch à Lyon")).toEqual([["address", "3 bis, avenue Foch à Lyon"]]);
  });

  it("finds the person's names wherever they recur, as whole words, any case", () => {
    expect(found("MARC DUPONT called; marc dupont again; Marc Duponte is someone else.", ["Marc Dupont"])).toEqual([
      ["name", "MARC DUPONT"],
      ["name", "marc dupont"],
    ]);
  });

  it("treats hostile text as text: markup around a number changes nothing, and nothing runs", () => {
    const hostile = `<img src=x onerror="alert('06 12 34 56 78')"><script>location='mailto:a@b.example'</script>`;
    expect(found(hostile)).toEqual([
      ["phone", "06 12 34 56 78"],
      ["email", "a@b.example"],
    ]);
  });
});

describe("fieldCategory", () => {
  it("reads form fields labelled in English or French", () => {
    const cases: Array<[Record<string, string>, string | null]> = [
      [{ label: "Your name", name: "name", type: "text" }, "name"],
      [{ label: "Nom", name: "nom", type: "text" }, "name"],
      [{ label: "Prénom", name: "prenom", type: "text" }, "name"],
      [{ label: "Company name", name: "company", type: "text" }, null],
      [{ label: "Nom d'utilisateur", name: "login", type: "text" }, null],
      [{ label: "E-mail", name: "mail", type: "text" }, "email"],
      [{ label: "", name: "x", type: "email" }, "email"],
      [{ label: "Téléphone", name: "tel", type: "text" }, "phone"],
      [{ label: "", name: "y", type: "tel" }, "phone"],
      [{ label: "Adresse postale", name: "adresse", type: "text" }, "address"],
      [{ label: "Postcode", name: "pc", type: "text" }, "address"],
      [{ label: "Code postal", name: "cp", type: "text" }, "address"],
      [{ label: "Your message (no e-mail please)", name: "msg", type: "textarea" }, null],
      [{ label: "Order number", name: "order", type: "text" }, null],
    ];
    for (const [field, category] of cases) expect(fieldCategory(field), JSON.stringify(field)).toBe(category);
  });
});

describe("findPersonalData", () => {
  const moment = { at: Date.UTC(2025, 2, 3), timeZone: "Europe/Paris" };
  const base = (i: number, collector?: string) => ({
    v: 2,
    id: `evt-pd-${i}000`,
    caseId: "case-pd-0001",
    recorded: moment,
    occurred: moment,
    collection: { method: "automatic", extensionVersion: "0.2.0", browser: "chrome", browserVersion: "130", ...(collector ? { collector } : {}) },
    hash: null,
    previousHash: null,
  });
  const events = [
    EvidenceEvent.parse({
      ...base(1, "Jeanne Martin"),
      kind: "contact-attempt",
      payload: {
        channel: "web-form",
        fields: [
          { label: "Nom complet", name: "nom", type: "text", value: "Jeanne Martin", length: 13 },
          { label: "Courriel", name: "email", type: "email", value: "jeanne@exemple.fr", length: 17 },
          { label: "Numéro de commande", name: "cmd", type: "text", value: "CMD-2025-0042", length: 13 },
          { label: "Message", name: "msg", type: "textarea", value: "Bonjour, rappelez Jeanne Martin au 06 12 34 56 78.", length: 49 },
        ],
      },
    }),
    EvidenceEvent.parse({ ...base(2), kind: "message", payload: { conversationId: "conv-pd-1", side: "agent", author: "Julie", text: "We will call 06 12 34 56 78 tomorrow." } }),
  ];

  it("proposes each value with where it is, in the person's words when a label says it", () => {
    const proposals = findPersonalData(events, ["www.yellow-telecom.test"]);
    expect(proposals.map((p) => [p.eventIndex, p.where, p.category, p.found, p.range ? "part" : "whole"])).toEqual([
      [0, "collection.collector", "name", "Jeanne Martin", "whole"],
      [0, "Nom complet", "name", "Jeanne Martin", "whole"],
      [0, "Courriel", "email", "jeanne@exemple.fr", "whole"],
      [0, "Message", "name", "Jeanne Martin", "part"],
      [0, "Message", "phone", "06 12 34 56 78", "part"],
      [1, "payload.text", "phone", "06 12 34 56 78", "part"],
    ]);
    const inMessage = proposals.find((p) => p.category === "phone" && p.eventIndex === 0);
    expect(inMessage?.path).toEqual(["payload", "fields", 3, "value"]);
    expect(inMessage?.range).toEqual({ start: 35, end: 49 });
  });

  it("finds every occurrence of a searched word, any case, to hide it everywhere", () => {
    expect(occurrences(events, "06 12")).toEqual([
      { eventId: "evt-pd-1000", path: ["payload", "fields", 3, "value"], range: { start: 35, end: 40 } },
      { eventId: "evt-pd-2000", path: ["payload", "text"], range: { start: 13, end: 18 } },
    ]);
    expect(occurrences(events, "JEANNE").map((o) => o.path.join("."))).toEqual(["collection.collector", "payload.fields.0.value", "payload.fields.1.value", "payload.fields.3.value"]);
    expect(occurrences(events, "x")).toEqual([]);
  });

  it("knows the person's names from the collector and from name fields", () => {
    expect(personNames(events)).toEqual(["Jeanne Martin"]);
  });
});
