// Spearman's rank correlation: Pearson's r on average ranks (ties share the mean of their ranks).
import { averageRanks } from '../core/rankOrder.js';
import { pearson } from './pearson.js';

/** True when any value is NaN. */
export function hasNaN(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) return true;
  return false;
}

/**
 * Spearman's rho of `x` and `y`: Pearson's r of their average ranks (scipy's `spearmanr`, ties
 * included). Ranks come from core's linear-time radix `argsort`, so two vectors of a million values
 * take a fraction of a second. NaN when either vector is constant, shorter than 2 or holds a NaN
 * (scipy's default `nan_policy="propagate"`). Throws a RangeError when the lengths differ.
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (y.length !== x.length) throw new RangeError(`x has ${x.length} values but y has ${y.length}`);
  if (hasNaN(x) || hasNaN(y)) return NaN;
  return pearson(averageRanks(x), averageRanks(y));
}
