import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyChange, changesFor, foldCase, isFinished, normaliseTags } from "../../../../src/domain/cases/case-state";
import { CaseStatus, type CaseChangePayload } from "../../../../src/domain/evidence";
import { aCase, anEvent } from "./case-events";

const change = (payload: CaseChangePayload, caseId = "case_0001-abcd") => anEvent("case-change", payload, { byHand: true, caseId });

describe("case changes", () => {
  it("an edit makes one change per field that really changes, with before and after", () => {
    const theCase = aCase({ tags: ["fibre"] });
    expect(changesFor(theCase, { title: "Yellow Telecom", status: "escalated", tags: ["fibre", "water damage"] })).toEqual([
      { change: "status", from: { status: "open" }, to: { status: "escalated" } },
      { change: "tags", from: { tags: ["fibre"] }, to: { tags: ["fibre", "water damage"] } },
    ]);
    expect(changesFor(theCase, { title: "Mum's fibre" })).toEqual([{ change: "renamed", from: { title: "Yellow Telecom" }, to: { title: "Mum's fibre" } }]);
  });

  it("folds rename, close and reopen into the current state", () => {
    const stored = aCase();
    const events = [
      change({ change: "renamed", from: { title: "Yellow Telecom" }, to: { title: "Mum's fibre" } }),
      change({ change: "status", from: { status: "open" }, to: { status: "closed" } }),
      change({ change: "status", from: { status: "closed" }, to: { status: "open" } }),
      change({ change: "tags", from: { tags: [] }, to: { tags: ["fibre"] } }),
    ];
    expect(foldCase(stored, events)).toMatchObject({ title: "Mum's fibre", status: "open", tags: ["fibre"] });
    expect(isFinished(foldCase(stored, events.slice(0, 2)))).toBe(true);
  });

  it("a stale cache cannot leak into the fold: a touched field starts from its first 'from'", () => {
    const staleRow = aCase({ title: "something the cache got wrong", status: "claim-filed" });
    const events = [change({ change: "renamed", from: { title: "Yellow Telecom" }, to: { title: "Fibre" } })];
    const folded = foldCase(staleRow, events);
    expect(folded.title).toBe("Fibre");
    // Never touched by a change: the row is all there is (a case stored before changes were recorded).
    expect(folded.status).toBe("claim-filed");
  });

  it("a case stored before changes existed folds to itself", () => {
    const legacy = aCase({ title: "Old case", status: "waiting" });
    expect(foldCase(legacy, [])).toEqual(legacy);
  });

  it("records follow-ups and merges", () => {
    const stored = aCase();
    const opened = change({ change: "opened", from: {}, to: { title: "Yellow", brand: stored.brand, status: "open" }, otherCaseId: "case_earlier-01" });
    let state = foldCase(stored, [opened]);
    expect(state.follows).toBe("case_earlier-01");
    expect(state.followUpAnswered).toBeUndefined();
    state = applyChange(state, { change: "merged-into", from: {}, to: { status: "closed" }, otherCaseId: "case_earlier-01" });
    expect(state).toMatchObject({ mergedInto: "case_earlier-01", followUpAnswered: true, status: "closed" });
    expect(isFinished(state)).toBe(true);
    const earlier = applyChange(aCase({ id: "case_earlier-01", status: "resolved" }), { change: "absorbed", from: {}, to: {}, otherCaseId: stored.id });
    expect(applyChange(earlier, { change: "absorbed", from: {}, to: {}, otherCaseId: stored.id }).absorbed).toEqual([stored.id]);
  });

  it("applying the changes an edit makes one by one gives the same state as folding them (any edits)", () => {
    const edits = fc.array(
      fc.record(
        { title: fc.string({ minLength: 1, maxLength: 12 }), status: fc.constantFrom(...CaseStatus.options), tags: fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 3 }) },
        { requiredKeys: [] },
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(edits, (list) => {
        const stored = aCase();
        let cache = stored;
        const events = [];
        for (const edit of list) {
          for (const payload of changesFor(cache, edit)) {
            events.push(change(payload));
            cache = applyChange(cache, payload);
          }
        }
        // The cache kept by applying each change equals the fold of the history, from the original row or the cache.
        expect(foldCase(stored, events)).toEqual(cache);
        expect(foldCase(cache, events)).toEqual(cache);
      }),
    );
  });

  it("tags as typed become a clean list", () => {
    expect(normaliseTags(" refund, fibre ,,  Refund, water   damage ")).toEqual(["refund", "fibre", "water damage"]);
  });
});
