import { describe, expect, it } from "vitest";
import { correctedEvents } from "../../../../src/domain/cases/corrections";
import { filterOptions, NO_FILTER, timelineEntries as entriesOf, timelineRows } from "../../../../src/domain/cases/timeline";
import { inStorageOrder } from "../../../../src/domain/reality/case-timeline";
import type { EvidenceEvent } from "../../../../src/domain/evidence";
import { anEvent, chatLine, formAttempt, HOUR, T0 } from "./case-events";

const correction = (supersedes: string, extra: object = {}) => anEvent("correction", { supersedes, reason: "Wrong day: it was the Tuesday.", ...extra }, { byHand: true });

const timelineEntries = (events: EvidenceEvent[], timeZone: string) => entriesOf(inStorageOrder(events), timeZone);

describe("corrections", () => {
  it("keep the corrected event, apply the corrected facts, and mark it", () => {
    const call = anEvent("contact-attempt", { channel: "phone", fields: [], target: "3900", spokeWith: "Gertrude" }, { at: T0, byHand: true });
    const fix = correction(call.id, { occurred: { at: T0 + 24 * HOUR, timeZone: "Europe/Paris" }, payload: { spokeWith: "Gertrude M." } });
    const { effective, correctionsOf } = correctedEvents([call, fix]);
    expect(effective).toHaveLength(1);
    expect(effective[0]).toMatchObject({ id: call.id, occurred: { at: T0 + 24 * HOUR }, payload: { spokeWith: "Gertrude M." } });
    expect(correctionsOf.get(call.id)?.map((c) => c.id)).toEqual([fix.id]);
    const [entry] = timelineEntries([call, fix], "Europe/Paris").filter((e) => e.event.id === call.id);
    expect(entry?.original.occurred.at).toBe(T0);
    expect(entry?.corrections).toHaveLength(1);
    expect(entry?.day).toBe("2026-03-03");
  });

  it("a correction that would make the event invalid leaves its facts as they were", () => {
    const note = anEvent("note", { text: "Called twice." }, { byHand: true });
    const bad = correction(note.id, { payload: { text: "" } });
    expect(correctedEvents([note, bad]).effective[0]).toMatchObject({ payload: { text: "Called twice." } });
  });

  it("a correction without new facts withdraws the event, which stays visible and marked", () => {
    const note = anEvent("note", { text: "Wrong case." }, { byHand: true });
    const withdraw = correction(note.id);
    expect(correctedEvents([note, withdraw]).effective).toEqual([]);
    const entries = timelineEntries([note, withdraw], "Europe/Paris");
    expect(entries.map((e) => [e.event.kind, e.withdrawn])).toEqual([
      ["note", true],
      ["correction", false],
    ]);
  });

  it("ignores corrections of another case's event or of a case change", () => {
    const note = anEvent("note", { text: "A" }, { byHand: true, caseId: "case_other-0001" });
    const change = anEvent("case-change", { change: "renamed", from: { title: "A" }, to: { title: "B" } }, { byHand: true });
    const fixes = [correction(note.id, { payload: { text: "B" } }), correction(change.id)];
    const { effective, withdrawn } = correctedEvents([note, change, ...fixes]);
    expect(effective.map((e) => e.id)).toEqual([note.id, change.id]);
    expect(withdrawn.size).toBe(0);
  });
});

describe("timeline order", () => {
  it("keeps captures in the order stored when the computer's clock goes backwards, and flags them", () => {
    const first = formAttempt(T0 + 2 * HOUR);
    // The clock was set back an hour between the two captures.
    const second = chatLine(T0 + HOUR, "agent", "Marie", "Hello");
    const third = chatLine(T0 + HOUR + 60_000, "person", "Me", "Hi");
    const entries = timelineEntries([first, second, third], "Europe/Paris");
    expect(entries.map((e) => e.event.id)).toEqual([first.id, second.id, third.id]);
    expect(entries.map((e) => e.clockWentBack)).toEqual([false, true, true]);
  });

  it("places what was entered by hand at the time the person gave", () => {
    const attempt = formAttempt(T0 + 5 * HOUR);
    const call = anEvent("contact-attempt", { channel: "phone", fields: [] }, { at: T0, recordedAt: T0 + 6 * HOUR, byHand: true });
    const entries = timelineEntries([attempt, call], "Europe/Paris");
    expect(entries.map((e) => e.event.id)).toEqual([call.id, attempt.id]);
    expect(entries.every((e) => !e.clockWentBack)).toBe(true);
  });

  it("flags a response dated before the contact it answers", () => {
    const attempt = formAttempt(T0 + 3 * HOUR);
    const response = anEvent("response", { channel: "email", from: "support@yellow.fr", inReplyTo: attempt.id }, { at: T0, recordedAt: T0 + 4 * HOUR, byHand: true });
    const entries = timelineEntries([attempt, response], "Europe/Paris");
    expect(entries.find((e) => e.event.id === response.id)?.answeredBeforeAsked).toBe(true);
    expect(entries.find((e) => e.event.id === attempt.id)?.answeredBeforeAsked).toBe(false);
  });
});

describe("timeline rows", () => {
  const events = [
    formAttempt(T0),
    chatLine(T0 + HOUR, "bot", "Yellow Assistant", "Hello"),
    chatLine(T0 + 25 * HOUR, "agent", "Marie <b>D.</b>", "I see"),
    anEvent("note", { text: "Still nothing." }, { at: T0 + 49 * HOUR, byHand: true }),
  ];
  const entries = timelineEntries(events, "Europe/Paris");

  it("groups by day in the reader's time zone", () => {
    const rows = timelineRows(entries);
    expect(rows.map((r) => (r.type === "day" ? `${r.day}:${r.count}` : r.entry.event.kind))).toEqual([
      "2026-03-02:2",
      "contact-attempt",
      "message",
      "2026-03-03:1",
      "message",
      "2026-03-04:1",
      "note",
    ]);
    // 23:30 UTC is already the next day in Paris, still the same day in New York.
    const late = timelineEntries([formAttempt(Date.UTC(2026, 2, 2, 23, 30))], "America/New_York");
    expect(late[0]?.day).toBe("2026-03-02");
    expect(timelineEntries([formAttempt(Date.UTC(2026, 2, 2, 23, 30))], "Europe/Paris")[0]?.day).toBe("2026-03-03");
  });

  it("filters by channel, kind and interlocutor; days left empty disappear", () => {
    const onlyChat = timelineRows(entries, { ...NO_FILTER, channels: new Set(["chat"]) });
    expect(onlyChat.filter((r) => r.type === "event")).toHaveLength(2);
    const marie = timelineRows(entries, { ...NO_FILTER, interlocutors: new Set(["Marie <b>D.</b>"]) });
    expect(marie.map((r) => r.type)).toEqual(["day", "event"]);
    const notes = timelineRows(entries, { ...NO_FILTER, kinds: new Set(["note"]), channels: new Set(["none"]) });
    expect(notes.map((r) => (r.type === "event" ? r.entry.event.kind : r.day))).toEqual(["2026-03-04", "note"]);
    expect(timelineRows(entries, { ...NO_FILTER, kinds: new Set(["promise"]) })).toEqual([]);
  });

  it("offers the filters the case has", () => {
    expect(filterOptions(entries)).toEqual({
      channels: ["chat", "none", "web-form"],
      kinds: ["contact-attempt", "message", "note"],
      interlocutors: ["Marie <b>D.</b>", "Yellow Assistant"],
    });
  });
});
