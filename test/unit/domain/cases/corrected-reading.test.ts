// The person's correction of how a promise reads replaces Receipts' reading, deadline included.
import { describe, expect, it } from "vitest";
import { correctedReadings } from "../../../../src/domain/cases/case-reality";
import { readPromise } from "../../../../src/domain/promises/promise-parser";
import { anEvent } from "./case-events";

function promiseSaying(text: string) {
  const reading = readPromise(text);
  if (!reading) throw new Error(`not read as a promise: ${text}`);
  return anEvent("promise", { quote: text, reading });
}

describe("correctedReadings", () => {
  it("keeps Receipts' reading when the person corrected nothing", () => {
    const promise = promiseSaying("We reply within 48 hours.");
    expect(correctedReadings([promise])(promise)?.deadline).toEqual({ type: "duration", amount: 48, unit: "hours" });
  });

  it("takes the corrected deadline", () => {
    const promise = promiseSaying("We reply within 48 hours.");
    const correction = anEvent("promise-reading", { promiseId: promise.id, reading: { kind: "reply-time", clockStart: "each-contact", deadline: { type: "duration", amount: 2, unit: "business-days" } } });
    expect(correctedReadings([promise, correction])(promise)?.deadline).toEqual({ type: "duration", amount: 2, unit: "business-days" });
  });

  it("removes the deadline when the correction says there is none", () => {
    const promise = promiseSaying("We reply within 48 hours.");
    const correction = anEvent("promise-reading", { promiseId: promise.id, reading: { kind: "other", clockStart: "statement" } });
    const reading = correctedReadings([promise, correction])(promise);
    expect(reading?.kind).toBe("other");
    expect(reading?.deadline).toBeUndefined();
  });
});
