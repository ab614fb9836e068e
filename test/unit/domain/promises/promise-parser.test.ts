import { describe, expect, it } from "vitest";
import corpusJson from "../../../fixtures/promise-corpus.json";
import { CorpusItem, readsAsExpected, scoreCorpus } from "../../../../src/domain/promises/corpus-score";
import { readPromise } from "../../../../src/domain/promises/promise-parser";
import { PromiseReading } from "../../../../src/domain/promises/promise-reading";

const corpus = CorpusItem.array().parse(corpusJson);

describe("promise corpus", () => {
  it("is large and varied enough to mean something", () => {
    const count = (keep: (item: CorpusItem) => boolean) => corpus.filter(keep).length;
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(count((item) => item.language === "en")).toBeGreaterThanOrEqual(40);
    expect(count((item) => item.language === "fr")).toBeGreaterThanOrEqual(40);
    expect(count((item) => item.expected === null)).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((item) => item.text)).size).toBe(corpus.length);
    const kinds = new Set(corpus.flatMap((item) => (item.expected ? [item.expected.kind] : [])));
    expect(kinds.size).toBe(8);
  });

  it.each(corpus.map((item) => [item.expected === null ? "not a promise" : item.expected.kind, item.text, item] as const))(
    "%s: %s",
    (_label, _text, item) => {
      const reading = readPromise(item.text, item.language);
      if (reading) expect(PromiseReading.safeParse(reading).success).toBe(true);
      const got = reading ? { kind: reading.kind, deadline: reading.deadline, clockStart: reading.clockStart } : null;
      expect(readsAsExpected(reading, item.expected), JSON.stringify({ expected: item.expected, got })).toBe(true);
    },
  );

  it("meets the targets: ≥ 95% exact kind and deadline, ≤ 5% false promises", () => {
    const score = scoreCorpus(corpus, readPromise);
    expect(score.total).toBe(corpus.length);
    expect(score.accuracy, JSON.stringify(score.failures, null, 1)).toBeGreaterThanOrEqual(0.95);
    expect(score.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });
});
