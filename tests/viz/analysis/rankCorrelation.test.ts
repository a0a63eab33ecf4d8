// Tests of spearmanOver: Spearman's ρ over a subset of agents, non-finite pairs left out.
import { describe, expect, it } from 'vitest';
import { spearmanOver } from '../../../viz/analysis/rankCorrelation.js';

describe('spearmanOver', () => {
  it('is 1 for any increasing relation and −1 for a decreasing one', () => {
    expect(spearmanOver([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearmanOver(Float32Array.of(1, 2, 3), Float64Array.of(9, 4, 1))).toBeCloseTo(-1, 12);
  });
  it('matches scipy.stats.spearmanr with ties (0.8088235294117647)', () => {
    expect(spearmanOver([1, 2, 2, 3, 4, 5], [2, 1, 4, 4, 6, 5])).toBeCloseTo(0.8088235294117647, 12);
  });
  it('uses only the listed ids and leaves out non-finite pairs', () => {
    expect(spearmanOver([5, 1, 2, 3], [0, 1, 2, 3], [1, 2, 3])).toBeCloseTo(1, 12);
    expect(spearmanOver([1, 2, NaN, 3], [1, 2, 5, 3])).toBeCloseTo(1, 12);
  });
  it('is NaN for a constant side or fewer than two pairs', () => {
    expect(spearmanOver([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearmanOver([1], [2])).toBeNaN();
  });
});
