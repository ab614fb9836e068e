import { describe, expect, it } from "vitest";
import type { EvidenceEvent } from "../../../../src/domain/evidence";
import { caseLanguage } from "../../../../src/domain/letters/case-facts";
import { formFields, type LetterInputs } from "../../../../src/domain/letters/letter-fields";
import { TEMPLATES, type AnnexReference, type LetterModel, type TemplateId } from "../../../../src/domain/letters/letter-model";
import { letterDefaults, letterLanguageFor, writeLetter } from "../../../../src/domain/letters/write-letter";
import { flightKnowledge } from "../../../../src/domain/letters/templates/air-passenger";
import { EN } from "../../../../src/domain/letters/texts/letter-text-en";
import { FR } from "../../../../src/domain/letters/texts/letter-text-fr";
import { renderLetterHtml } from "../../../../src/export/letter-html";
import { renderLetterText } from "../../../../src/export/letter-plain";
import { ALL_EVENT_IDS, DAY, HOSTILE, IDS, LETTER_CASE, letterCaseContext, letterEvents, NOW, T0 } from "./letter-case";

const LANGS = ["en", "fr"] as const;
const ANNEX: AnnexReference = { fileName: "receipts-Yellow-Telecom-Fibre-installation-damage-2025-04-02.zip" };
const BASE: LetterInputs = {
  senderName: "Marc Dupont",
  senderAddress: "3 rue des Lilas\n75011 Paris",
  senderEmail: "marc@example.org",
  place: "Paris",
  recipientAddress: "Service clients\n1 avenue de la Fibre\n75001 Paris",
  customerReference: "C-778812",
};
const COMPLETE: Record<TemplateId, LetterInputs> = {
  complaint: { ...BASE, summary: "A subcontractor flooded the wall.", request: "send a technician and repair the wall" },
  "formal-notice": { ...BASE, demand: "repair the wall and refund the 49.99 euros" },
  "air-passenger": { ...BASE, flightNumber: "AF 22", flightDate: "2025-03-01", fromAirport: "CDG", toAirport: "JFK", scheduledArrival: "2025-03-01T10:00", actualArrival: "2025-03-01T13:30", bookingReference: "QX7Z2P" },
  chargeback: { ...BASE, recipientName: "Banque Exemple", cardLastFour: "1234", transactionDate: "2025-02-20" },
  ombudsman: { ...BASE, recipientName: "Médiateur des communications électroniques", summary: "The wall is still wet.", request: "obtain the repair" },
};

const write = (template: TemplateId, lang: "en" | "fr", inputs: LetterInputs = COMPLETE[template], context = letterCaseContext(), annex = ANNEX) =>
  writeLetter({ template, lang, context, inputs, annex });

const textOf = (letter: LetterModel) => renderLetterText(letter);

