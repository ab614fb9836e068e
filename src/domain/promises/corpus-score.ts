// Scores a promise reader against a labelled corpus: exact kind and deadline (and clock start where the
// corpus gives one), and how often sentences that promise nothing are read as promises.
import { z } from "zod";
import { ExpectedReading, PromiseLanguage, type PromiseReading } from "./promise-reading";

export const CorpusItem = z.object({
  text: z.string().min(1),
  language: PromiseLanguage,
  expected: ExpectedReading.nullable(),
});
export type CorpusItem = z.infer<typeof CorpusItem>;

export interface CorpusFailure {
  text: string;
  language: PromiseLanguage;
  expected: ExpectedReading | null;
  got: Pick<PromiseReading, "kind" | "deadline" | "clockStart"> | null;
}

export interface CorpusScore {
  total: number;
  exact: number;
  accuracy: number;
  negatives: number;
  falsePositives: number;
  falsePositiveRate: number;
  failures: CorpusFailure[];
}

type Reader = (text: string, language?: "en" | "fr") => PromiseReading | undefined;

function sameDeadline(a: PromiseReading["deadline"], b: ExpectedReading["deadline"]): boolean {
  if (a === undefined || b === undefined) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

/** Whether a reading matches what the corpus expects for it. */
export function readsAsExpected(got: PromiseReading | undefined, expected: ExpectedReading | null): boolean {
  if (expected === null || got === undefined) return expected === null && got === undefined;
  return (
    got.kind === expected.kind &&
    sameDeadline(got.deadline, expected.deadline) &&
    (expected.clockStart === undefined || got.clockStart === expected.clockStart)
  );
}

export function scoreCorpus(items: readonly CorpusItem[], readPromise: Reader): CorpusScore {
  const failures: CorpusFailure[] = [];
  let exact = 0;
  let negatives = 0;
  let falsePositives = 0;
  for (const item of items) {
    const got = readPromise(item.text, item.language);
    if (item.expected === null) {
      negatives++;
      if (got !== undefined) falsePositives++;
    }
    if (readsAsExpected(got, item.expected)) {
      exact++;
      continue;
    }
    failures.push({
      text: item.text,
      language: item.language,
      expected: item.expected,
      got: got ? { kind: got.kind, deadline: got.deadline, clockStart: got.clockStart } : null,
    });
  }
  const total = items.length;
  return {
    total,
    exact,
    accuracy: total === 0 ? 0 : exact / total,
    negatives,
    falsePositives,
    falsePositiveRate: negatives === 0 ? 0 : falsePositives / negatives,
    failures,
  };
}
