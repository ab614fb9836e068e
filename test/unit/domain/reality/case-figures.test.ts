import { describe, expect, it } from "vitest";
import { readCaseReality } from "../../../../src/domain/reality/reality-engine";
import { at, CaseBuilder, HOUR, hours, reading } from "./case-builder";

/** The son's case: a form, a call, a chat passed from a bot to two agents, e-mails. */
function telcoCase() {
  const c = new CaseBuilder();
  const form = c.attempt("2025-03-03T10:00:00+01:00", "web-form");
  const confirmation = c.outcome(form, "confirmed", "2025-03-03T10:00:02+01:00");
  const ack = c.response("2025-03-03T10:01:00+01:00", { from: "Yellow <no-reply@yellow.example>", text: "We have received your request and will reply within 48 hours." }, { byHand: true });
  const reply = c.response("2025-03-04T12:00:00+01:00", { from: "Service client <sc@yellow.example>", text: "Hello, we opened a ticket for the wall." }, { byHand: true });
  const call = c.attempt("2025-03-05T09:00:00+01:00", "phone", { spokeWith: "Gertrude", durationMinutes: 25 }, { byHand: true });
  c.message("conv-1", "bot", "Hi! I'm Yellow's assistant.", "2025-03-06T14:00:00+01:00");
  const chat = c.message("conv-1", "person", "My wall was flooded by your technician.", "2025-03-06T14:01:00+01:00");
  const toAnna = c.message("conv-1", "agent", "", "2025-03-06T14:03:00+01:00", { event: "handoff", author: "Anna", previousAuthor: "bot" });
  const anna = c.message("conv-1", "agent", "Hello, I'm Anna. Let me look.", "2025-03-06T14:03:00+01:00", { author: "Anna" });
  const toMarc = c.message("conv-1", "agent", "", "2025-03-06T14:10:00+01:00", { event: "handoff", author: "Marc", previousAuthor: "Anna" });
  c.message("conv-1", "agent", "Marc here, from the claims team.", "2025-03-06T14:11:00+01:00", { author: "Marc" });
  const julie = c.message("conv-1", "agent", "Julie prend le relais.", "2025-03-06T14:20:00+01:00", { author: "Julie" });
  const letter = c.attempt("2025-03-07T09:00:00+01:00", "letter", { registered: true }, { byHand: true });
  c.note("2025-03-08T09:00:00+01:00", "Called again, nobody answered.");
  return { c, form, confirmation, ack, reply, call, chat, toAnna, anna, toMarc, julie, letter };
}