describe("a letter per template, in both languages, filled from the case", () => {
  for (const template of TEMPLATES) {
    for (const lang of LANGS) {
      it(`${template} (${lang}): ready, with facts from the case and their event ids`, () => {
        const letter = write(template, lang);
        expect(letter.issues).toEqual([]);
        expect(letter.ready).toBe(true);
        expect(letter.missing).toEqual([]);
        expect(letter.lang).toBe(lang);
        expect(letter.facts.length).toBeGreaterThanOrEqual(4);
        for (const fact of letter.facts) {
          expect(fact.from.length).toBeGreaterThan(0);
          for (const id of fact.from) expect(ALL_EVENT_IDS.has(id), `${id} in "${fact.text}"`).toBe(true);
        }
        const html = renderLetterHtml(letter);
        const text = textOf(letter);
        for (const fact of letter.facts) {
          expect(text).toContain(fact.text);
          for (const id of fact.from) expect(html).toContain(id);
        }
        expect(html).toContain(`<html lang="${lang}">`);
        expect(text).toContain(lang === "fr" ? "Faits tirés du dossier".toUpperCase() : "FACTS TAKEN FROM THE CASE FILE");
        expect(text).toContain(lang === "fr" ? "Madame, Monsieur," : "Dear Sir or Madam,");
        expect(text).toContain(lang === "fr" ? "Paris, le 2 avril 2025" : "Paris, 2 April 2025");
        expect(text).toContain(ANNEX.fileName);
        expect(text).toContain("Marc Dupont\n3 rue des Lilas\n75011 Paris");
        expect(text).toContain(lang === "fr" ? "Ma référence client : C-778812" : "My customer reference: C-778812");
        expect(text).not.toMatch(/\$\d|undefined|NaN|\[object/);
        expect(html).not.toMatch(/\$\d|undefined|NaN|\[object/);
      });
    }
  }

  it("names the contacts, the reference, the broken standing promise and the refund, each from its own events", () => {
    const letter = write("complaint", "en");
    const fact = (pattern: RegExp) => letter.facts.find((f) => pattern.test(f.text));
    expect(fact(/^Between 3 March 2025 at 09:15 and 13 March 2025 at 09:15, I contacted Yellow Telecom 3 times \(1 through the web form, 1 by chat and 1 by e-mail\)\.$/)?.from).toEqual([IDS.form, IDS.outcome, IDS.chatPerson, IDS.email]);
    expect(fact(/received no answer \(13 March 2025 at 09:15\)/)?.from).toEqual([IDS.email]);
    expect(fact(/under the reference YT-4411/)?.from).toEqual([IDS.outcome]);
    const standing = fact(/stated: “We reply within 48 hours\.” That commitment was broken for 2 of my 3 contacts/);
    expect(standing?.from).toContain(IDS.standing);
    expect(standing?.from).toContain(IDS.email);
    expect(fact(/promised a refund: “We will refund the 49,99 € within 14 days\.” No refund has been recorded since\./)?.from).toEqual([IDS.refund]);
    expect(fact(/explain my case to 3 different people at Yellow Telecom \(Julie, Paul and Gertrude Martin\)/)?.from).toEqual([IDS.julie, IDS.handoff, IDS.answer]);
    expect(fact(/last written answer .* 6 March 2025 at 15:15/)?.from).toEqual([IDS.answer]);
  });

  it("counts a promise that came late, and one still not kept, with how late", () => {
    const events = letterEvents().filter((e) => e.id !== IDS.answer);
    const letter = write("complaint", "fr", COMPLETE.complaint, letterCaseContext({ events }));
    const callback = letter.facts.find((f) => f.text.includes("I'll call you back"));
    expect(callback?.text).toBe("Le 5 mars 2025 à 09:18, Yellow Telecom a promis : « I'll call you back tomorrow before 6pm. » L'échéance était fixée au 6 mars 2025 à 18:00 ; 26 jours plus tard, cette promesse n'est toujours pas tenue.");
    expect(callback?.from).toEqual([IDS.callback]);
    expect(letter.facts.some((f) => f.text === "Je n'ai reçu aucune réponse écrite de Yellow Telecom.")).toBe(true);
  });

  it("reads the case as corrected: a withdrawn contact is not cited, a corrected time is the one written", () => {
    const base = letterEvents();
    const correction = (id: string, supersedes: string, at: number, payload: Record<string, unknown>): EvidenceEvent =>
      ({ ...base.find((e) => e.id === IDS.note)!, id, kind: "correction", occurred: { at, timeZone: "Europe/Paris" }, recorded: { at, timeZone: "Europe/Paris" }, payload: { supersedes, reason: "Wrong", ...payload } }) as EvidenceEvent;
    const withdrawn = write("complaint", "en", COMPLETE.complaint, letterCaseContext({ events: [...base, correction("evt-correction-01", IDS.email, T0 + 13 * DAY, {})] }));
    expect(withdrawn.facts.flatMap((f) => f.from)).not.toContain(IDS.email);
    expect(withdrawn.facts[0]?.text).toContain("I contacted Yellow Telecom 2 times");
    const moved = write("complaint", "en", COMPLETE.complaint, letterCaseContext({ events: [...base, correction("evt-correction-02", IDS.email, T0 + 13 * DAY, { occurred: { at: T0 + 11 * DAY, timeZone: "Europe/Paris" } })] }));
    expect(moved.facts[0]?.text).toContain("and 14 March 2025 at 09:15");
  });

  it("follows the case's language when the person has not chosen one", () => {
    expect(letterLanguageFor(letterCaseContext(), "fr")).toBe("en");
    const french = letterEvents({ refundQuote: "Nous vous rembourserons les 49,99 € sous 14 jours.", lang: "fr" }).filter((e) => e.id !== IDS.standing && e.id !== IDS.callback);
    expect(caseLanguage(french)).toBe("fr");
    expect(caseLanguage([])).toBeUndefined();
  });
});

describe("what is missing is said, never made up", () => {
  const REQUIRED: Record<TemplateId, string[]> = {
    complaint: ["senderName", "summary", "request"],
    "formal-notice": ["senderName", "senderAddress", "recipientAddress", "demand"],
    "air-passenger": ["senderName", "flightNumber", "flightDate", "fromAirport", "toAirport", "distanceKm", "flightScope", "departsFromEu", "scheduledArrival", "actualArrival"],
    chargeback: ["senderName", "recipientName", "cardLastFour", "transactionDate"],
    ombudsman: ["senderName", "recipientName", "summary", "request"],
  };
  for (const template of TEMPLATES) {
    for (const lang of LANGS) {
      it(`${template} (${lang}) with nothing typed: each blank is named in the letter and listed`, () => {
        const letter = write(template, lang, {});
        expect(letter.ready).toBe(false);
        const missing = letter.issues.filter((i) => i.kind === "missing").map((i) => i.field);
        expect(missing).toEqual(expect.arrayContaining(REQUIRED[template]));
        expect(letter.missing.map((b) => b.fill)).toEqual(expect.arrayContaining(REQUIRED[template].filter((f) => f !== "departsFromEu" && f !== "flightScope")));
        const html = renderLetterHtml(letter);
        const text = textOf(letter);
        const name = lang === "fr" ? "[à compléter : votre nom]" : "[to fill in: your name]";
        expect(text).toContain(name);
        expect(html).toContain(`<mark class="to-fill">${name}</mark>`);
        expect(text).toContain(lang === "fr" ? "À COMPLÉTER AVANT L'ENVOI" : "STILL TO FILL IN BEFORE SENDING");
        // The brand stays the recipient by default where the letter is addressed to it.
        if (template === "complaint" || template === "formal-notice" || template === "air-passenger") expect(text).toContain("Yellow Telecom\n");
      });
    }
  }

  it("keeps what was typed wrong out of the letter and says why", () => {
    const letter = write("air-passenger", "en", { ...COMPLETE["air-passenger"], flightDate: "2025-02-30", actualArrival: "soon" });
    expect(letter.issues).toEqual(expect.arrayContaining([{ kind: "invalid-date", field: "flightDate" }, { kind: "invalid-date", field: "actualArrival" }]));
    expect(textOf(letter)).toContain("[to fill in: the date of the flight]");
    expect(textOf(letter)).not.toContain("2025-02-30");
  });
});

describe("captured markup stays inert text", () => {
  const hostileCase = { ...LETTER_CASE, title: `Damage ${HOSTILE}`, brand: { name: `Yellow <b onmouseover="x()">Telecom</b>`, domains: ["www.yellow-telecom.test"] } };
  const hostileRefund = `${HOSTILE} We will refund 20 € within 14 days.`;

  for (const template of TEMPLATES) {
    for (const lang of LANGS) {
      it(`${template} (${lang})`, () => {
        const context = letterCaseContext({ theCase: hostileCase, events: letterEvents({ refundQuote: hostileRefund }) });
        const inputs = { ...COMPLETE[template], summary: `<script>alert("typed")</script>`, request: "<iframe src=//evil.example>", demand: "<svg onload=alert(1)>" };
        const letter = write(template, lang, inputs, context, { fileName: `<img src=x onerror=alert(2)>.zip`, manifestSha256: "a".repeat(64), fingerprint: "b".repeat(64), chain: { head: "c".repeat(64), count: 12 } });
        const html = renderLetterHtml(letter);
        expect(html).not.toMatch(/<(script|img|iframe|svg|b)\b/i);
        expect(html).toContain("&lt;");
        expect(html).toContain("Content-Security-Policy");
        expect(html).toContain("default-src &#39;none&#39;".replace(/&#39;/g, "'"));
        expect(html).toContain("Yellow &lt;b onmouseover=&quot;x()&quot;&gt;Telecom&lt;/b&gt;");
        // The plain text carries the same characters as they were written.
        expect(textOf(letter)).toContain(`Yellow <b onmouseover="x()">Telecom</b>`);
      });
    }
  }

  it("escapes a hostile quote inside a fact", () => {
    const context = letterCaseContext({ events: letterEvents({ refundQuote: hostileRefund }) });
    const html = renderLetterHtml(write("chargeback", "en", { ...COMPLETE.chargeback, amount: "20" }, context));
    expect(html).toContain("&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;");
    expect(html).not.toContain("<script");
  });
});

describe("formal notice (mise en demeure)", () => {
  it("in French: registered letter, Article 1344, the deadline chosen, and what follows", () => {
    const text = textOf(write("formal-notice", "fr", { ...COMPLETE["formal-notice"], deadlineDays: "15", nextStep: "court" }));
    expect(text).toContain("Lettre recommandée avec accusé de réception");
    expect(text).toContain("Objet : Mise en demeure — Fibre installation damage");
    expect(text).toContain("Je vous mets donc en demeure de repair the wall and refund the 49.99 euros dans un délai de 15 jours à compter de la réception de la présente.");
    expect(text).toContain("La présente lettre vaut mise en demeure au sens de l'article 1344 du Code civil.");
    expect(text).toContain("À défaut, je saisirai la juridiction compétente, sans autre avis.");
    expect(text).toContain("Vous avez pris envers moi les engagements cités ci-dessous, que vous n'avez pas tenus.");
  });

  it("states the obligation the person gives, and interest at the statutory rate on a sum (Article 1344-1)", () => {
    const letter = write("formal-notice", "fr", { ...COMPLETE["formal-notice"], obligation: "réparer le mur endommagé", amountClaimed: "1 250,50", currency: "EUR" });
    const text = textOf(letter);
    expect(text).toContain("Votre société s'est engagée à ce qui suit : réparer le mur endommagé");
    expect(text).toMatch(/La somme réclamée s'élève à 1\s250,50\s€ ; conformément à l'article 1344-1 du Code civil/);
  });

  it("in English: a formal notice, the French Civil Code only when the person keeps it, 8 days by default", () => {
    const plain = textOf(write("formal-notice", "en"));
    expect(plain).toContain("By registered post with proof of delivery");
    expect(plain).toContain("within 8 days of receiving this letter");
    expect(plain).toContain("This letter is a formal notice to perform.");
    expect(plain).not.toContain("1344");
    expect(plain).toContain("Failing that, I will refer the dispute to the competent consumer ombudsman and, if need be, bring it before the competent court, without further notice.");
    const cited = textOf(write("formal-notice", "en", { ...COMPLETE["formal-notice"], citeCivilCode: "yes", amountClaimed: "49.99", currency: "EUR" }));
    expect(cited).toContain("within the meaning of Article 1344 of the French Civil Code");
    expect(cited).toContain("The sum I claim is €49.99; under Article 1344-1 of the French Civil Code");
  });

  it("asks for the obligation when the case has no broken promise", () => {
    const events = letterEvents().filter((e) => e.kind !== "promise");
    const letter = write("formal-notice", "en", COMPLETE["formal-notice"], letterCaseContext({ events }));
    expect(letter.issues).toContainEqual({ kind: "missing", field: "obligation" });
    expect(textOf(letter)).toContain("You undertook the following: [to fill in: what they undertook to do]");
  });
});

describe("air passenger claim (Regulation (EC) No 261/2004)", () => {
  const air = (inputs: LetterInputs, lang: "en" | "fr" = "en") => write("air-passenger", lang, { ...COMPLETE["air-passenger"], ...inputs });

  it("a delay of 3 h 30 on Paris–New York: Sturgeon, band (c), the 50 % reduction, the burden of proof", () => {
    const text = textOf(air({}));
    expect(text).toContain("Subject: Claim under Regulation (EC) No 261/2004 — flight AF 22 of 1 March 2025");
    expect(text).toContain("Booking reference: QX7Z2P");
    expect(text).toContain("from Paris Charles de Gaulle (CDG) to New York JFK (JFK)");
    expect(text).toContain("that is 3 h 30 min late");
    expect(text).toContain("As the Court of Justice held in Sturgeon and Others (joined cases C-402/07 and C-432/07, 19 November 2009)");
    expect(text).toMatch(/the flight covers 5,8\d\d km\./);
    expect(text).toContain("It is not an intra-Community flight.");
    expect(text).toContain("Under Article 7(1)(c) of the Regulation, the compensation for such a flight is €600.");
    expect(text).toContain("allows you to reduce this compensation by 50 %. I therefore claim €300.");
    expect(text).toContain("you can prove that the delay was caused by extraordinary circumstances");
    expect(text).toContain("The burden of that proof rests on you.");
    const fr = textOf(air({}, "fr"));
    expect(fr).toContain("Comme l'a jugé la Cour de justice dans l'arrêt Sturgeon e.a.");
    expect(fr).toContain("vol AF 22 du 1er mars 2025");
    expect(fr).toMatch(/point c\), du règlement, l'indemnisation due pour un tel vol s'élève à 600\s€/);
    expect(fr).toMatch(/Je réclame donc 300\s€\./);
  });

  it("a delay over four hours claims the full amount; under three hours owes nothing and the letter is not ready", () => {
    expect(textOf(air({ actualArrival: "2025-03-01T14:30" }))).toContain("I therefore claim €600.");
    const short = air({ actualArrival: "2025-03-01T12:59" });
    expect(short.issues).toEqual([{ kind: "not-due", field: "situation", detail: "delay-under-three-hours" }]);
    expect(short.ready).toBe(false);
    expect(textOf(short)).not.toContain("I therefore claim");
    expect(air({ actualArrival: "2025-03-01T09:00" }).issues).toContainEqual({ kind: "not-after-scheduled", field: "actualArrival" });
  });

  it("a cancellation announced 3 days before, re-routed 5 hours later: Article 5(1)(c), 5(4), the full band", () => {
    const letter = air({ fromAirport: "ORY", toAirport: "NCE", situation: "cancellation", scheduledDeparture: "2025-03-01T07:00", scheduledArrival: "2025-03-01T08:30", informedAt: "2025-02-26T18:00", rerouted: "yes", reroutedDeparture: "2025-03-01T12:00", reroutedArrival: "2025-03-01T13:30" });
    expect(letter.issues).toEqual([]);
    const text = textOf(letter);
    expect(text).toContain("I was told of the cancellation on 26 February 2025 at 18:00, 2 days before the scheduled departure (1 March 2025 at 07:00).");
    expect(text).toContain("The alternative flight offered left on 1 March 2025 at 12:00 and reached my final destination on 1 March 2025 at 13:30.");
    expect(text).toContain("the re-routing offered did not keep within the limits it sets, I am entitled to compensation under Article 7.");
    expect(text).toContain("Under Article 7(1)(a) of the Regulation, the compensation for such a flight is €250.");
    expect(text).toContain("I therefore claim €250.");
    expect(text).toContain("Under Article 5(4), the burden of proving whether and when I was informed of the cancellation rests with you.");
    expect(text).toContain("that the cancellation was caused by extraordinary circumstances");
    expect(text).not.toContain("intra-Community");
  });

  it("a cancellation announced two weeks before is not claimed", () => {
    const letter = air({ situation: "cancellation", scheduledDeparture: "2025-03-15T07:00", scheduledArrival: "2025-03-15T09:30", informedAt: "2025-03-01T07:00" });
    expect(letter.issues).toEqual([{ kind: "not-due", field: "situation", detail: "informed-two-weeks-before" }]);
  });

  it("denied boarding: Article 4(3), re-routed within two hours on a short flight: half", () => {
    const letter = air({ fromAirport: "CDG", toAirport: "LHR", situation: "denied-boarding", presentedInTime: "yes", rerouted: "yes", scheduledArrival: "2025-03-01T10:00", reroutedArrival: "2025-03-01T12:00" }, "fr");
    expect(letter.issues).toEqual([]);
    const text = textOf(letter);
    expect(text).toContain("En vertu de l'article 4, paragraphe 3, du règlement, vous devez m'indemniser immédiatement conformément à l'article 7.");
    expect(text).toMatch(/point a\), du règlement, l'indemnisation due pour un tel vol s'élève à 250\s€/);
    expect(text).toMatch(/Je réclame donc 125\s€\./);
    expect(air({ situation: "denied-boarding" }).issues).toContainEqual({ kind: "missing", field: "presentedInTime" });
  });

  it("downgrading on Paris–Réunion: the French overseas departments' 75 %", () => {
    const letter = air({ fromAirport: "ORY", toAirport: "RUN", situation: "downgrading", ticketPrice: "1 200", currency: "EUR" }, "fr");
    expect(letter.issues).toEqual([]);
    const text = textOf(letter);
    expect(text).toContain("Il s'agit d'un vol entre le territoire européen des États membres et un département français d'outre-mer.");
    expect(text).toMatch(/vous devez me rembourser, dans un délai de sept jours, 75 % du prix du billet pour ce vol \(1\s200\s€\), soit 900\s€\./);
    expect(text).not.toContain("Sturgeon");
  });

  it("downgrading within the EU beyond 1500 km: 50 %; at 1500 km or less: 30 %", () => {
    expect(textOf(air({ fromAirport: "HEL", toAirport: "TFS", situation: "downgrading", ticketPrice: "300", currency: "EUR" }))).toContain("50 % of the price of the ticket for that flight (€300), that is €150.");
    expect(textOf(air({ fromAirport: "", toAirport: "", distanceKm: "1500", flightScope: "other", departsFromEu: "yes", situation: "downgrading", ticketPrice: "99.90", currency: "GBP" }))).toContain("30 % of the price of the ticket for that flight (£99.90), that is £29.97.");
  });

  it("takes a distance typed by the person when the airports are not in the table", () => {
    const letter = air({ fromAirport: "Rodez", toAirport: "Brest", distanceKm: "3 501", flightScope: "other", departsFromEu: "yes", actualArrival: "2025-03-01T15:00" });
    expect(letter.issues).toEqual([]);
    const text = textOf(letter);
    expect(text).toContain("from Rodez to Brest");
    expect(text).toContain("Measured by the great circle route method (Article 7(4)), the flight covers 3,501 km.");
    expect(text).toContain("Article 7(1)(c)");
    expect(air({ fromAirport: "Rodez", toAirport: "Brest", distanceKm: "25000", flightScope: "other", departsFromEu: "yes" }).issues).toContainEqual({ kind: "invalid-distance", field: "distanceKm" });
  });

  it("refuses a flight the regulation does not cover (Article 3(1)) and a route from an airport to itself", () => {
    expect(air({ fromAirport: "JFK", toAirport: "CDG", euCarrier: "no" }).issues).toContainEqual({ kind: "not-applicable" });
    expect(air({ fromAirport: "JFK", toAirport: "CDG", euCarrier: "yes" }).issues).toEqual([]);
    expect(air({ fromAirport: "JFK", toAirport: "LAX", euCarrier: "yes", distanceKm: "3983", flightScope: "other" }).issues).toContainEqual({ kind: "not-applicable" });
    expect(air({ fromAirport: "CDG", toAirport: "cdg", distanceKm: "10", flightScope: "intra-eu" }).issues).toContainEqual({ kind: "same-airport", field: "toAirport" });
  });

  it("shows the fields the flight needs, and only those", () => {
    const ids = (inputs: LetterInputs) => formFields("air-passenger", inputs, flightKnowledge(inputs)).map((f) => f.id);
    expect(ids({ situation: "delay", fromAirport: "CDG", toAirport: "JFK" })).not.toEqual(expect.arrayContaining(["distanceKm"]));
    expect(ids({ situation: "delay", fromAirport: "CDG", toAirport: "JFK" })).not.toContain("flightScope");
    expect(ids({ situation: "delay", fromAirport: "CDG", toAirport: "JFK" })).not.toContain("departsFromEu");
    expect(ids({ situation: "delay", fromAirport: "CDG", toAirport: "JFK" })).toEqual(expect.arrayContaining(["scheduledArrival", "actualArrival"]));
    expect(ids({ situation: "delay" })).toEqual(expect.arrayContaining(["distanceKm", "flightScope", "departsFromEu"]));
    expect(ids({ situation: "delay", departsFromEu: "no" })).toContain("euCarrier");
    expect(ids({ situation: "delay", fromAirport: "JFK", toAirport: "CDG" })).toContain("euCarrier");
    expect(ids({ situation: "cancellation" })).not.toContain("reroutedDeparture");
    expect(ids({ situation: "cancellation", rerouted: "yes" })).toEqual(expect.arrayContaining(["informedAt", "reroutedDeparture", "reroutedArrival"]));
    expect(ids({ situation: "downgrading" })).toEqual(expect.arrayContaining(["ticketPrice", "currency"]));
    expect(ids({ situation: "downgrading" })).not.toContain("actualArrival");
  });
});

describe("chargeback request", () => {
  it("takes the amount from the case's refund promise, says so, and counts the contacts with the merchant", () => {
    const context = letterCaseContext();
    expect(letterDefaults("chargeback", context, "en")).toMatchObject({ amount: "49.99", currency: "EUR", merchantName: "Yellow Telecom", chargebackReason: "refund-not-received" });
    const letter = write("chargeback", "en");
    const text = textOf(letter);
    expect(text).toContain("Subject: Chargeback request — card ending in 1234 — payment to Yellow Telecom of 20 February 2025");
    expect(text).toContain("I hold the card ending in 1234. On 20 February 2025, I paid €49.99 to Yellow Telecom with it.");
    expect(text).toContain("Yellow Telecom promised me a refund, which I have not received.");
    expect(text).toContain("Before writing to you, I tried to settle this with Yellow Telecom directly, as the facts below show.");
    expect(text).toContain("to credit €49.99 back to my account.");
    expect(letter.facts).toContainEqual({ text: "The amount, €49.99, is the one written in Yellow Telecom's promise of 6 March 2025 at 09:15.", from: [IDS.refund] });
  });

  it("with an amount the person typed instead: no claim that the case gave it", () => {
    const letter = write("chargeback", "fr", { ...COMPLETE.chargeback, amount: "120", chargebackReason: "not-provided" });
    expect(textOf(letter)).toMatch(/j'ai payé 120\s€ à Yellow Telecom/);
    expect(textOf(letter)).toContain("Les biens ou services payés ne m'ont pas été fournis.");
    expect(letter.facts.some((f) => f.text.startsWith("Le montant"))).toBe(false);
  });

  it("asks for the amount when the case names none", () => {
    const events = letterEvents().filter((e) => e.id !== IDS.refund);
    const letter = write("chargeback", "en", COMPLETE.chargeback, letterCaseContext({ events }));
    expect(letter.issues).toContainEqual({ kind: "missing", field: "amount" });
    expect(textOf(letter)).toContain("[to fill in: the amount paid]");
  });

  it("takes only the last four digits of a card, and never prints a whole card number", () => {
    const letter = write("chargeback", "en", { ...COMPLETE.chargeback, cardLastFour: "4970 1012 3456 7890" });
    expect(letter.issues).toContainEqual({ kind: "invalid-card-digits", field: "cardLastFour" });
    expect(renderLetterHtml(letter)).not.toMatch(/4970|7890/);
    expect(textOf(letter)).toContain("[to fill in: the last four digits of the card]");
  });
});

describe("ombudsman referral", () => {
  it("states the time since the first written complaint as a figure, and asserts no scheme's rule", () => {
    const context = letterCaseContext({ now: T0 + 75 * DAY });
    const en = write("ombudsman", "en", COMPLETE.ombudsman, context);
    const text = textOf(en);
    expect(text).toContain("My first written complaint to Yellow Telecom was sent on 3 March 2025 at 09:15: 75 days (2 full months) ago.");
    expect(text).toContain("I contacted Yellow Telecom 3 times about it, between 3 March 2025 at 09:15 and 13 March 2025 at 09:15.");
    expect(en.facts[0]).toEqual({ text: "My first written complaint to Yellow Telecom was sent on 3 March 2025 at 09:15 through its web form. Time since then: 75 days (2 full months).", from: [IDS.form, IDS.outcome] });
    expect(text).not.toMatch(/two months|must wait|required to wait|at least \d+ (days|months)/i);
    const fr = textOf(write("ombudsman", "fr", COMPLETE.ombudsman, context));
    expect(fr).toContain("Ma première réclamation écrite à Yellow Telecom a été envoyée le 3 mars 2025 à 09:15, il y a 75 jours (2 mois révolus).");
    expect(fr).toContain("Objet : Saisine — litige avec Yellow Telecom — Fibre installation damage");
    expect(textOf(write("ombudsman", "fr", COMPLETE.ombudsman, letterCaseContext({ now: T0 + 1 * DAY })))).toContain("il y a 1 jour.");
  });
});

describe("the annex", () => {
  it("names the dossier, and once exported its manifest's SHA-256, the key's fingerprint and the chain", () => {
    const exported = write("complaint", "en", COMPLETE.complaint, letterCaseContext(), { fileName: "case.zip", manifestSha256: "ab".repeat(32), fingerprint: "07fd49cb".repeat(8), chain: { head: "cd".repeat(32), count: 12 } });
    expect(exported.annex).toEqual([
      "Case file: case.zip.",
      `SHA-256 of its manifest (manifest.json): ${"ab".repeat(32)}.`,
      `Fingerprint of the key that signed it: ${"07FD 49CB ".repeat(8).trim()}.`,
      `Events sealed in its chain: 12; SHA-256 of the last one: ${"cd".repeat(32)}.`,
      "The page verify.html inside the file checks its signature, each of its files and the chain of events, offline and with nothing to install.",
    ]);
    const pending = write("complaint", "fr", COMPLETE.complaint, letterCaseContext(), { fileName: "case.zip", fingerprint: "07fd49cb".repeat(8) });
    expect(pending.annex).toEqual(["Dossier : case.zip.", "À exporter depuis Receipts sous forme de dossier signé et à joindre à cette lettre.", `Empreinte de la clé qui l'a signé : ${"07FD 49CB ".repeat(8).trim()}.`]);
  });

  it("dates the letter on the day it is written, in the writer's zone", () => {
    expect(write("complaint", "en", { ...COMPLETE.complaint, place: "" }).dateLine).toBe("2 April 2025");
    expect(write("complaint", "fr", { ...COMPLETE.complaint, place: "" }, letterCaseContext({ now: Date.UTC(2025, 4, 1, 10) })).dateLine).toBe("Le 1er mai 2025");
    expect(NOW).toBe(T0 + 30 * DAY);
  });
});

describe("the two tables of words", () => {
  it("have the same keys and the same placeholders in English and French, and no French left in English", () => {
    expect(Object.keys(FR).sort()).toEqual(Object.keys(EN).sort());
    const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    const differ = Object.keys(EN).filter((k) => placeholders(EN[k as keyof typeof EN]).join() !== placeholders(FR[k as keyof typeof EN]).join());
    expect(differ).toEqual([]);
    const copied = Object.keys(EN).filter((k) => EN[k as keyof typeof EN] === FR[k as keyof typeof EN] && !/^\$1( \(\$2\))?$/.test(EN[k as keyof typeof EN]));
    expect(copied).toEqual([]);
  });
});
