// The summary of one statistic over seeds: how many values, their mean, standard deviation and bootstrap interval.
import { bootstrapMeanInterval, type BootstrapResamples } from './bootstrap.js';

/** n, mean, sample standard deviation and the bootstrap 95 % interval of the mean; NaN where undefined. */
export interface MeanSummary {
  n: number;
  mean: number;
  sd: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * Summarises `values` (one per seed, NaN where missing): n counts the present values; the mean is NaN
 * when n = 0; the standard deviation (n − 1 in the denominator) and the interval are NaN when n < 2.
 */
export function summariseMean(values: ArrayLike<number>, resamples: BootstrapResamples): MeanSummary {
  // Sums of deviations from the first present value: exact for constant values (sd 0, not 3e-17).
  let n = 0;
  let origin = NaN;
  let sum = 0;
  let squares = 0;
  for (let s = 0; s < values.length; s++) {
    if (Number.isNaN(values[s])) continue;
    if (n === 0) origin = values[s];
    const deviation = values[s] - origin;
    n++;
    sum += deviation;
    squares += deviation * deviation;
  }
  const mean = n > 0 ? origin + sum / n : NaN;
  const sd = n > 1 ? Math.sqrt(Math.max(0, squares - (sum * sum) / n) / (n - 1)) : NaN;
  const [ciLow, ciHigh] = bootstrapMeanInterval(values, resamples);
  return { n, mean, sd, ciLow, ciHigh };
}

/** The paired differences `values[s] − reference[s]`; NaN where either is missing. */
export function pairedDifferences(values: ArrayLike<number>, reference: ArrayLike<number>): Float64Array {
  const differences = new Float64Array(values.length);
  for (let s = 0; s < values.length; s++) differences[s] = values[s] - reference[s];
  return differences;
}
