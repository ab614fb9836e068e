// Marking a chat line or a call as a promise, and correcting a reading: both only ever append events.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { Collection } from "../../../src/domain/evidence";
import { dueTimes } from "../../../src/domain/promises/deadline";
import { correctReading } from "../../../src/background/promise-correction";
import { promiseFromEvent } from "../../../src/background/promise-from-event";
import { database } from "../../../src/storage/database";
import { caseEvents, storeCapture, type Clock } from "../../../src/storage/evidence-store";

const BY_HAND: Collection = { method: "by-hand", extensionVersion: "0.1.0", browser: "Chrome", browserVersion: "156" };
const SAID_AT = 1_767_225_600_000;

/** Every call to now() gives `at`; ids are unique across the whole file (one database). */
let ids = 0;
function clockAt(at = SAID_AT): Clock {
  return { now: () => ({ at, timeZone: "Europe/Paris" }), newId: () => `id_${String(++ids).padStart(8, "0")}` };
}

async function chatLine(key: string, side: "agent" | "person", text: string) {
  const stored = await storeCapture(
    database(),
    {
      captureKey: key,
      host: "www.yellow-telecom.fr",
      source: { url: "https://www.yellow-telecom.fr/chat", title: "Chat", frameOrigin: "https://www.yellow-telecom.fr" },
      collection: { ...BY_HAND, method: "automatic" },
      evidence: { kind: "message", payload: { conversationId: "c1", event: "message", side, text } },
    },
    clockAt(SAID_AT),
  );
  return stored.eventId;
}

describe("promiseFromEvent", () => {
  it("quotes an agent's line as a new promise, read from its words and due from when it was said", async () => {
    const lineId = await chatLine("k-agent", "agent", "I will call you back within 2 hours.");
    const clock = clockAt(SAID_AT + 86_400_000);
    const reply = await promiseFromEvent({ eventId: lineId, requestKey: "r1" }, BY_HAND, clock);
    expect(reply).toMatchObject({ ok: true, duplicate: false });
    const events = await caseEvents(database(), (await database().events.get(lineId))!.caseId);
    const promise = events.find((e) => e.kind === "promise");
    if (promise?.kind !== "promise") throw new Error("no promise");
    expect(promise.payload.quote).toBe("I will call you back within 2 hours.");
    expect(promise.payload.about).toBe(lineId);
    expect(promise.occurred.at).toBe(SAID_AT);
    expect(promise.recorded.at).toBe(SAID_AT + 86_400_000);
    expect(promise.payload.reading).toMatchObject({ kind: "callback", deadline: { type: "duration", amount: 2, unit: "hours" }, clockStart: "statement" });
    expect(dueTimes(promise.payload.reading!, promise.occurred)).toEqual([SAID_AT + 2 * 3_600_000]);
    // The line itself is untouched.
    expect(events.find((e) => e.id === lineId)?.kind).toBe("message");

    const again = await promiseFromEvent({ eventId: lineId, requestKey: "r1" }, BY_HAND, clockAt());
    expect(again).toMatchObject({ ok: true, duplicate: true, eventId: promise.id });
    expect((await caseEvents(database(), promise.caseId)).filter((e) => e.kind === "promise")).toHaveLength(1);
  });

  it("refuses the person's own line and unknown events", async () => {
    const mine = await chatLine("k-person", "person", "Will you call me back within 2 hours?");
    expect(await promiseFromEvent({ eventId: mine, requestKey: "r2" }, BY_HAND, clockAt())).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await promiseFromEvent({ eventId: "evt_missing01", requestKey: "r3" }, BY_HAND, clockAt())).toMatchObject({ ok: false, error: { code: "not-found" } });
  });
});

describe("correctReading", () => {
  it("appends a promise-reading event to the promise's case, once per correction key, and only for promises", async () => {
    const lineId = await chatLine("k-agent-2", "agent", "We will refund you.");
    const made = await promiseFromEvent({ eventId: lineId, requestKey: "r4" }, BY_HAND, clockAt());
    const promiseId = String(made.ok && made.eventId);
    const reading = { kind: "refund" as const, deadline: { type: "duration" as const, amount: 14, unit: "calendar-days" as const }, clockStart: "order-date" as const };
    const first = await correctReading({ promiseId, reading, correctionKey: "c1" }, BY_HAND, clockAt());
    const retry = await correctReading({ promiseId, reading, correctionKey: "c1" }, BY_HAND, clockAt());
    expect(first).toMatchObject({ ok: true });
    expect(retry).toEqual(first);
    const promise = (await database().events.get(promiseId))!.event;
    const corrections = (await caseEvents(database(), promise.caseId)).filter((e) => e.kind === "promise-reading");
    expect(corrections.map((e) => e.payload)).toEqual([{ promiseId, reading }]);
    expect(corrections[0]!.collection.method).toBe("by-hand");
    expect(await correctReading({ promiseId: lineId, reading, correctionKey: "c2" }, BY_HAND, clockAt())).toMatchObject({ ok: false, error: { code: "not-found" } });
  });
});
