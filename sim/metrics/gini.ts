// The Gini coefficient of a non-negative quantity: 0 when everyone holds the same, towards 1 when one holds all.

/**
 * Gini coefficient of `values` (non-negative): Σ_i (2i − n − 1)·v_(i) / (n · Σ v) over the values sorted
 * ascending (i = 1 … n) — the mean absolute difference over twice the mean. NaN when empty or when the
 * sum is 0. Sorts a copy: O(n log n).
 */
export function gini(values: Float64Array): number {
  const n = values.length;
  const sorted = values.slice().sort();
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i];
    weighted += (2 * (i + 1) - n - 1) * sorted[i];
  }
  return n === 0 || total === 0 ? NaN : weighted / (n * total);
}
