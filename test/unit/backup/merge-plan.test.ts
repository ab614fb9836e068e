import { describe, expect, it } from "vitest";
import { planMerge } from "../../../src/domain/backup/merge-plan";

const h = (n: number) => n.toString(16).padStart(64, "0");
const chain = (...ns: number[]) => ns.map(h);

describe("planMerge", () => {
  it("a case not stored is new", () => {
    expect(planMerge(chain(1, 2), "c", [])).toEqual({ action: "new" });
  });
  it("nothing new when a stored chain holds every imported event (the same, or longer)", () => {
    expect(planMerge(chain(1, 2), "c", [{ caseId: "c", hashes: chain(1, 2) }])).toEqual({ action: "nothing-new", caseId: "c", alreadyStored: 2 });
    expect(planMerge(chain(1, 2), "c", [{ caseId: "c", hashes: chain(1, 2, 3) }])).toEqual({ action: "nothing-new", caseId: "c", alreadyStored: 2 });
  });
  it("extends a stored chain the import continues (an empty case too)", () => {
    expect(planMerge(chain(1, 2, 3), "c", [{ caseId: "c", hashes: chain(1) }])).toEqual({ action: "extend", caseId: "c", from: 1 });
    expect(planMerge(chain(1), "c", [{ caseId: "c", hashes: [] }])).toEqual({ action: "extend", caseId: "c", from: 0 });
  });
  it("a diverging chain is a copy; an earlier copy that holds it or that it continues is used instead", () => {
    expect(planMerge(chain(1, 2, 9), "c", [{ caseId: "c", hashes: chain(1, 2, 3) }])).toEqual({ action: "copy", copyOf: "c", commonPrefix: 2 });
    expect(planMerge(chain(1, 2, 9), "c", [{ caseId: "c", hashes: chain(1, 2, 3) }, { caseId: "k", hashes: chain(1, 2, 9) }])).toEqual({ action: "nothing-new", caseId: "k", alreadyStored: 3 });
    expect(planMerge(chain(1, 2, 9, 10), "c", [{ caseId: "c", hashes: chain(1, 2, 3) }, { caseId: "k", hashes: chain(1, 2, 9) }])).toEqual({ action: "extend", caseId: "k", from: 3 });
  });
});
