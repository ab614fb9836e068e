import { describe, expect, it } from "vitest";
import { dueTimes } from "../../../../src/domain/promises/deadline";
import { readCaseReality } from "../../../../src/domain/reality/reality-engine";
import { at, CaseBuilder, DAY, days, HOUR, hours, PARIS, reading } from "./case-builder";

const standing48h = reading("reply-time", hours(48), "each-contact");

function verdictOf(builder: CaseBuilder, now: number, promiseId: string, options: Parameters<typeof readCaseReality>[1] | object = {}) {
  const reality = readCaseReality(builder.events, { now, ...options });
  const standing = reality.promises.find((p) => p.promiseId === promiseId);
  if (!standing) throw new Error(`promise ${promiseId} not listed`);
  return standing;
}

describe("a standing reply-time promise is owed to each contact attempt", () => {
  it("is kept per attempt answered in time and broken for one still unanswered, with how late", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-03T09:00:00+01:00", "We reply to every request within 48 hours.", standing48h);
    const first = c.attempt("2025-03-03T10:00:00+01:00");
    const second = c.attempt("2025-03-06T10:00:00+01:00");
    const answer = c.response("2025-03-04T16:00:00+01:00", { inReplyTo: first });
    const now = at("2025-03-10T11:00:00+01:00");
    const { verdict } = verdictOf(c, now, promise);
    expect(verdict?.status).toBe("broken");
    expect(verdict?.obligations).toEqual([
      { startedBy: first, start: at("2025-03-03T10:00:00+01:00"), due: at("2025-03-05T10:00:00+01:00"), status: "kept", keptBy: answer, keptAt: at("2025-03-04T16:00:00+01:00") },
      { startedBy: second, start: at("2025-03-06T10:00:00+01:00"), due: at("2025-03-08T10:00:00+01:00"), status: "broken", late: { ms: 49 * HOUR, stillNothing: true } },
    ]);
    expect(verdict?.from.sort()).toEqual([promise, first, second, answer].sort());
  });

  it("is pending while the due time has not come, and kept once every attempt was answered in time", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-03T09:00:00+01:00", "Nous répondons sous 48h.", reading("reply-time", hours(48), "each-contact", "fr"));
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    expect(verdictOf(c, at("2025-03-04T10:00:00+01:00"), promise).verdict?.status).toBe("pending");
    c.response("2025-03-05T10:00:00+01:00", { inReplyTo: attempt, text: "Bonjour, voici la réponse de notre service." });
    expect(verdictOf(c, at("2025-03-20T10:00:00+01:00"), promise).verdict?.status).toBe("kept");
  });

  it("counts an answer exactly at the due time as kept, one a minute later as late", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-03T09:00:00+01:00", "Reply within 48 hours", standing48h);
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    c.response(at("2025-03-03T10:00:00+01:00") + 48 * HOUR, { inReplyTo: attempt });
    expect(verdictOf(c, at("2025-03-09T00:00:00+01:00"), promise).verdict?.status).toBe("kept");

    const late = new CaseBuilder();
    const p2 = late.promise("2025-03-03T09:00:00+01:00", "Reply within 48 hours", standing48h);
    const a2 = late.attempt("2025-03-03T10:00:00+01:00");
    late.response(at("2025-03-03T10:00:00+01:00") + 48 * HOUR + 60_000, { inReplyTo: a2 });
    const verdict = verdictOf(late, at("2025-03-09T00:00:00+01:00"), p2).verdict;
    expect(verdict?.status).toBe("broken");
    expect(verdict?.obligations[0]?.late).toEqual({ ms: 60_000, stillNothing: false });
  });

  it("also covers attempts made before the promise was pinned, and says so", () => {
    const c = new CaseBuilder();
    const early = c.attempt("2025-03-01T10:00:00+01:00");
    const promise = c.promise("2025-03-02T09:00:00+01:00", "We reply within 48 hours", standing48h);
    const verdict = verdictOf(c, at("2025-03-10T00:00:00+01:00"), promise).verdict;
    expect(verdict?.obligations.map((o) => [o.startedBy, o.beforePromise])).toEqual([[early, true]]);
    expect(verdict?.flags).toContain("counts-attempts-before-promise");
  });

  it("owes nothing to an attempt whose page said it failed", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-02T09:00:00+01:00", "We reply within 48 hours", standing48h);
    const failed = c.attempt("2025-03-03T10:00:00+01:00");
    c.outcome(failed, "error", "2025-03-03T10:00:02+01:00");
    const verdict = verdictOf(c, at("2025-03-10T00:00:00+01:00"), promise).verdict;
    expect(verdict?.obligations).toEqual([]);
    expect(verdict?.status).toBe("pending");
    expect(verdict?.flags).toContain("no-attempt-yet");
  });

  it("is owed only to the channels its words name", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-02T09:00:00+01:00", "Our advisers answer e-mails within 48 hours.", standing48h);
    const email = c.attempt("2025-03-03T10:00:00+01:00", "email");
    c.message("conv-a", "person", "Hello?", "2025-03-03T11:00:00+01:00");
    const verdict = verdictOf(c, at("2025-03-10T00:00:00+01:00"), promise).verdict;
    expect(verdict?.channels).toEqual(["email"]);
    expect(verdict?.obligations.map((o) => o.startedBy)).toEqual([email]);
  });

  it("is not kept by an automatic acknowledgement", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-02T09:00:00+01:00", "Nous vous répondons sous 48h", reading("reply-time", hours(48), "each-contact", "fr"));
    const attempt = c.attempt("2025-03-03T10:00:00+01:00");
    const ack = c.response("2025-03-03T10:01:00+01:00", {
      from: "Service client <ne-pas-repondre@brand.example>",
      text: "Nous avons bien reçu votre demande et vous répondrons dans les meilleurs délais.",
    });
    const reality = readCaseReality(c.events, { now: at("2025-03-10T00:00:00+01:00") });
    expect(reality.promises[0]?.verdict?.status).toBe("broken");
    expect(reality.promises[0]?.promiseId).toBe(promise);
    expect(reality.attempts.find((a) => a.id === attempt)?.status).toBe("unanswered");
    expect(reality.figures.automaticReplies.from).toEqual([ack]);
  });

  it("is kept by an agent's answer in a chat, not by a bot's", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-03-02T09:00:00+01:00", "Réponse par tchat en moins de 5 minutes", reading("reply-time", { type: "duration", amount: 5, unit: "minutes" }, "each-contact", "fr"));
    c.message("conv-1", "bot", "Bonjour ! Je suis l'assistant virtuel.", "2025-03-03T10:00:00+01:00");
    const first = c.message("conv-1", "person", "Ma box ne marche plus", "2025-03-03T10:00:30+01:00");
    c.message("conv-1", "bot", "Je vous mets en relation avec un conseiller.", "2025-03-03T10:00:40+01:00");
    const agent = c.message("conv-1", "agent", "Bonjour, je regarde votre dossier.", "2025-03-03T10:04:00+01:00", { author: "Gertrude" });
    const verdict = verdictOf(c, at("2025-03-10T00:00:00+01:00"), promise).verdict;
    expect(verdict?.obligations).toMatchObject([{ startedBy: first, status: "kept", keptBy: agent }]);
  });
});

