// From what was typed to an entry, or to errors named per field, with nothing typed lost.
import { describe, expect, it } from "vitest";
import { emptyDrafts, readDraft, readMinutes, type Drafts } from "../../../../src/domain/offline/entry-form";
import { readCaseDraft, brandDomainsOf, type CaseDraft } from "../../../../src/domain/offline/case-choice-form";
import { epochToLocalInput } from "../../../../src/domain/offline/local-time";

const NOW = Date.UTC(2026, 2, 10, 9, 0); // 10:00 in Paris
const clock = { now: NOW, timeZone: "Europe/Paris" };
const drafts = () => emptyDrafts(clock);

describe("empty drafts", () => {
  it("start at now, in the person's zone", () => {
    const d = drafts();
    expect(d["phone-call"].when).toBe("2026-03-10T10:00");
    expect(d.visit.when).toBe(epochToLocalInput(NOW, "Europe/Paris"));
  });
});

describe("a phone call", () => {
  const call = (over: Partial<Drafts["phone-call"]>): Drafts["phone-call"] => ({ ...drafts()["phone-call"], ...over });

  it("logged the next day keeps the time it happened", () => {
    const reading = readDraft("phone-call", call({ when: "2026-03-09T18:40", number: " 09 69 36 39 00 ", minutes: "1:05", answeredBy: "Julie", said: "A technician will come.", promised: "Friday" }), clock);
    expect(reading).toEqual({
      ok: true,
      entry: {
        contact: "phone-call",
        occurred: { at: Date.UTC(2026, 2, 9, 17, 40), timeZone: "Europe/Paris" },
        number: "09 69 36 39 00",
        durationMinutes: 65,
        answeredBy: "Julie",
        said: "A technician will come.",
        promised: "Friday",
      },
    });
  });

  it("names each field in error, and the draft itself is left as typed", () => {
    const draft = call({ when: "2026-03-11T09:00", number: "", minutes: "about ten", said: "<b>kept</b>" });
    const copy = structuredClone(draft);
    const reading = readDraft("phone-call", draft, clock);
    expect(reading).toEqual({ ok: false, errors: { when: "errorWhenFuture", number: "errorNumberMissing", minutes: "errorMinutes" } });
    expect(draft).toEqual(copy);
  });

  it("refuses a number without digits and a date that does not exist", () => {
    expect(readDraft("phone-call", call({ number: "the hotline", when: "2026-02-30T10:00" }), clock)).toEqual({
      ok: false,
      errors: { number: "errorNumberInvalid", when: "errorWhenInvalid" },
    });
    expect(readDraft("phone-call", call({ number: "3900", when: "" }), clock)).toEqual({ ok: false, errors: { when: "errorWhenMissing" } });
  });

  it("leaves out what was left empty", () => {
    const reading = readDraft("phone-call", call({ number: "3900" }), clock);
    expect(reading.ok && Object.entries(reading.entry).filter(([, v]) => v !== undefined).map(([k]) => k).sort()).toEqual(["contact", "number", "occurred"]);
  });

  it("says when a text is longer than kept", () => {
    expect(readDraft("phone-call", call({ number: "3900", answeredBy: "x".repeat(501) }), clock)).toEqual({ ok: false, errors: { answeredBy: "errorTooLong" } });
  });
});

describe("minutes", () => {
  it.each([
    ["25", 25],
    [" 90 ", 90],
    ["1:30", 90],
    ["2h05", 125],
  ])("%s is %i minutes", (typed, minutes) => expect(readMinutes(typed)).toBe(minutes));
  it.each(["", "ten", "-5", "1:75", "1.5"])("%s is not", (typed) => expect(readMinutes(typed)).toBeUndefined());
});

