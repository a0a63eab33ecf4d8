// The ids of the k largest values of a vector, ties to the lower id: the "top k" of a score or of the truth.
import { argsort } from '../core/rankOrder.js';

/**
 * Ids of the `k` largest values of `values`, largest first, ties broken to the lower id, among the ids
 * whose `include` entry is non-zero (all ids when `include` is omitted). NaN values rank last. Fewer
 * than `k` ids come back when fewer are included. One linear radix `argsort` of the negated values
 * (stable, so equal values stay in id order).
 */
export function topIndices(values: ArrayLike<number>, k: number, include?: ArrayLike<number>): Int32Array {
  const n = values.length;
  if (include && include.length !== n) throw new RangeError(`values has ${n} entries but include has ${include.length}`);
  const negated = new Float64Array(n);
  for (let i = 0; i < n; i++) negated[i] = -values[i];
  const order = argsort(negated);
  const top = new Int32Array(Math.max(0, Math.min(k, n)));
  let m = 0;
  for (let j = 0; j < n && m < top.length; j++) {
    const i = order[j];
    if (!include || include[i]) top[m++] = i;
  }
  return top.subarray(0, m);
}

/**
 * How many ids the top `fraction` of `count` ids is: ⌈fraction · count⌉ (with a 1e-9 allowance, so the top
 * 0.1 of 30 is 3, not 4 after rounding error), at least 1 when count > 0, at most count.
 */
export function topCount(fraction: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count, Math.max(1, Math.ceil(fraction * count - 1e-9)));
}
