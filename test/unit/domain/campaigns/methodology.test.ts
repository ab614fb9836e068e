// The methodology, written from the campaign and its comparison, in English and French.
import { describe, expect, it } from "vitest";
import { compareBrands } from "../../../../src/domain/campaigns/comparison";
import { campaignMethodology, methodologyPlainText, type Methodology, type MethodologySectionId } from "../../../../src/domain/campaigns/methodology";
import { momentWords, readingWords } from "../../../../src/domain/campaigns/methodology-words";
import { BrandCase, campaign, campaignBrand, DAY, HOUR, moment, PROMISE_TEXT, protocol, QUESTION, replyWithin, T0, threeBrands } from "./comparison-fixtures";

const sectionOf = (m: Methodology, id: MethodologySectionId) => {
  const found = m.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const textOf = (m: Methodology, id: MethodologySectionId) => {
  const s = sectionOf(m, id);
  return [s.heading, ...s.paragraphs, ...s.items].join("\n");
};

/** The three brands, a fourth added mid-campaign on protocol v2, and a fifth whose case was deleted. */
function eventful() {
  const { campaign: three, cases } = threeBrands();
  const late = new BrandCase("case-late-0001", "Latecomer Mobile");
  late.attempt(T0 + 4 * DAY);
  const v2 = protocol({ version: 2, written: moment(T0 + 3 * DAY), change: "Brands now answer by e-mail: the wait is longer.", wait: { amount: 10, unit: "calendar-days" } });
  const theCampaign = campaign(
    [
      ...three.brands,
      campaignBrand("Latecomer Mobile", late.caseId, { added: moment(T0 + 3 * DAY + HOUR), addedAfterStart: true, protocolVersion: 2 }),
      campaignBrand("Gone Fibre", "case-gone-0001", { caseDeleted: moment(T0 + 5 * DAY) }),
    ],
    { protocols: [protocol(), v2], ended: moment(T0 + 12 * DAY) },
  );
  const all = new Map([...cases, [late.caseId, late.evidence()], ["case-gone-0001", undefined]]);
  const now = T0 + 12 * DAY;
  return { campaign: theCampaign, rows: compareBrands({ campaign: theCampaign, cases: all, now }), now: moment(now) };
}

describe("campaignMethodology", () => {
  const { campaign: theCampaign, rows, now } = eventful();
  const en = campaignMethodology({ campaign: theCampaign, rows, lang: "en", now });
  const fr = campaignMethodology({ campaign: theCampaign, rows, lang: "fr", now });

  it("states the protocol: the question word for word, channel, promise, wait, follow-up, what counted", () => {
    const text = textOf(en, "protocol");
    expect(text).toContain(`Question asked, word for word: “${QUESTION}”`);
    expect(text).toContain("Channel: web form");
    expect(text).toContain(`Promise tested: “${PROMISE_TEXT}”, read as a reply within 48 hours, counted from each contact attempt`);
    expect(text).toContain("Wait: 10 calendar days from the first contact attempt");
    expect(text).toContain("Follow-up: one, sent when nothing had come 3 calendar days after the first contact attempt.");
    expect(text).toContain("only an answer written by a person");
    expect(text).toContain("The protocol changed during the campaign (2 versions");
  });

  it("gives the dates: start, end, first and last contact with their brands", () => {
    const text = textOf(en, "dates");
    expect(text).toContain(`Started: ${momentWords(moment(T0 - DAY), "en")}`);
    expect(text).toContain(`Ended: ${momentWords(moment(T0 + 12 * DAY), "en")}`);
    expect(text).toContain(`First contact: ${momentWords(moment(T0 + HOUR), "en")} (Prompt Telecom)`);
    expect(text).toContain(`Last contact: ${momentWords(moment(T0 + 4 * DAY), "en")} (Latecomer Mobile)`);
    expect(momentWords(moment(T0 + HOUR), "en")).toBe("3 March 2025 at 10:00 (Europe/Paris)");
  });

  it("lists both versions with their date, why, what changed and the brands that ran each", () => {
    const [v1, v2] = sectionOf(en, "versions").items;
    expect(v1).toBe(`Version 1, written on ${momentWords(moment(T0 - DAY), "en")}: the protocol as the campaign started. Brands that ran it: Prompt Telecom, Slow Telecom, Mute Telecom, and Gone Fibre.`);
    expect(v2).toBe(`Version 2, written on ${momentWords(moment(T0 + 3 * DAY), "en")}. Why: Brands now answer by e-mail: the wait is longer. Changed: the wait (10 calendar days). Brands that ran it: Latecomer Mobile.`);
  });

  it("names the brand added mid-campaign, with its date and version", () => {
    expect(sectionOf(en, "added").items).toEqual([`Latecomer Mobile: added on ${momentWords(moment(T0 + 3 * DAY + HOUR), "en")} (protocol version 2)`]);
    expect(sectionOf(fr, "added").items).toEqual([`Latecomer Mobile : ajoutée le ${momentWords(moment(T0 + 3 * DAY + HOUR), "fr")} (version 2 du protocole)`]);
  });

  it("names the brand whose case was deleted, and says its evidence is not in the export", () => {
    const deleted = sectionOf(en, "deleted");
    expect(deleted.items).toEqual([`Gone Fibre: case deleted on ${momentWords(moment(T0 + 5 * DAY), "en")}`]);
    expect(deleted.paragraphs[0]).toContain("their evidence is not part of this export");
  });

  it("says what the evidence does not show: the device's clock, the brand's server", () => {
    const text = textOf(en, "limits");
    expect(text).toContain("Times come from the clock of the device");
    expect(text).toContain("does not prove by itself that the brand's server sent that content");
    expect(text).not.toContain("time-stamping authority");
    const stamped = campaignMethodology({ campaign: theCampaign, rows, lang: "en", now, trustedTime: true });
    expect(textOf(stamped, "limits")).toContain("When the bundle holds manifest.tsr, a time-stamping authority vouches for when it was signed");
  });

  it("speaks French throughout, with the same sections", () => {
    expect(fr.title).toBe("Méthodologie");
    expect(fr.sections.map((s) => s.id)).toEqual(en.sections.map((s) => s.id));
    expect(textOf(fr, "protocol")).toContain(`Question posée, mot pour mot : « ${QUESTION} »`);
    expect(textOf(fr, "protocol")).toContain("une réponse sous 48 heures, comptée à partir de chaque prise de contact");
    expect(textOf(fr, "limits")).toContain("horloge de l'appareil");
    expect(momentWords(moment(T0 + HOUR), "fr")).toBe("3 mars 2025 à 10:00 (Europe/Paris)");
  });

  it("says when nothing was added or deleted, and a single version plainly", () => {
    const { campaign: simple, cases } = threeBrands();
    const m = campaignMethodology({ campaign: simple, rows: compareBrands({ campaign: simple, cases, now: T0 + 8 * DAY }), lang: "en", now: moment(T0 + 8 * DAY) });
    expect(sectionOf(m, "added").paragraphs).toEqual(["No brand was added after the campaign started."]);
    expect(sectionOf(m, "deleted").paragraphs).toEqual(["No brand's case was deleted."]);
    expect(sectionOf(m, "protocol").paragraphs[0]).toMatch(/^Every brand was tested the same way, with this protocol \(version 1, written on/);
    expect(textOf(m, "dates")).toContain("Still running.");
  });

  it("lists the brands the reader must read with care: clock gone back, another channel, nothing pinned", () => {
    const c = new BrandCase("case-mailer-1", "Mailer");
    c.promise(T0, PROMISE_TEXT, replyWithin(48));
    c.attempt(T0 + HOUR, "email");
    const theCampaign2 = campaign([campaignBrand("Mailer", c.caseId)]);
    const m = campaignMethodology({ campaign: theCampaign2, rows: compareBrands({ campaign: theCampaign2, cases: new Map([[c.caseId, c.evidence()]]), now: T0 + DAY }), lang: "en", now: moment(T0 + DAY) });
    expect(sectionOf(m, "limits").items).toEqual(["First reached on another channel than the protocol's, and measured from that contact: Mailer."]);
  });

  it("writes plain text with headings and items", () => {
    const text = methodologyPlainText(en);
    expect(text.startsWith("Methodology\n===========\n\nThe protocol\n------------\n")).toBe(true);
    expect(text).toContain(`- Question asked, word for word: “${QUESTION}”`);
    expect(text.endsWith("\n")).toBe(true);
  });
});

describe("readingWords", () => {
  it("reads deadlines of every kind in both languages", () => {
    expect(readingWords(replyWithin(2, "business-days"), "fr")).toBe("une réponse sous 2 jours ouvrés, comptée à partir de chaque prise de contact");
    expect(readingWords({ kind: "callback", deadline: { type: "before-time", dayOffset: 1, hour: 18, minute: 0 }, clockStart: "statement", language: "en", confidence: 1, matched: {} }, "en")).toBe("a call back by 18:00, 1 day(s) later, counted from when it was said");
    expect(readingWords({ kind: "resolution-time", deadline: { type: "fixed-date", date: "2025-11-15" }, clockStart: "fixed-date", language: "fr", confidence: 1, matched: {} }, "fr")).toBe("une résolution avant le 15 novembre 2025");
    expect(readingWords({ kind: "reply-time", deadline: { type: "duration", amount: 1, unit: "hours" }, clockStart: "each-contact", language: "en", confidence: 1, matched: {} }, "en")).toBe("a reply within 1 hour, counted from each contact attempt");
  });
});
