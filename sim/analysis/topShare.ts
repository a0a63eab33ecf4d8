// Top share: the part of a total held by the top fraction of holders (e.g. the top 1 % of true influence).
import { topCount, topIndices } from './topIndices.js';

/**
 * The share of the sum of `values` (over ids whose `include` entry is non-zero; default all) held by the
 * ⌈fraction · count⌉ largest of them. NaN when nothing is included or the sum is 0. Meant for
 * non-negative quantities such as conversions or followers.
 */
export function topShare(values: ArrayLike<number>, fraction: number, include?: ArrayLike<number>): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (!include || include[i]) {
      total += values[i];
      count++;
    }
  }
  if (count === 0 || total === 0) return NaN;
  const top = topIndices(values, topCount(fraction, count), include);
  let held = 0;
  for (let j = 0; j < top.length; j++) held += values[top[j]];
  return held / total;
}
