// Which cases the list shows: in progress, finished, or all, and those matching what was typed (title,
// brand, domain or tag, without regard to case or accents).
import { isFinished } from "../../domain/cases/case-state";
import type { Case } from "../../domain/evidence";

export type CaseScope = "in-progress" | "finished" | "all";

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase();

export function casesShown(cases: readonly Case[], scope: CaseScope, search: string): Case[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  return cases.filter((c) => {
    if (scope === "in-progress" && isFinished(c)) return false;
    if (scope === "finished" && !isFinished(c)) return false;
    if (words.length === 0) return true;
    const haystack = fold([c.title, c.brand.name, ...c.brand.domains, ...(c.tags ?? [])].join(" "));
    return words.every((w) => haystack.includes(w));
  });
}
