// The dossier's table of each promise against what really happened, and its figures, as words ready
// to print. reality-table.ts fills it from the reality engine (src/domain/reality); the dossier shows
// the section only when the case has promises. A caller may pass its own (another reading date).
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
