// Tests of argsort and averageRanks: agreement with a comparator sort, stability, ties, signs and NaN.
import { describe, expect, it } from 'vitest';
import { argsort, averageRanks } from '../../../sim/core/rankOrder.js';
import { Rng } from '../../../sim/core/rng.js';

describe('argsort', () => {
  it('orders like a stable comparator sort, on random values with many ties and both signs', () => {
    const rng = Rng.fromSeed(4);
    const values = Float64Array.from({ length: 5000 }, () => Math.round(rng.normal(0, 3) * 4) / 4);
    const expected = Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
    expect([...argsort(values)]).toEqual(expected);
  });

  it('orders large vectors (16-bit digits) like a comparator sort too', () => {
    const rng = Rng.fromSeed(9);
    const values = Float64Array.from({ length: 70000 }, () => Math.round(rng.logNormal(0, 2) * 100) / 100);
    const expected = Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
    expect([...argsort(values)]).toEqual(expected);
  });

  it('handles -0, infinities, tiny and huge magnitudes, and puts NaN last', () => {
    const values = [3, -0, 0, -Infinity, 1e-300, -1e300, Infinity, NaN, -2.5];
    expect([...argsort(values)]).toEqual([3, 5, 8, 1, 2, 4, 0, 6, 7]);
  });
});

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks, like scipy.stats.rankdata', () => {
    expect([...averageRanks([10, 20, 10, 30, 20, 20])]).toEqual([1.5, 4, 1.5, 6, 4, 4]);
  });
});
