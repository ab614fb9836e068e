import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPromise } from "../../../../src/domain/promises/promise-parser";
import { PromiseReading } from "../../../../src/domain/promises/promise-reading";

const hours = (amount: number) => ({ type: "duration", amount, unit: "hours" });

describe("text around a promise", () => {
  it("reads through right-to-left marks, Arabic script and emoji", () => {
    const reading = readPromise("\u202B🙏 شكراً \u200F We reply within 48 hours 💬\u202C");
    expect(reading?.kind).toBe("reply-time");
    expect(reading?.deadline).toEqual(hours(48));
    expect(reading?.matched.deadline).toBe("48 hours");
  });

  it("reads through zero-width characters and non-breaking spaces", () => {
    expect(readPromise("Nous répondons sous 48\u00a0h.")?.deadline).toEqual(hours(48));
    expect(readPromise("Nous répondons sous 48\u202fheures.")?.deadline).toEqual(hours(48));
    expect(readPromise("We re\u200bply with\u200din 2 hours")?.deadline).toEqual(hours(2));
  });

  it("treats HTML-looking text as plain text and quotes it back as written", () => {
    const reading = readPromise('<img src=x onerror=alert(1)><p>Nous répondons sous <b>48 HEURES</b></p>');
    expect(reading?.kind).toBe("reply-time");
    expect(reading?.deadline).toEqual(hours(48));
    expect(reading?.matched).toEqual({ kind: "répondons", deadline: "48 HEURES" });
    expect(readPromise("<p></p><br/><script></script>")).toBeUndefined();
  });

  it("gives nothing for empty or promise-free text", () => {
    expect(readPromise("")).toBeUndefined();
    expect(readPromise("   \n\t ")).toBeUndefined();
    expect(readPromise("🙂🙂🙂")).toBeUndefined();
  });

  it("skips a question but reads the answer after it", () => {
    expect(readPromise("Will you really reply within 48 hours?")).toBeUndefined();
    expect(readPromise("How long does a refund take? We refund within 14 days.")?.kind).toBe("refund");
  });

  it("reads an agent's quoted words inside a customer's own account", () => {
    const reading = readPromise("L'agent m'a dit « je vous rappelle demain avant 18h » puis plus rien.");
    expect(reading).toMatchObject({ kind: "callback", clockStart: "statement" });
    expect(reading?.deadline).toEqual({ type: "before-time", dayOffset: 1, hour: 18, minute: 0 });
  });
});

describe("deadlines that cannot be read", () => {
  it.each([
    ["We will reply within two months.", "reply-time"],
    ["Réponse sous 4 heures ouvrées.", "reply-time"],
    ["I'll call you back on Monday.", "callback"],
    ["Le remboursement sera versé d'ici vendredi.", "refund"],
    ["Your refund will be paid on 15 March.", "refund"],
  ])("keeps the kind, leaves the deadline out: %s", (text, kind) => {
    const reading = readPromise(text);
    expect(reading?.kind).toBe(kind);
    expect(reading?.deadline).toBeUndefined();
  });

  it("does not let opening hours stand in for an unreadable deadline", () => {
    const reading = readPromise("Nous répondons dans un délai de 2 mois, du lundi au vendredi.");
    expect(reading?.kind).toBe("reply-time");
    expect(reading?.deadline).toBeUndefined();
    expect(reading?.matched.deadline).toBe("2 mois");
  });
});

describe("numbers, units and ranges", () => {
  it.each([
    ["Nous répondons sous quarante-huit heures.", hours(48)],
    ["Nous répondons sous soixante-douze heures.", hours(72)],
    ["Nous vous remboursons sous quatre-vingt-dix jours.", { type: "duration", amount: 90, unit: "calendar-days" }],
    ["Nous vous remboursons sous vingt et un jours.", { type: "duration", amount: 21, unit: "calendar-days" }],
    ["We refund within twenty-one days.", { type: "duration", amount: 21, unit: "calendar-days" }],
    ["We reply within seventy-two hours.", hours(72)],
    ["We reply within an hour.", hours(1)],
    ["We reply within half an hour.", { type: "duration", amount: 30, unit: "minutes" }],
    ["We reply within 1.5 hours.", { type: "duration", amount: 90, unit: "minutes" }],
    ["Refunds take 3 to 5 business days.", { type: "duration", amount: 5, unit: "business-days" }],
    ["Remboursement entre 3 et 5 jours ouvrés.", { type: "duration", amount: 5, unit: "business-days" }],
    ["Réponse sous 24/48h.", hours(48)],
    ["Réponse sous 2 jours calendaires.", { type: "duration", amount: 2, unit: "calendar-days" }],
    ["We answer chats in under 90 seconds.", undefined],
    ["Nous répondons sous 48h ouvrées.", { type: "duration", amount: 2, unit: "business-days" }],
  ])("%s", (text, deadline) => {
    expect(readPromise(text)?.deadline).toEqual(deadline);
  });

  it("reads any written number of hours and business days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (amount) => {
        expect(readPromise(`We reply within ${amount} hours.`)?.deadline).toEqual(hours(amount));
        expect(readPromise(`Nous répondons sous ${amount} jours ouvrés.`)?.deadline).toEqual({
          type: "duration",
          amount,
          unit: "business-days",
        });
      }),
    );
  });
});

