import { describe, expect, it } from "vitest";
import { planMerge, type StoredChain } from "../../../src/domain/backup/merge-plan";

const h = (n: number) => n.toString(16).padStart(64, "0");
const chain = (...ns: number[]) => ns.map(h);
/** A stored chain as storage describes it: its head, and whether it holds the import's last event. */
function stored(caseId: string, hashes: string[], imported: string[]): StoredChain {
  return { caseId, head: hashes.at(-1) ?? null, holdsLast: imported.length > 0 && hashes.includes(imported.at(-1) as string) };
}

describe("planMerge", () => {
  it("a case not stored is new", () => {
    expect(planMerge(chain(1, 2), "c", [])).toEqual({ action: "new" });
  });
  it("nothing new when a stored chain holds every imported event (the same, or longer)", () => {
    const imported = chain(1, 2);
    expect(planMerge(imported, "c", [stored("c", chain(1, 2), imported)])).toEqual({ action: "nothing-new", caseId: "c", alreadyStored: 2 });
    expect(planMerge(imported, "c", [stored("c", chain(1, 2, 3), imported)])).toEqual({ action: "nothing-new", caseId: "c", alreadyStored: 2 });
    expect(planMerge([], "c", [stored("c", chain(1), [])])).toEqual({ action: "nothing-new", caseId: "c", alreadyStored: 0 });
  });
  it("extends a stored chain the import continues (an empty case too)", () => {
    const imported = chain(1, 2, 3);
    expect(planMerge(imported, "c", [stored("c", chain(1), imported)])).toEqual({ action: "extend", caseId: "c", from: 1 });
    expect(planMerge(chain(1), "c", [stored("c", [], chain(1))])).toEqual({ action: "extend", caseId: "c", from: 0 });
  });
  it("a diverging chain is a copy; an earlier copy that holds it or that it continues is used instead", () => {
    const imported = chain(1, 2, 9);
    expect(planMerge(imported, "c", [stored("c", chain(1, 2, 3), imported)])).toEqual({ action: "copy", copyOf: "c" });
    expect(planMerge(imported, "c", [stored("c", chain(1, 2, 3, 4), imported)])).toEqual({ action: "copy", copyOf: "c" });
    expect(planMerge(imported, "c", [stored("c", chain(1, 2, 3), imported), stored("k", chain(1, 2, 9), imported)])).toEqual({ action: "nothing-new", caseId: "k", alreadyStored: 3 });
    const longer = chain(1, 2, 9, 10);
    expect(planMerge(longer, "c", [stored("c", chain(1, 2, 3), longer), stored("k", chain(1, 2, 9), longer)])).toEqual({ action: "extend", caseId: "k", from: 3 });
  });
});
