// Tests of the validity measures: topIndices, precisionAtK, hiddenGems and topShare, ties broken on id.
import { describe, expect, it } from 'vitest';
import { hiddenGems } from '../../../sim/analysis/hiddenGems.js';
import { precisionAtK } from '../../../sim/analysis/precisionAtK.js';
import { topCount, topIndices } from '../../../sim/analysis/topIndices.js';
import { topShare } from '../../../sim/analysis/topShare.js';

describe('topIndices', () => {
  it('lists the k largest, largest first, ties to the lower id, NaN last, within the included ids', () => {
    const values = [5, 9, 5, NaN, 9, 1, 7];
    expect([...topIndices(values, 4)]).toEqual([1, 4, 6, 0]);
    expect([...topIndices(values, 10)]).toEqual([1, 4, 6, 0, 2, 5, 3]);
    expect([...topIndices(values, 3, [1, 0, 1, 1, 0, 1, 0])]).toEqual([0, 2, 5]);
    expect([...topIndices(values, 0)]).toEqual([]);
  });

  it('topCount rounds the fraction up, without rounding error, at least one', () => {
    expect(topCount(0.1, 30)).toBe(3);
    expect(topCount(0.1, 31)).toBe(4);
    expect(topCount(0.1, 5)).toBe(1);
    expect(topCount(0.1, 0)).toBe(0);
  });
});

describe('precisionAtK', () => {
  it('is the share of the top k by score that is in the top k by truth', () => {
    const score = [10, 9, 8, 7, 6, 5];
    const truth = [1, 9, 8, 0, 7, 6];
    expect(precisionAtK(score, truth, 3)).toBeCloseTo(2 / 3, 15);
    expect(precisionAtK(score, score, 4)).toBe(1);
  });

  it('breaks ties in both rankings to the lower id', () => {
    expect(precisionAtK([1, 1, 1, 1], [0, 0, 5, 5], 2)).toBe(0);
    expect(precisionAtK([1, 1, 1, 1], [5, 5, 0, 0], 2)).toBe(1);
  });

  it('caps k at the included ids and gives NaN when none are', () => {
    expect(precisionAtK([3, 2, 1], [1, 2, 3], 10, [1, 0, 1])).toBe(1);
    expect(precisionAtK([3, 2, 1], [1, 2, 3], 2, [0, 0, 0])).toBeNaN();
    expect(() => precisionAtK([1, 2], [1], 1)).toThrow(RangeError);
  });
});

describe('hiddenGems', () => {
  it('returns the ids in the true top 10 % whose score is below the median, ascending', () => {
    // 20 active agents: the true top 10 % are ids 18 and 19 (truth = id); scores put 19 low and 18 high.
    const n = 22;
    const truth = Float64Array.from({ length: n }, (_, i) => i);
    const score = Float64Array.from({ length: n }, (_, i) => (i === 19 ? 1 : i === 18 ? 99 : 50 + (i % 3)));
    const active = Uint8Array.from({ length: n }, (_, i) => (i < 20 ? 1 : 0));
    expect([...hiddenGems(score, truth, active)]).toEqual([19]);
    expect([...hiddenGems(score, truth, active, { topFraction: 0.25 })]).toEqual([15, 19]);
  });

  it('uses a strict comparison with the median (the mean of the middle two) and ignores inactive agents', () => {
    const score = [1, 2, 3, 4];
    const truth = [4, 3, 2, 1];
    expect([...hiddenGems(score, truth, [1, 1, 1, 1], { topFraction: 0.5 })]).toEqual([0, 1]);
    expect([...hiddenGems([2.5, 2.5, 1, 4], truth, [1, 1, 1, 1], { topFraction: 0.5 })]).toEqual([]);
    expect([...hiddenGems(score, truth, [0, 0, 0, 0])]).toEqual([]);
  });
});

describe('topShare', () => {
  it('is the part of the total held by the top fraction', () => {
    expect(topShare([50, 10, 10, 10, 10, 10], 0.1)).toBeCloseTo(0.5, 15);
    expect(topShare([1, 1, 1, 1], 0.5)).toBe(0.5);
    expect(topShare([0, 0], 0.5)).toBeNaN();
    expect(topShare([100, 1, 3], 0.5, [0, 1, 1])).toBeCloseTo(0.75, 15);
  });
});
