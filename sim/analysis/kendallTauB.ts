// Kendall's tau-b in O(n log n) by Knight's algorithm: sort by x then y, count discordant pairs by merge sort.
import { countInversions } from './countInversions.js';
import { denseRanks } from './denseRanks.js';
import { hasNaN } from './spearman.js';

/** Pairs tied within groups of the given sizes: sum of t(t − 1)/2. */
function tiedPairs(ranks: Int32Array, distinct: number): number {
  const sizes = new Float64Array(distinct);
  for (let i = 0; i < ranks.length; i++) sizes[ranks[i]]++;
  let pairs = 0;
  for (let r = 0; r < distinct; r++) pairs += (sizes[r] * (sizes[r] - 1)) / 2;
  return pairs;
}

/**
 * Kendall's tau-b of `x` and `y` (scipy's `kendalltau` default), with tie corrections:
 * (n0 − n1 − n2 + n3 − 2·discordant) / √(n0 − n1) / √(n0 − n2), where n0 = n(n − 1)/2 and n1, n2, n3 count
 * the pairs tied in x, in y and in both. Knight (1966): order the pairs by x then y — here by dense ranks
 * and two linear radix/counting passes instead of a comparator sort — and the discordant pairs are the
 * inversions of the y-ranks in that order, counted by merge sort. A million pairs take about half a
 * second. NaN when either vector is constant, shorter than 2 or holds a NaN. Throws a RangeError when
 * the lengths differ.
 */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`x has ${n} values but y has ${y.length}`);
  if (n < 2 || hasNaN(x) || hasNaN(y)) return NaN;
  const rx = denseRanks(x);
  const ry = denseRanks(y);
  // Stable counting sort of the y-order by x-rank: the result is ordered by x, then y, then index.
  const start = new Int32Array(rx.distinct + 1);
  for (let i = 0; i < n; i++) start[rx.ranks[i] + 1]++;
  for (let r = 0; r < rx.distinct; r++) start[r + 1] += start[r];
  const yInXOrder = new Int32Array(n);
  const byXThenY = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = ry.order[k];
    const at = start[rx.ranks[i]]++;
    byXThenY[at] = i;
    yInXOrder[at] = ry.ranks[i];
  }
  let bothTied = 0;
  let run = 1;
  for (let k = 1; k <= n; k++) {
    const same = k < n && rx.ranks[byXThenY[k]] === rx.ranks[byXThenY[k - 1]] && yInXOrder[k] === yInXOrder[k - 1];
    if (same) run++;
    else {
      bothTied += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  const total = (n * (n - 1)) / 2;
  const xTied = tiedPairs(rx.ranks, rx.distinct);
  const yTied = tiedPairs(ry.ranks, ry.distinct);
  if (xTied === total || yTied === total) return NaN;
  const discordant = countInversions(yInXOrder);
  const tau = (total - xTied - yTied + bothTied - 2 * discordant) / Math.sqrt(total - xTied) / Math.sqrt(total - yTied);
  return Math.max(-1, Math.min(1, tau));
}