describe("times of day", () => {
  it.each([
    ["I'll call you back tomorrow before 6pm.", 1, 18, 0],
    ["I'll call you back before 6 p.m. today.", 0, 18, 0],
    ["Je vous rappelle demain avant 18h30.", 1, 18, 30],
    ["Je vous rappelle avant 9:15.", 0, 9, 15],
    ["I'll get back to you by close of business.", 0, 17, 0],
    ["I'll get back to you before midnight.", 0, 23, 59],
    ["I'll call you back tonight.", 0, 23, 59],
    ["Je vous rappelle après-demain.", 2, 23, 59],
    ["I'll call you back by 12am.", 0, 23, 59],
  ])("%s", (text, dayOffset, hour, minute) => {
    const reading = readPromise(text);
    expect(reading?.deadline).toEqual({ type: "before-time", dayOffset, hour, minute });
    expect(reading?.clockStart).toBe("statement");
  });

  it("reads slashed and ISO dates, and refuses impossible ones", () => {
    expect(readPromise("We will refund you before 31/03/2025.")?.deadline).toEqual({ type: "fixed-date", date: "2025-03-31" });
    expect(readPromise("We will refund you before 03/31/2025.")?.deadline).toEqual({ type: "fixed-date", date: "2025-03-31" });
    expect(readPromise("We will refund you by 2025-04-01.")?.deadline).toEqual({ type: "fixed-date", date: "2025-04-01" });
    expect(readPromise("We will refund you by 30 February 2025.")?.deadline).toBeUndefined();
  });
});

describe("who speaks and from when", () => {
  it("counts an agent's words from the statement and a brand page's from each contact", () => {
    expect(readPromise("I will reply within 2 days.")?.clockStart).toBe("statement");
    expect(readPromise("We reply within 2 days.")?.clockStart).toBe("each-contact");
    expect(readPromise("We reply within 2 days of your order.")?.clockStart).toBe("order-date");
    expect(readPromise("Refunds within 2 days.")?.clockStart).toBe("order-date");
  });

  it("detects the language unless told", () => {
    expect(readPromise("Nous répondons sous 48h.")?.language).toBe("fr");
    expect(readPromise("We reply within 48h.")?.language).toBe("en");
    expect(readPromise("Support 24/7", "fr")?.language).toBe("fr");
  });

  it("is less sure of hedged promises", () => {
    const firm = readPromise("We guarantee a reply within 48 hours.");
    const hedged = readPromise("We usually reply within 48 hours.");
    expect(firm && hedged && firm.confidence > hedged.confidence).toBe(true);
  });

  it("does not read 'nous vous rappelons que' (we remind you) as a callback", () => {
    expect(readPromise("Nous vous rappelons que le service est gratuit.")).toBeUndefined();
  });
});

describe("robustness", () => {
  it("never throws and only returns valid readings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const reading = readPromise(text);
        if (reading !== undefined) expect(PromiseReading.safeParse(reading).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps to a bounded amount of work on long pasted pages", () => {
    // Many short sentences were the slow case when each was read as a full-length copy of the page.
    for (const page of ["Hi. ".repeat(20_000), "Lorem ipsum, 24 heures sur 24 de 9h à 18h. ".repeat(2_000)]) {
      const started = performance.now();
      readPromise(page);
      expect(performance.now() - started).toBeLessThan(1_500);
    }
  });

  it("finds a promise after a long preamble within the first 5,000 characters", () => {
    expect(readPromise(`${"Bonjour. ".repeat(400)}Nous répondons sous 48h.`)?.deadline).toEqual(hours(48));
  });
});
