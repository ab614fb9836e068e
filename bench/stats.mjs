// Order statistics for the bench. Nearest-rank percentiles: every figure reported is a sample
// that was actually measured, not an interpolation between two.

/** The p-th percentile (0 < p ≤ 100) of `values` by nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median; for an even count, the mean of the two middle values. */
export function median(values) {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
