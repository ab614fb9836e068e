// Deadlines that speak, on the reality engine's verdicts: which are missed (told once each), when the next
// falls due (for the alarm), and how the popup says the wait. With the bad inputs of the issue: a deadline
// across a daylight-saving change, a case with no promise, a response logged before its attempt.
import { describe, expect, it } from "vitest";
import { caseGlance } from "../../../../src/domain/cases/case-glance";
import { caseReality } from "../../../../src/domain/cases/case-reality";
import { caseDeadlines } from "../../../../src/domain/cases/deadline-reminders";
import { elapsedPhrase, promisedPhrase, type Translate } from "../../../../src/domain/cases/deadline-words";
import { responseTimes } from "../../../../src/domain/cases/response-times";
import { CaseBuilder, days, HOUR, hours, reading } from "../reality/case-builder";

interface LocaleTable {
  LOCALES: Record<"en" | "fr", number>;
  messagesFor(index: number): Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
}
// A computed specifier: the table is plain JavaScript without type declarations.
const { messagesFor, LOCALES } = (await import(/* @vite-ignore */ new URL("../../../../locales/messages.mjs", import.meta.url).href)) as LocaleTable;

function translator(language: "en" | "fr"): Translate {
  const table = messagesFor(LOCALES[language]);
  return (key, subs = []) => {
    const entry = table[key];
    if (!entry) throw new Error(`no message ${key}`);
    return entry.message.replace(/\$([A-Z_]+)\$/g, (_m, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? "";
      return content.replace(/\$(\d)/g, (_n, i: string) => subs[Number(i) - 1] ?? "");
    });
  };
}

const en = translator("en");
const fr = translator("fr");

describe("missed deadlines", () => {
  it("a 48h reply promise with a contact 49h ago and nothing since: missed once, with the wait", () => {
    const c = new CaseBuilder();
    const attempt = c.attempt("2026-03-02T09:00:00Z");
    const promise = c.promise("2026-03-02T09:05:00Z", "We reply within 48 hours.", reading("reply-time", hours(48), "each-contact"));
    const now = Date.parse("2026-03-04T10:00:00Z");
    const { missed, nextDue } = caseDeadlines(caseReality(c.events, now));
    expect(nextDue).toBeUndefined();
    expect(missed).toEqual([
      { key: `${promise}|${attempt}|${Date.parse("2026-03-04T09:00:00Z")}`, promiseId: promise, reading: expect.objectContaining({ kind: "reply-time" }), start: Date.parse("2026-03-02T09:00:00Z"), due: Date.parse("2026-03-04T09:00:00Z"), waitedMs: 49 * HOUR },
    ]);
    expect(en("deadlineNotice", ["Yellow", promisedPhrase(missed[0]!.reading, en, "en"), elapsedPhrase(missed[0]!.waitedMs, en)])).toBe("Yellow promised a reply within 48h — 49h, still nothing");
    expect(fr("deadlineNotice", ["Yellow", promisedPhrase(missed[0]!.reading, fr, "fr"), elapsedPhrase(missed[0]!.waitedMs, fr)])).toBe("Yellow avait promis une réponse sous 48 h — 49 h, toujours rien");
  });

  it("before the deadline: nothing missed, and the alarm is set for the due time; an answer in time ends it", () => {
    const c = new CaseBuilder();
    c.promise("2026-03-02T08:00:00Z", "We reply within 48 hours.", reading("reply-time", hours(48), "each-contact"));
    c.attempt("2026-03-02T09:00:00Z");
    const early = caseDeadlines(caseReality(c.events, Date.parse("2026-03-03T09:00:00Z")));
    expect(early).toEqual({ missed: [], nextDue: Date.parse("2026-03-04T09:00:00Z") });
    c.response("2026-03-03T18:00:00Z");
    expect(caseDeadlines(caseReality(c.events, Date.parse("2026-03-05T09:00:00Z")))).toEqual({ missed: [] });
  });

  it("answered late is shown in the case, not notified as 'still nothing'", () => {
    const c = new CaseBuilder();
    c.promise("2026-03-02T08:00:00Z", "We reply within 48 hours.", reading("reply-time", hours(48), "each-contact"));
    c.attempt("2026-03-02T09:00:00Z");
    c.response("2026-03-05T09:00:00Z");
    const reality = caseReality(c.events, Date.parse("2026-03-06T09:00:00Z"));
    expect(reality.promises[0]?.verdict?.status).toBe("broken");
    expect(caseDeadlines(reality).missed).toEqual([]);
  });

  it("a deadline in days across the change to summer time falls at the same local time: 47 hours later", () => {
    // Saturday 28 March 2026, 10:00 in Paris; the clocks go forward on Sunday 29 March.
    const c = new CaseBuilder();
    const start = Date.parse("2026-03-28T09:00:00Z");
    c.promise(start - HOUR, "We will call you back within 2 days.", reading("callback", days(2), "statement"));
    const { nextDue } = caseDeadlines(caseReality(c.events, start));
    // Monday 30 March, 09:00 in Paris (summer time) = 07:00 UTC: 2 calendar days, 47 hours.
    expect(nextDue).toBe(Date.parse("2026-03-30T07:00:00Z"));
    const after = caseDeadlines(caseReality(c.events, Date.parse("2026-03-30T07:01:00Z")));
    expect(after.missed).toHaveLength(1);
    expect(after.missed[0]!.due - after.missed[0]!.start).toBe(47 * HOUR);
    // Hours are elapsed time, whatever the clocks do: "within 48 hours" is 48 hours.
    const h = new CaseBuilder();
    h.promise(start, "We reply within 48 hours.", reading("callback", hours(48), "statement"));
    expect(caseDeadlines(caseReality(h.events, start)).nextDue).toBe(start + 48 * HOUR);
  });

  it("a case with no promise: nothing to tell, no alarm; the glance says how long without a promise", () => {
    const c = new CaseBuilder();
    const attempt = c.attempt("2026-03-02T09:00:00Z");
    const reality = caseReality(c.events, Date.parse("2026-03-02T12:00:00Z"));
    expect(caseDeadlines(reality)).toEqual({ missed: [] });
    expect(caseGlance(reality)).toEqual({ lastContact: { id: attempt, at: Date.parse("2026-03-02T09:00:00Z"), channel: "web-form" }, waiting: { since: Date.parse("2026-03-02T09:00:00Z"), waitedMs: 3 * HOUR } });
    expect(responseTimes(reality)).toEqual([{ id: attempt, at: Date.parse("2026-03-02T09:00:00Z"), channel: "web-form", tookMs: 3 * HOUR, answered: false, from: [attempt] }]);
  });

  it("a response logged before its attempt answers nothing: the wait goes on and the deadline is missed", () => {
    const c = new CaseBuilder();
    c.promise("2026-03-01T08:00:00Z", "We reply within 48 hours.", reading("reply-time", hours(48), "each-contact"));
    const attempt = c.attempt("2026-03-02T09:00:00Z");
    c.response("2026-03-02T08:00:00Z", { inReplyTo: attempt }, { byHand: true, recordedAt: "2026-03-02T10:00:00Z" });
    const reality = caseReality(c.events, Date.parse("2026-03-05T09:00:00Z"));
    expect(reality.anomalies.map((a) => a.type)).toContain("response-before-attempt");
    expect(caseDeadlines(reality).missed.map((m) => m.waitedMs)).toEqual([72 * HOUR]);
    expect(caseGlance(reality).waiting).toMatchObject({ waitedMs: 72 * HOUR, promisedMs: 48 * HOUR, status: "broken" });
  });
});