describe("promises counted from the statement, the order or a date", () => {
  it("a callback is due from when it was said and kept by the brand coming back, not by the person chasing in a chat", () => {
    const c = new CaseBuilder();
    c.message("conv-1", "person", "Can someone call me?", "2025-04-01T15:00:00+02:00");
    const promise = c.message("conv-1", "agent", "I'll call you back tomorrow before 6pm.", "2025-04-01T15:05:00+02:00", { author: "Sam" });
    const pinned = c.promise("2025-04-01T15:05:00+02:00", "I'll call you back tomorrow before 6pm.", reading("callback", { type: "before-time", dayOffset: 1, hour: 18, minute: 0 }, "statement"));
    c.message("conv-2", "person", "Still no call?", "2025-04-02T19:00:00+02:00");
    c.message("conv-2", "agent", "Sorry, I'll check.", "2025-04-02T19:10:00+02:00", { author: "Lee" });
    const verdict = verdictOf(c, at("2025-04-03T18:00:00+02:00"), pinned).verdict;
    expect(promise).not.toBe(pinned);
    expect(verdict?.obligations).toEqual([
      { startedBy: pinned, start: at("2025-04-01T15:05:00+02:00"), due: at("2025-04-02T18:00:00+02:00"), status: "broken", late: { ms: DAY, stillNothing: true } },
    ]);
    const called = c.response("2025-04-02T17:30:00+02:00", { channel: "phone", from: "Sam", text: "Called back about the box." });
    expect(verdictOf(c, at("2025-04-03T18:00:00+02:00"), pinned).verdict?.obligations[0]).toMatchObject({ status: "kept", keptBy: called });
  });

  it("a refund counts from the order date, is pending without due time and flagged when the date is unknown", () => {
    const c = new CaseBuilder();
    const refund = c.promise("2025-05-10T12:00:00+02:00", "Vous serez remboursé sous 14 jours à compter de votre commande.", reading("refund", days(14), "order-date", "fr"));
    c.response("2025-05-12T12:00:00+02:00", { text: "Nous étudions votre dossier." });
    const now = at("2025-06-30T12:00:00+02:00");
    const unknown = verdictOf(c, now, refund).verdict;
    expect(unknown?.status).toBe("pending");
    expect(unknown?.obligations).toEqual([]);
    expect(unknown?.flags).toEqual(["kept-only-when-marked", "order-date-unknown"]);

    const orderDate = { at: at("2025-05-02T09:00:00+02:00"), timeZone: PARIS };
    const known = verdictOf(c, now, refund, { orderDate }).verdict;
    // A reply saying the file is being looked at is not the money.
    expect(known?.obligations).toEqual([{ start: orderDate.at, due: at("2025-05-16T09:00:00+02:00"), status: "broken", late: { ms: now - at("2025-05-16T09:00:00+02:00"), stillNothing: true } }]);

    const statement = c.note("2025-05-15T08:00:00+02:00", "Remboursement reçu sur mon compte.");
    const marked = verdictOf(c, now, refund, { orderDate, keptEvidence: new Map([[refund, [statement]]]) }).verdict;
    expect(marked?.status).toBe("kept");
    expect(marked?.obligations[0]?.keptBy).toBe(statement);
  });

  it("a fixed date is due at the end of that day where the promise was made", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-06-01T10:00:00+02:00", "We will answer by 15 June 2025.", reading("reply-time", { type: "fixed-date", date: "2025-06-15" }, "fixed-date"));
    const verdict = verdictOf(c, at("2025-06-15T23:58:00+02:00"), promise).verdict;
    expect(verdict?.obligations[0]?.due).toBe(at("2025-06-15T23:59:00+02:00"));
    expect(verdict?.status).toBe("pending");
  });

  it("lists a promise with no deadline, an availability claim or no reading, without a verdict", () => {
    const c = new CaseBuilder();
    const single = c.promise("2025-06-01T10:00:00+02:00", "I will be your single point of contact.", reading("single-contact", undefined, "statement"));
    const always = c.promise("2025-06-01T10:01:00+02:00", "Service client 7j/7 24h/24", reading("channel-availability", { type: "always" }, "each-contact", "fr"));
    const unread = c.promise("2025-06-01T10:02:00+02:00", "Something the parser did not read");
    const reality = readCaseReality(c.events, { now: at("2025-07-01T00:00:00+02:00") });
    expect(reality.promises.map((p) => [p.promiseId, p.verdict, p.noVerdict])).toEqual([
      [single, undefined, "no-deadline"],
      [always, undefined, "availability-claim"],
      [unread, undefined, "not-read"],
    ]);
    expect(reality.figures.promisesWithoutDeadline.value).toBe(3);
    expect(reality.figures.promisesKept.value + reality.figures.promisesBroken.value + reality.figures.promisesPending.value).toBe(0);
  });

  it("takes the reading from the caller when given one (a corrected reading)", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-06-01T10:00:00+02:00", "We reply within 2 days", reading("reply-time", days(2), "each-contact"));
    c.attempt("2025-06-02T10:00:00+02:00");
    const now = at("2025-06-03T12:00:00+02:00");
    expect(verdictOf(c, now, promise).verdict?.status).toBe("pending");
    const corrected = verdictOf(c, now, promise, { readingOf: () => reading("reply-time", hours(24), "each-contact") });
    expect(corrected.verdict?.status).toBe("broken");
    expect(corrected.reading?.deadline).toEqual(hours(24));
  });
});

