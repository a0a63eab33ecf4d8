// Spearman's rank correlation over a subset of agents, through sim/analysis's spearman.
import { spearman } from '../../sim/analysis/spearman.js';

/**
 * Spearman's ρ of `a` and `b` over the ids in `ids` (default: every index), leaving out pairs where
 * either value is not finite. NaN when fewer than 2 pairs remain or either side is constant.
 */
export function spearmanOver(a: ArrayLike<number>, b: ArrayLike<number>, ids?: ArrayLike<number>): number {
  const n = ids ? ids.length : a.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const i = ids ? ids[j] : j;
    if (!Number.isFinite(a[i]) || !Number.isFinite(b[i])) continue;
    x[k] = a[i];
    y[k++] = b[i];
  }
  return k < 2 ? NaN : spearman(x.subarray(0, k), y.subarray(0, k));
}
