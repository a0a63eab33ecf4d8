// Quantiles and means of a numeric column over the active agents.

/** Sorted copy of `values[i]` for every i with `include[i]` non-zero (all when `include` is omitted). */
export function sortedValues(
  values: ArrayLike<number>,
  count: number,
  include?: ArrayLike<number>,
): Float64Array {
  const out = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < count; i++) if (!include || include[i]) out[k++] = values[i];
  return out.subarray(0, k).sort();
}

/** The q-quantile of sorted values by linear interpolation (numpy's default); NaN when empty. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Arithmetic mean; NaN when empty. */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}