describe("daylight-saving change in Paris (last Sunday of October: 26 October 2025)", () => {
  const attemptAt = "2025-10-25T10:00:00+02:00";

  it("counts 24 hours as elapsed time: due at 09:00 on the Sunday, when the wall clock went back an hour", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-10-20T10:00:00+02:00", "Réponse sous 24h", reading("reply-time", hours(24), "each-contact", "fr"));
    const attempt = c.attempt(attemptAt);
    c.response("2025-10-26T09:30:00+01:00", { inReplyTo: attempt });
    const verdict = verdictOf(c, at("2025-10-27T12:00:00+01:00"), promise).verdict;
    expect(verdict?.obligations[0]?.due).toBe(at("2025-10-26T09:00:00+01:00"));
    expect(verdict?.obligations[0]?.due).toEqual(dueTimes({ deadline: hours(24) }, { at: at(attemptAt), timeZone: PARIS })[0]);
    expect(verdict?.status).toBe("broken");
    expect(verdict?.obligations[0]?.late).toEqual({ ms: 30 * 60_000, stillNothing: false });
  });

  it("counts one calendar day as the same wall-clock time the next day: 25 hours that day, so the same answer is in time", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-10-20T10:00:00+02:00", "Réponse sous 1 jour", reading("reply-time", days(1), "each-contact", "fr"));
    const attempt = c.attempt(attemptAt);
    c.response("2025-10-26T09:30:00+01:00", { inReplyTo: attempt });
    const verdict = verdictOf(c, at("2025-10-27T12:00:00+01:00"), promise).verdict;
    expect(verdict?.obligations[0]?.due).toBe(at("2025-10-26T10:00:00+01:00"));
    expect((verdict?.obligations[0]?.due ?? 0) - at(attemptAt)).toBe(25 * HOUR);
    expect(verdict?.status).toBe("kept");
  });
});

