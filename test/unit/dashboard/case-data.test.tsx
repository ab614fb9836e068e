// @vitest-environment happy-dom
// The pages' reading of a case (useReality): made at the time the trail is read, so what was just
// stored with a time to the minute ("a letter received now") counts at once, not at the next tick.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, expect, it, vi } from "vitest";
import { caseReality } from "../../../src/domain/cases/case-reality";
import type { CaseReality } from "../../../src/domain/reality/reality-engine";
import { useReality, type Trail } from "../../../src/dashboard/case-page/case-data";
import { anEvent, formAttempt, T0 } from "../domain/cases/case-events";

const readings: CaseReality[] = [];

function Probe({ trail, now }: { trail: Trail; now: number }) {
  const reality = useReality(trail, now, caseReality);
  if (reality) readings.push(reality);
  return null;
}

afterEach(() => {
  vi.restoreAllMocks();
  readings.length = 0;
});

it("a letter logged as received this minute, after the page's last tick, answers the form at once", () => {
  const root = document.createElement("div");
  const tick = T0; // the page's clock last moved here (it moves every 30 s)
  const form = formAttempt(T0 - 60_000);
  const trail: Trail = [{ seq: 1, event: form }];
  vi.spyOn(Date, "now").mockReturnValue(tick);
  act(() => render(<Probe trail={trail} now={tick} />, root));
  expect(readings.at(-1)?.attempts.map((a) => a.status)).toEqual(["unanswered"]);

  // 22 s later the person logs the letter: "When" is this minute (T0 + 20 s here), saved a second after.
  const letter = anEvent("response", { channel: "letter", text: "We are sending a technician." }, { at: T0 + 20_000, recordedAt: T0 + 21_000, byHand: true });
  vi.spyOn(Date, "now").mockReturnValue(T0 + 22_000);
  act(() => render(<Probe trail={[...trail, { seq: 2, event: letter }]} now={tick} />, root));
  const reality = readings.at(-1)!;
  expect(reality.afterNow).toEqual([]);
  expect(reality.attempts.map((a) => a.status)).toEqual(["answered"]);
  expect(reality.attempts[0]?.answer?.eventId).toBe(letter.id);
  expect(reality.now).toBe(T0 + 22_000);
  render(null, root);
});

it("a tick alone still moves the reading on, and a stated time still in the future stays out", () => {
  const root = document.createElement("div");
  const form = formAttempt(T0 - 60_000);
  const later = anEvent("response", { channel: "letter", text: "Dated tomorrow by mistake." }, { at: T0 + 86_400_000, recordedAt: T0, byHand: true });
  const trail: Trail = [
    { seq: 1, event: form },
    { seq: 2, event: later },
  ];
  vi.spyOn(Date, "now").mockReturnValue(T0);
  act(() => render(<Probe trail={trail} now={T0} />, root));
  expect(readings.at(-1)?.afterNow).toEqual([later.id]);
  act(() => render(<Probe trail={trail} now={T0 + 30_000} />, root));
  expect(readings.at(-1)?.now).toBe(T0 + 30_000);
  expect(readings.at(-1)?.attempts.map((a) => a.status)).toEqual(["unanswered"]);
  render(null, root);
});
