// Dense ranks: 0 for the smallest distinct value, 1 for the next, and so on; equal values share one rank.
import { argsort } from '../core/rankOrder.js';

/** Dense ranks of a vector, the number of distinct values, and the ascending order they came from. */
export interface DenseRanks {
  ranks: Int32Array;
  distinct: number;
  order: Uint32Array;
}

/**
 * Dense ranks of `values` (0-based; equal values share a rank; -0 equals 0). Uses core's linear-time
 * radix `argsort`. The values must hold no NaN (callers check first).
 */
export function denseRanks(values: ArrayLike<number>): DenseRanks {
  const order = argsort(values);
  const n = order.length;
  const ranks = new Int32Array(n);
  let rank = -1;
  let previous = NaN;
  for (let k = 0; k < n; k++) {
    const v = values[order[k]];
    if (k === 0 || v !== previous) rank++;
    ranks[order[k]] = rank;
    previous = v;
  }
  return { ranks, distinct: rank + 1, order };
}
