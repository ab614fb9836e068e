// The figures of one bench run: every benchmark adds its entries here with one call, and the
// run prints them as a table and writes them to bench/results.json. Keeping the shape in one
// place means a later issue adds a figure without touching how figures are shown or stored.
import { writeFileSync } from "node:fs";

/**
 * @typedef {{ max?: number, min?: number, equals?: number | boolean, on?: "value" | "ratio" }} Target
 * @typedef {{ name: string, value: number, unit: string }} Baseline
 * @typedef {{ name: string, value: number | boolean, unit: string, target: Target, holds: boolean,
 *   baseline?: Baseline, ratio?: number, detail?: string }} Figure
 */

/** Whether `target` holds for `figure` (its value, or its ratio when the target says `on: "ratio"`). */
export function targetHolds(target, value, ratio) {
  const measured = target.on === "ratio" ? ratio : value;
  if (measured === undefined || measured === null) return false;
  if (target.equals !== undefined && measured !== target.equals) return false;
  if (typeof measured === "number") {
    if (!Number.isFinite(measured)) return false;
    if (target.max !== undefined && measured > target.max) return false;
    if (target.min !== undefined && measured < target.min) return false;
  } else if (target.max !== undefined || target.min !== undefined) {
    return false;
  }
  return true;
}

function describeTarget(target) {
  const subject = target.on === "ratio" ? "ratio " : "";
  const parts = [];
  if (target.equals !== undefined) parts.push(`= ${target.equals}`);
  if (target.min !== undefined) parts.push(`≥ ${target.min}`);
  if (target.max !== undefined) parts.push(`≤ ${target.max}`);
  return `${subject}${parts.join(" and ")}`;
}

function round(value, digits = 3) {
  if (typeof value !== "number") return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Collects the figures of one run. */
export function createResults() {
  /** @type {Figure[]} */
  const figures = [];
  return {
    figures,
    /**
     * Adds one figure. `holds` and, when a baseline is given, `ratio` (value / baseline) are
     * computed here so that no benchmark judges its own target by hand.
     */
    add({ name, value, unit, target, baseline, detail }) {
      if (!name || !unit || !target) throw new Error(`a figure needs name, unit and target: ${JSON.stringify({ name, unit, target })}`);
      if (figures.some((f) => f.name === name)) throw new Error(`figure "${name}" added twice`);
      const ratio = baseline && typeof value === "number" && baseline.value !== 0 ? value / baseline.value : undefined;
      /** @type {Figure} */
      const figure = { name, value: round(value), unit, target, holds: targetHolds(target, value, ratio) };
      if (baseline) figure.baseline = { ...baseline, value: round(baseline.value) };
      if (ratio !== undefined) figure.ratio = round(ratio, 4);
      if (detail) figure.detail = detail;
      figures.push(figure);
      return figure;
    },
    /** A plain-text table, one line per figure. */
    table() {
      const rows = [["Figure", "Value", "Baseline", "Ratio", "Target", "Holds"]];
      for (const f of figures) {
        rows.push([
          f.name,
          `${f.value} ${f.unit}`,
          f.baseline ? `${f.baseline.value} ${f.baseline.unit} (${f.baseline.name})` : "—",
          f.ratio !== undefined ? f.ratio.toFixed(3) : "—",
          describeTarget(f.target),
          f.holds ? "yes" : "NO",
        ]);
      }
      const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
      const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
      const rule = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
      return [line(rows[0]), rule, ...rows.slice(1).map(line)].join("\n");
    },
    /** Writes `{ run, figures }` as JSON. */
    write(path, run) {
      writeFileSync(path, `${JSON.stringify({ run, figures }, null, 2)}\n`);
    },
  };
}