describe("letters, visits, posts", () => {
  it("a registered letter received, with its tracking number", () => {
    const reading = readDraft("letter", { ...drafts().letter, when: "2026-03-05T11:00", direction: "received", registered: true, trackingNumber: "1A 234 567 8901 2", summary: "Refusal" }, clock);
    expect(reading).toMatchObject({ ok: true, entry: { contact: "letter", direction: "received", registered: true, trackingNumber: "1A 234 567 8901 2", summary: "Refusal" } });
  });

  it("a visit needs a place", () => {
    expect(readDraft("visit", { ...drafts().visit, place: "  " }, clock)).toEqual({ ok: false, errors: { place: "errorPlaceMissing" } });
    expect(readDraft("visit", { ...drafts().visit, place: "Shop, 12 rue de la Paix" }, clock)).toMatchObject({ ok: true, entry: { place: "Shop, 12 rue de la Paix" } });
  });

  it("a social post needs a web address; one taken from a tab carries the tab", () => {
    for (const url of ["", "twitter.com/yellow/status/1", "javascript:alert(1)", "ftp://x.org/a"]) {
      expect(readDraft("social-post", { ...drafts()["social-post"], url }, clock)).toEqual({ ok: false, errors: { url: "errorUrl" } });
    }
    const reading = readDraft("social-post", { ...drafts()["social-post"], url: "https://social.example/@yellow/1", tab: { id: 12, title: "Post" } }, clock);
    expect(reading).toMatchObject({ ok: true, entry: { contact: "social-post", url: "https://social.example/@yellow/1", tabId: 12 } });
  });
});

describe("an e-mail", () => {
  const email = {
    fileName: "a.eml",
    fileSize: 10,
    fileSha256: "a".repeat(64),
    to: [],
    cc: [],
    text: "",
    textFromHtml: false,
    textLength: 0,
    attachments: [],
  };

  it("needs a file", () => {
    expect(readDraft("email", drafts().email, clock)).toEqual({ ok: false, errors: { file: "errorEmailMissing" } });
  });

  it("happened when its Date header says, not when typed", () => {
    const sentAt = Date.UTC(2026, 2, 2, 8, 14, 5);
    const reading = readDraft("email", { when: "garbage", direction: "received", email: { ...email, sentAt } }, clock);
    expect(reading).toMatchObject({ ok: true, entry: { occurred: { at: sentAt, timeZone: "Europe/Paris" }, direction: "received" } });
  });

  it("is the brand's response when its sender is on the case's domains, unless the person says otherwise", () => {
    const fromBrand = { ...email, from: { name: "", address: "service@yellow-telecom.fr" } };
    const read = (direction?: "sent" | "received") => readDraft("email", { when: "2026-03-01T08:00", email: fromBrand, ...(direction ? { direction } : {}) }, clock, ["www.yellow-telecom.fr"]);
    expect(read()).toMatchObject({ ok: true, entry: { direction: "received" } });
    expect(read("sent")).toMatchObject({ ok: true, entry: { direction: "sent" } });
    expect(readDraft("email", { when: "2026-03-01T08:00", email: fromBrand }, clock, ["other.fr"])).toMatchObject({ ok: true, entry: { direction: "sent" } });
  });

  it("without a Date header, happened when the person says", () => {
    expect(readDraft("email", { when: "", direction: "sent", email }, clock)).toEqual({ ok: false, errors: { when: "errorWhenMissing" } });
    expect(readDraft("email", { when: "2026-03-01T08:00", direction: "sent", email }, clock)).toMatchObject({ ok: true, entry: { occurred: { at: Date.UTC(2026, 2, 1, 7) } } });
  });
});

describe("the case", () => {
  const none: CaseDraft = { caseId: "", startNew: false, brandName: "", brandAddress: "" };

  it("is one from the list", () => {
    expect(readCaseDraft({ ...none, caseId: "case_0001-abcd" })).toEqual({ ok: true, choice: { caseId: "case_0001-abcd" } });
    expect(readCaseDraft(none)).toEqual({ ok: false, errors: { caseId: "errorCaseMissing" } });
  });

  it("or a new one, with the brand's name and web address", () => {
    expect(readCaseDraft({ ...none, startNew: true, brandName: " Yellow Telecom ", brandAddress: "https://www.yellow-telecom.fr/" })).toEqual({
      ok: true,
      choice: { newCase: { name: "Yellow Telecom", domain: "yellow-telecom.fr" } },
    });
    expect(readCaseDraft({ ...none, startNew: true, brandName: "", brandAddress: "Yellow Telecom" })).toEqual({
      ok: false,
      errors: { brandName: "errorBrandName", brandAddress: "errorBrandAddress" },
    });
  });

  it("gives the brand's domains for telling who wrote an e-mail", () => {
    const domainsOf = (id: string) => (id === "c1" ? ["www.yellow-telecom.fr"] : []);
    expect(brandDomainsOf({ ...none, caseId: "c1" }, domainsOf)).toEqual(["www.yellow-telecom.fr"]);
    expect(brandDomainsOf({ ...none, startNew: true, brandAddress: "yellow.fr" }, domainsOf)).toEqual(["yellow.fr"]);
    expect(brandDomainsOf(none, domainsOf)).toEqual([]);
  });
});
