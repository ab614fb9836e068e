import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { longestIncreasingPositions } from "../../../../src/domain/integrity/increasing-subsequence";

/** Length of a longest strictly increasing subsequence, by the plain quadratic method. */
function lisLengthSlow(values: readonly number[]): number {
  const best = values.map(() => 1);
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((values[j] ?? 0) < (values[i] ?? 0)) best[i] = Math.max(best[i] ?? 1, (best[j] ?? 1) + 1);
    }
  }
  return Math.max(0, ...best);
}

describe("longestIncreasingPositions", () => {
  it("keeps everything in an ordered list and nothing of an empty one", () => {
    expect(longestIncreasingPositions([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
    expect(longestIncreasingPositions([])).toEqual([]);
  });

  it("leaves out one of two swapped neighbours", () => {
    expect(longestIncreasingPositions([0, 1, 3, 2, 4])).toEqual([0, 1, 3, 4]);
  });

  it("leaves out only a moved element", () => {
    expect(longestIncreasingPositions([1, 2, 3, 4, 0])).toEqual([0, 1, 2, 3]);
  });

  it("returns an increasing run as long as the slow method finds", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 40 }), (values) => {
        const positions = longestIncreasingPositions(values);
        expect(positions.length).toBe(lisLengthSlow(values));
        for (let k = 1; k < positions.length; k++) {
          expect(positions[k] ?? 0).toBeGreaterThan(positions[k - 1] ?? 0);
          expect(values[positions[k] ?? 0] ?? 0).toBeGreaterThan(values[positions[k - 1] ?? 0] ?? 0);
        }
      }),
    );
  });
});