describe("the person's corrections of a reading", () => {
  it("use the last correction in storage order, even one made after now, and a correction without deadline removes it", () => {
    const c = new CaseBuilder();
    const promise = c.promise("2025-06-01T10:00:00+02:00", "On vous répond vite", reading("reply-time", days(2), "each-contact", "fr"));
    c.attempt("2025-06-02T10:00:00+02:00");
    const now = at("2025-06-03T12:00:00+02:00");
    expect(verdictOf(c, now, promise).verdict?.status).toBe("pending");

    c.correctReading(promise, { kind: "reply-time", deadline: hours(24), clockStart: "each-contact" }, "2025-06-02T11:00:00+02:00");
    const corrected = verdictOf(c, now, promise);
    expect(corrected.reading).toMatchObject({ deadline: hours(24), language: "fr", confidence: 1 });
    expect(corrected.verdict?.status).toBe("broken");

    c.correctReading(promise, { kind: "other", clockStart: "statement" }, "2025-06-10T09:00:00+02:00");
    const withdrawn = verdictOf(c, now, promise);
    expect(withdrawn.verdict).toBeUndefined();
    expect(withdrawn.noVerdict).toBe("no-deadline");
  });
});

describe("a promise dated by the words it quotes", () => {
  it("counts a callback from when the agent said it, not from when the person marked it days later", () => {
    const c = new CaseBuilder();
    c.message("conv-1", "person", "Pouvez-vous me rappeler ?", "2025-04-01T15:00:00+02:00");
    const said = c.message("conv-1", "agent", "Je vous rappelle demain avant 18h.", "2025-04-01T15:05:00+02:00", { author: "Sam" });
    c.note("2025-04-04T09:00:00+02:00", "Toujours rien.", { byHand: false });
    // Marked as a promise on 4 April; it carries the chat line's own time.
    const promise = c.promise("2025-04-01T15:05:00+02:00", "Je vous rappelle demain avant 18h.", reading("callback", { type: "before-time", dayOffset: 1, hour: 18, minute: 0 }, "statement", "fr"), {
      byHand: true,
      recordedAt: "2025-04-04T09:30:00+02:00",
    });
    const standing = verdictOf(c, at("2025-04-04T10:00:00+02:00"), promise);
    expect(said).not.toBe(promise);
    expect(standing.at).toBe(at("2025-04-01T15:05:00+02:00"));
    expect(standing.verdict?.obligations[0]).toMatchObject({ due: at("2025-04-02T18:00:00+02:00"), status: "broken" });
  });
});
