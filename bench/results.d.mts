// Types of results.mjs, for benchmarks written in TypeScript.

/** What a figure must meet: bounds and/or an exact value, on the value itself or on value / baseline. */
export interface Target {
  max?: number;
  min?: number;
  equals?: number | boolean;
  /** "ratio" judges value / baseline.value; default "value". */
  on?: "value" | "ratio";
}

/** The same quantity measured in the same run without the thing under test (or a fixed budget). */
export interface Baseline {
  name: string;
  value: number;
  unit: string;
}

export interface FigureInput {
  name: string;
  value: number | boolean;
  unit: string;
  target: Target;
  baseline?: Baseline;
  detail?: string;
}

export interface Figure extends FigureInput {
  holds: boolean;
  /** value / baseline.value, when there is a numeric baseline. */
  ratio?: number;
}

export interface RunInfo {
  date: string;
  [key: string]: unknown;
}

export interface Results {
  readonly figures: Figure[];
  add(figure: FigureInput): Figure;
  table(): string;
  write(path: string, run: RunInfo): void;
}

export function targetHolds(target: Target, value: number | boolean, ratio?: number): boolean;
export function createResults(): Results;
