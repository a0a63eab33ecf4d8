// Tests of the seeded bootstrap and the mean summary: reproducible resamples, sensible intervals, missing values skipped.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { bootstrapMeanInterval, drawResamples } from '../../../sim/sweep/bootstrap.js';
import { pairedDifferences, summariseMean } from '../../../sim/sweep/meanSummary.js';

const resamples = (size: number, count = 2000, seed = 1) => drawResamples(Rng.fromSeed(seed), count, size);

describe('drawResamples', () => {
  it('draws the same indices from the same seed, all within the seeds', () => {
    const a = resamples(10);
    expect(a.indices).toEqual(resamples(10).indices);
    expect(a.indices).not.toEqual(resamples(10, 2000, 2).indices);
    expect(a.indices.length).toBe(20_000);
    expect(Math.min(...a.indices)).toBe(0);
    expect(Math.max(...a.indices)).toBe(9);
  });
});

describe('bootstrapMeanInterval', () => {
  it('brackets the mean, inside the range of the values', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const [low, high] = bootstrapMeanInterval(values, resamples(10));
    expect(low).toBeLessThan(5.5);
    expect(high).toBeGreaterThan(5.5);
    expect(low).toBeGreaterThan(1);
    expect(high).toBeLessThan(10);
    // The normal approximation: 5.5 ± 1.96 × sd / √n = 5.5 ± 1.78 (the bootstrap's is a little narrower).
    expect(high - low).toBeGreaterThan(2.8);
    expect(high - low).toBeLessThan(3.8);
  });

  it('is a single point for constant values and undefined for fewer than two', () => {
    expect(bootstrapMeanInterval([4, 4, 4], resamples(3))).toEqual([4, 4]);
    expect(bootstrapMeanInterval([4, NaN, NaN], resamples(3))).toEqual([NaN, NaN]);
  });

  it('skips missing values inside each resample', () => {
    const [low, high] = bootstrapMeanInterval([2, NaN, 4, NaN], resamples(4));
    expect(low).toBeGreaterThanOrEqual(2);
    expect(high).toBeLessThanOrEqual(4);
  });
});

describe('summariseMean', () => {
  it('gives n, the mean and the sample standard deviation of the present values', () => {
    const summary = summariseMean([2, 4, NaN, 6], resamples(4));
    expect(summary.n).toBe(3);
    expect(summary.mean).toBe(4);
    expect(summary.sd).toBe(2);
    expect(summary.ciLow).toBeLessThan(4);
    expect(summary.ciHigh).toBeGreaterThan(4);
  });

  it('leaves the sd and interval undefined for one value, and everything but n for none', () => {
    expect(summariseMean([NaN, 3], resamples(2))).toEqual({ n: 1, mean: 3, sd: NaN, ciLow: NaN, ciHigh: NaN });
    expect(summariseMean([NaN, NaN], resamples(2))).toEqual({ n: 0, mean: NaN, sd: NaN, ciLow: NaN, ciHigh: NaN });
  });
});

describe('pairedDifferences', () => {
  it('subtracts seed by seed, missing where either side is', () => {
    expect([...pairedDifferences([3, 5, NaN], [1, NaN, 2])]).toEqual([2, NaN, NaN]);
  });
});