describe("figures of a case, each with its evidence", () => {
  const k = telcoCase();
  const now = at("2025-03-31T12:00:00+02:00");
  const reality = readCaseReality(k.c.events, { now });
  const { figures } = reality;

  it("gives each attempt its status and time to first response", () => {
    expect(reality.attempts.map((a) => [a.id, a.channel, a.status, a.firstResponseMs])).toEqual([
      [k.form, "web-form", "answered", 26 * HOUR],
      [k.call, "phone", "answered", undefined],
      [k.chat, "chat", "answered", 2 * 60_000],
      [k.letter, "letter", "unanswered", undefined],
    ]);
    expect(reality.attempts[0]?.from).toEqual([k.form, k.confirmation, k.reply]);
  });

  it("counts attempts, answered and unanswered, and the median of timed answers", () => {
    expect(figures.attempts).toEqual({ value: 4, from: [k.form, k.call, k.chat, k.letter] });
    expect(figures.answered.value).toBe(3);
    expect(figures.unanswered).toEqual({ value: 1, from: [k.letter] });
    expect(figures.medianFirstResponseMs).toEqual({ value: (26 * HOUR + 2 * 60_000) / 2, from: [k.form, k.reply, k.chat, k.anna] });
    expect(figures.automaticReplies).toEqual({ value: 1, from: [k.ack] });
  });

  it("counts interlocutors across channels, and how often the case was explained again", () => {
    expect(reality.interlocutors.map((i) => [i.name, i.channels])).toEqual([
      ["Service client", ["email"]],
      ["Gertrude", ["phone"]],
      ["Anna", ["chat"]],
      ["Marc", ["chat"]],
      ["Julie", ["chat"]],
    ]);
    expect(figures.interlocutors.value).toBe(5);
    expect(figures.explainedAgain).toEqual({ value: 4, from: [k.call, k.toAnna, k.toMarc, k.julie] });
  });

  it("counts hand-offs announced by the widget and those seen from a new name", () => {
    expect(reality.handOffs.map((h) => [h.from, h.to])).toEqual([["bot", "Anna"], ["Anna", "Marc"], ["Marc", "Julie"]]);
    expect(figures.handOffs).toEqual({ value: 3, from: [k.toAnna, k.toMarc, k.julie] });
  });

  it("counts calendar days elapsed in the case's time zone, across the March change", () => {
    expect(figures.daysElapsed).toEqual({ value: 28, from: [k.form] });
  });

  it("breaks the figures down per channel", () => {
    expect(Object.keys(figures.byChannel).sort()).toEqual(["chat", "email", "letter", "phone", "web-form"]);
    expect(figures.byChannel["web-form"]?.answered.value).toBe(1);
    expect(figures.byChannel["web-form"]?.medianFirstResponseMs?.value).toBe(26 * HOUR);
    expect(figures.byChannel.email?.attempts.value).toBe(0);
    expect(figures.byChannel.email?.responses).toEqual({ value: 1, from: [k.reply] });
    expect(figures.byChannel.letter?.unanswered.from).toEqual([k.letter]);
    expect(figures.byChannel.phone?.medianFirstResponseMs).toBeUndefined();
  });

  it("gives figures and no verdicts for a case with no promise", () => {
    expect(reality.promises).toEqual([]);
    expect([figures.promisesKept.value, figures.promisesBroken.value, figures.promisesPending.value]).toEqual([0, 0, 0]);
  });

  it("counts promises by verdict, with the events behind each", () => {
    const c = new CaseBuilder();
    const kept = c.promise("2025-03-01T09:00:00+01:00", "Reply within 48 hours", reading("reply-time", hours(48), "each-contact"));
    const form = c.attempt("2025-03-03T10:00:00+01:00");
    const answer = c.response("2025-03-03T12:00:00+01:00", { inReplyTo: form });
    const broken = c.promise("2025-03-04T09:00:00+01:00", "I'll call you back within 2 hours", reading("callback", hours(2), "statement"));
    const pending = c.promise("2025-03-09T09:00:00+01:00", "I'll call you back within 24 hours", reading("callback", hours(24), "statement"));
    const r = readCaseReality(c.events, { now: at("2025-03-09T10:00:00+01:00") });
    expect(r.figures.promisesKept).toEqual({ value: 1, from: [kept, form, answer] });
    expect(r.figures.promisesBroken).toEqual({ value: 1, from: [broken] });
    expect(r.figures.promisesPending).toEqual({ value: 1, from: [pending] });
  });
});

describe("who counts as an interlocutor", () => {
  it("knows names without case, accents or extra spaces, and an unnamed agent once per chat", () => {
    const c = new CaseBuilder();
    c.message("conv-1", "person", "Bonjour", "2025-03-06T14:00:00+01:00");
    c.message("conv-1", "agent", "Bonjour", "2025-03-06T14:01:00+01:00", { author: "Hélène" });
    c.message("conv-2", "person", "Bonjour", "2025-03-07T14:00:00+01:00");
    c.message("conv-2", "agent", "Re-bonjour", "2025-03-07T14:01:00+01:00", { author: " helene " });
    c.message("conv-3", "person", "Bonjour", "2025-03-08T14:00:00+01:00");
    c.message("conv-3", "agent", "Bonjour", "2025-03-08T14:01:00+01:00");
    c.message("conv-3", "agent", "Autre chose ?", "2025-03-08T14:02:00+01:00");
    c.message("conv-4", "bot", "Je suis un robot", "2025-03-09T14:01:00+01:00", { author: "Yellowbot" });
    const r = readCaseReality(c.events, { now: at("2025-03-10T00:00:00+01:00") });
    expect(r.interlocutors.map((i) => [i.name, i.from.length])).toEqual([["Hélène", 2], ["", 2]]);
    expect(r.figures.explainedAgain.value).toBe(1);
    expect(r.attempts).toHaveLength(3);
  });

  it("knows an e-mail sender by the name shown, else by the address, and leaves out automatic senders", () => {
    const c = new CaseBuilder();
    c.attempt("2025-03-03T10:00:00+01:00", "email");
    c.response("2025-03-04T10:00:00+01:00", { from: "\"Gertrude Martin\" <g.martin@yellow.example>" });
    c.response("2025-03-05T10:00:00+01:00", { from: "gertrude martin <other@yellow.example>" });
    c.response("2025-03-06T10:00:00+01:00", { from: "<claims@yellow.example>" });
    c.response("2025-03-07T10:00:00+01:00", { from: "noreply@yellow.example", text: "Your ticket was updated." });
    const r = readCaseReality(c.events, { now: at("2025-03-10T00:00:00+01:00") });
    expect(r.interlocutors.map((i) => i.name)).toEqual(["Gertrude Martin", "claims@yellow.example"]);
  });
});
