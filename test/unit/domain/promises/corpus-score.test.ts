import { describe, expect, it } from "vitest";
import { scoreCorpus, type CorpusItem } from "../../../../src/domain/promises/corpus-score";
import type { PromiseReading } from "../../../../src/domain/promises/promise-reading";

const reading = (partial: Pick<PromiseReading, "kind"> & Partial<PromiseReading>): PromiseReading => ({
  clockStart: "each-contact",
  language: "en",
  confidence: 0.8,
  matched: {},
  ...partial,
});
const twoDays = { type: "duration", amount: 2, unit: "calendar-days" } as const;

const items: CorpusItem[] = [
  { text: "right", language: "en", expected: { kind: "reply-time", deadline: twoDays } },
  { text: "wrong kind", language: "en", expected: { kind: "refund", deadline: twoDays } },
  { text: "wrong deadline", language: "en", expected: { kind: "reply-time", deadline: { ...twoDays, amount: 3 } } },
  { text: "missing deadline", language: "en", expected: { kind: "reply-time" } },
  { text: "wrong clock", language: "en", expected: { kind: "reply-time", deadline: twoDays, clockStart: "statement" } },
  { text: "quiet negative", language: "fr", expected: null },
  { text: "false promise", language: "fr", expected: null },
  { text: "missed promise", language: "fr", expected: { kind: "callback" } },
];

const reader = (text: string): PromiseReading | undefined => {
  if (text === "quiet negative" || text === "missed promise") return undefined;
  if (text === "false promise") return reading({ kind: "other" });
  return reading({ kind: "reply-time", deadline: twoDays });
};

describe("scoreCorpus", () => {
  it("counts exact readings, false promises and lists every failure", () => {
    const score = scoreCorpus(items, reader);
    expect(score).toMatchObject({ total: 8, exact: 2, negatives: 2, falsePositives: 1 });
    expect(score.accuracy).toBeCloseTo(2 / 8);
    expect(score.falsePositiveRate).toBeCloseTo(1 / 2);
    expect(score.failures.map((failure) => failure.text)).toEqual([
      "wrong kind",
      "wrong deadline",
      "missing deadline",
      "wrong clock",
      "false promise",
      "missed promise",
    ]);
    expect(score.failures.at(-1)?.got).toBeNull();
  });

  it("passes each item's language to the reader", () => {
    const seen: Array<string | undefined> = [];
    scoreCorpus(items.slice(4, 6), (_text, language) => {
      seen.push(language);
      return undefined;
    });
    expect(seen).toEqual(["en", "fr"]);
  });

  it("scores an empty corpus as zero rather than dividing by zero", () => {
    expect(scoreCorpus([], reader)).toMatchObject({ total: 0, accuracy: 0, falsePositiveRate: 0, failures: [] });
  });
});
