// HOOK for the reality engine (src/domain/reality, being built by another helper): the table of
// each promise against what really happened, and its figures. It did not exist when the dossier
// was written, so the dossier renders this section only when it is given one; no table is
// invented meanwhile. To connect it: build a PromiseReality from the engine's output in
// src/dashboard/export-data.ts and pass it as `reality` to renderDossierHtml.
export interface PromiseRealityRow {
  promise: string;
  /** When it was due, as the reader should see it (already formatted). */
  due: string;
  /** What the evidence shows happened by then. */
  happened: string;
  verdict: "kept" | "broken" | "pending" | "unclear";
}

export interface PromiseReality {
  heading: string;
  columns: { promise: string; due: string; happened: string; verdict: string };
  rows: PromiseRealityRow[];
  verdictWords: Record<PromiseRealityRow["verdict"], string>;
  figures: Array<{ label: string; value: string }>;
}