describe("the glance and the chart", () => {
  it("put the wait past its promise first, and draw each contact against the time promised", () => {
    const c = new CaseBuilder();
    c.promise("2026-03-01T08:00:00Z", "We reply within 48 hours.", reading("reply-time", hours(48), "each-contact"));
    const answered = c.attempt("2026-03-01T09:00:00Z");
    const reply = c.response("2026-03-01T19:00:00Z", { inReplyTo: answered });
    const late = c.attempt("2026-03-02T09:00:00Z");
    const recent = c.attempt("2026-03-04T08:00:00Z");
    const now = Date.parse("2026-03-04T10:00:00Z");
    const reality = caseReality(c.events, now);
    expect(caseGlance(reality)).toMatchObject({ lastContact: { id: recent }, lastAnswer: { id: reply }, waiting: { since: Date.parse("2026-03-02T09:00:00Z"), waitedMs: 49 * HOUR, status: "broken" } });
    const rows = responseTimes(reality);
    expect(rows.map((r) => [r.id, r.tookMs / HOUR, r.answered, (r.promisedMs ?? 0) / HOUR, r.verdict])).toEqual([
      [answered, 10, true, 48, "kept"],
      [late, 49, false, 48, "broken"],
      [recent, 2, false, 48, "pending"],
    ]);
  });
});

describe("deadline words", () => {
  it("exist for every kind of promise and every unit, in both languages", () => {
    const kinds = ["reply-time", "resolution-time", "refund", "callback", "channel-availability", "single-contact", "compensation", "other"] as const;
    const units = ["minutes", "hours", "calendar-days", "business-days", "weeks"] as const;
    for (const t of [en, fr]) {
      for (const kind of kinds) for (const unit of units) expect(promisedPhrase({ kind, deadline: { type: "duration", amount: 3, unit } }, t, "en")).not.toMatch(/\$|undefined/);
      expect(promisedPhrase({ kind: "callback", deadline: { type: "before-time", dayOffset: 1, hour: 18, minute: 0 } }, t, "en-GB")).toMatch(/18:00/);
      for (const dayOffset of [0, 1, 3]) for (const hour of [9, 23]) expect(promisedPhrase({ kind: "callback", deadline: { type: "before-time", dayOffset, hour, minute: 59 } }, t, "en")).not.toMatch(/\$|undefined/);
      expect(promisedPhrase({ kind: "refund", deadline: { type: "fixed-date", date: "2026-03-15" } }, t, "en")).toMatch(/15 March 2026|March 15, 2026/);
    }
    expect(promisedPhrase({ kind: "refund", deadline: { type: "duration", amount: 14, unit: "calendar-days" } }, fr, "fr")).toBe("un remboursement sous 14 jours");
    expect(promisedPhrase({ kind: "callback", deadline: { type: "before-time", dayOffset: 0, hour: 23, minute: 59 } }, en, "en")).toBe("a call back by the end of the day");
    expect(promisedPhrase({ kind: "callback", deadline: { type: "before-time", dayOffset: 1, hour: 12, minute: 0 } }, fr, "fr")).toBe("un rappel avant 12:00 le lendemain");
    expect([25 * 60_000, 49 * HOUR, 12 * 24 * HOUR].map((ms) => elapsedPhrase(ms, en))).toEqual(["25 min", "49h", "12 days"]);
  });
});
