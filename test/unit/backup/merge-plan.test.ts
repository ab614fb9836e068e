import { describe, expect, it } from "vitest";
import { planMerge, positionsToCompare, type StoredChain } from "../../../src/domain/backup/merge-plan";

const h = (n: number) => n.toString(16).padStart(64, "0");
const chain = (...ns: number[]) => ns.map(h);
/** A stored chain that answers only the positions the plan says it compares. */
function stored(caseId: string, hashes: string[], importedLength: number): StoredChain {
  const allowed = new Set(positionsToCompare(hashes.length, importedLength));
  return {
    caseId,
    length: hashes.length,
    hashAt: (i) => {
      if (!allowed.has(i)) throw new Error(`position ${i} was not read`);
      return hashes[i];
    },
  };
}

describe("planMerge", () => {
  it("a case not stored is new", () => {
    expect(planMerge(chain(1, 2), "c", [])).toEqual({ action: "new" });
  });
  it("nothing new when a stored chain holds every imported event (the same, or longer)", () => {
    expect(planMerge(chain(1, 2), "c", [stored("c", chain(1, 2), 2)])).toEqual({ action: "nothing-new", caseId: "c", alreadyStored: 2 });
    expect(planMerge(chain(1, 2), "c", [stored("c", chain(1, 2, 3), 2)])).toEqual({ action: "nothing-new", caseId: "c", alreadyStored: 2 });
    expect(planMerge([], "c", [stored("c", chain(1), 0)])).toEqual({ action: "nothing-new", caseId: "c", alreadyStored: 0 });
  });
  it("extends a stored chain the import continues (an empty case too)", () => {
    expect(planMerge(chain(1, 2, 3), "c", [stored("c", chain(1), 3)])).toEqual({ action: "extend", caseId: "c", from: 1 });
    expect(planMerge(chain(1), "c", [stored("c", [], 1)])).toEqual({ action: "extend", caseId: "c", from: 0 });
  });
  it("a diverging chain is a copy; an earlier copy that holds it or that it continues is used instead", () => {
    expect(planMerge(chain(1, 2, 9), "c", [stored("c", chain(1, 2, 3), 3)])).toEqual({ action: "copy", copyOf: "c" });
    expect(planMerge(chain(1, 2, 9), "c", [stored("c", chain(1, 2, 3, 4), 3)])).toEqual({ action: "copy", copyOf: "c" });
    expect(planMerge(chain(1, 2, 9), "c", [stored("c", chain(1, 2, 3), 3), stored("k", chain(1, 2, 9), 3)])).toEqual({ action: "nothing-new", caseId: "k", alreadyStored: 3 });
    expect(planMerge(chain(1, 2, 9, 10), "c", [stored("c", chain(1, 2, 3), 4), stored("k", chain(1, 2, 9), 4)])).toEqual({ action: "extend", caseId: "k", from: 3 });
  });
  it("compares one position per candidate, whatever the lengths", () => {
    expect(positionsToCompare(10_000, 10_000)).toEqual([9_999]);
    expect(positionsToCompare(5, 10_000)).toEqual([4]);
    expect(positionsToCompare(0, 3)).toEqual([]);
  });
});
