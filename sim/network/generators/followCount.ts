// How many accounts a newly arriving node follows: a heavy-ish tailed (log-normal) count with a given mean.
import type { Rng } from '../../core/rng.js';

/** Log-sd of the follow count; 1 gives a median about 0.6 of the mean and a few nodes following 20× the mean. */
export const FOLLOW_COUNT_SPREAD = 1;

/**
 * A sampler of follow counts m ≥ 1 with mean ≈ `mean`: m = 1 + ⌊X⌋, X log-normal with mean `mean` − 0.5 and
 * log-sd `spread` (default FOLLOW_COUNT_SPREAD). Callers cap m by the number of nodes present.
 */
export function followCountSampler(mean: number, spread = FOLLOW_COUNT_SPREAD): (rng: Rng) => number {
  const excess = mean - 0.5;
  if (!(excess > 0)) return () => 1;
  const mu = Math.log(excess) - (spread * spread) / 2;
  return (rng) => 1 + Math.floor(rng.logNormal(mu, spread));
}
