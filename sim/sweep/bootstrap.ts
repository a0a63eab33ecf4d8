// The seeded bootstrap: resamples of the seeds drawn once, and the percentile interval of a mean over them.
import type { Rng } from '../core/rng.js';
import { quantileSorted } from '../metrics/quantiles.js';

/** Coverage of the intervals: 95 %. */
export const INTERVAL_LEVEL = 0.95;

/** `count` resamples of `size` seed indices (with replacement), row by row. */
export interface BootstrapResamples {
  count: number;
  size: number;
  /** `count × size` indices in [0, size). */
  indices: Int32Array;
}

/**
 * Draws `count` resamples of `size` indices from `rng`. The same resamples serve every arm, metric and
 * tick, so all statistics of one resample come from the same seeds (and paired differences stay paired).
 */
export function drawResamples(rng: Rng, count: number, size: number): BootstrapResamples {
  const indices = new Int32Array(count * size);
  for (let k = 0; k < indices.length; k++) indices[k] = rng.int(size);
  return { count, size, indices };
}

/**
 * The percentile interval (default level 95 %: the 2.5 % and 97.5 % quantiles, interpolated) of the mean
 * of `values` (one per seed, NaN where missing) over the resamples. A resample's mean skips missing values;
 * a resample of missing values only is left out. [NaN, NaN] when fewer than two values are present.
 */
export function bootstrapMeanInterval(values: ArrayLike<number>, resamples: BootstrapResamples, level = INTERVAL_LEVEL): [number, number] {
  let present = 0;
  for (let s = 0; s < values.length; s++) if (!Number.isNaN(values[s])) present++;
  if (present < 2) return [NaN, NaN];
  const { count, size, indices } = resamples;
  const means = new Float64Array(count);
  let kept = 0;
  for (let b = 0; b < count; b++) {
    let sum = 0;
    let n = 0;
    for (let k = b * size, end = k + size; k < end; k++) {
      const value = values[indices[k]];
      if (Number.isNaN(value)) continue;
      sum += value;
      n++;
    }
    if (n > 0) means[kept++] = sum / n;
  }
  const sorted = means.subarray(0, kept).sort();
  const tail = (1 - level) / 2;
  return [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
}
