// Tests of spearman, kendallTauB and pearson against reference values from plain Python and scipy, ties included.
// tests/fixtures/analysis/rank_correlations.json was made by make_rank_fixtures.py in that folder.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kendallTauB } from '../../../sim/analysis/kendallTauB.js';
import { pearson } from '../../../sim/analysis/pearson.js';
import { spearman } from '../../../sim/analysis/spearman.js';
import { Rng } from '../../../sim/core/rng.js';

interface RankCase {
  name: string;
  x: number[];
  y: number[];
  spearman: number;
  kendallTauB: number;
}

const CASES: RankCase[] = JSON.parse(readFileSync('tests/fixtures/analysis/rank_correlations.json', 'utf8'));

/** Kendall's tau-b by counting every pair, O(n²): the definition, for cross-checks. */
function tauBByPairs(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let c = 0;
  let d = 0;
  let xOnly = 0;
  let yOnly = 0;
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) xOnly++;
      else if (dy === 0) yOnly++;
      else if (dx === dy) c++;
      else d++;
    }
  }
  return (c - d) / Math.sqrt((c + d + xOnly) * (c + d + yOnly));
}

describe('spearman and kendallTauB', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('match scipy and plain Python within 1e-12: %s', (_, c) => {
    expect(c.x.length).toBe(c.y.length);
    expect(spearman(c.x, c.y)).toBeCloseTo(c.spearman, 12);
    expect(kendallTauB(c.x, c.y)).toBeCloseTo(c.kendallTauB, 12);
    expect(kendallTauB(Float64Array.from(c.x), Float64Array.from(c.y))).toBeCloseTo(c.kendallTauB, 12);
  });

  it('kendallTauB equals the pair-counting definition on random vectors with many ties', () => {
    const rng = Rng.fromSeed(5);
    for (let trial = 0; trial < 20; trial++) {
      const n = 2 + rng.int(300);
      const levels = 1 + rng.int(12);
      const x = Float64Array.from({ length: n }, () => rng.int(levels));
      const y = Float64Array.from({ length: n }, (_, i) => (rng.chance(0.5) ? x[i] : rng.int(levels + 3)));
      const expected = tauBByPairs(x, y);
      if (Number.isNaN(expected)) expect(kendallTauB(x, y)).toBeNaN();
      else expect(kendallTauB(x, y)).toBeCloseTo(expected, 12);
    }
  });

  it('give 1 and −1 for monotone relations, whatever the scale', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(spearman(x, x.map((v) => Math.exp(v)))).toBeCloseTo(1, 14);
    expect(kendallTauB(x, x.map((v) => -1000 * v))).toBeCloseTo(-1, 14);
  });

  it('return NaN for a constant vector, fewer than two values or a NaN, and throw on different lengths', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(kendallTauB([1, 2, 3], [7, 7, 7])).toBeNaN();
    expect(kendallTauB([1], [2])).toBeNaN();
    expect(spearman([1, NaN, 3], [1, 2, 3])).toBeNaN();
    expect(kendallTauB([1, 2, 3], [1, NaN, 3])).toBeNaN();
    expect(() => spearman([1, 2], [1, 2, 3])).toThrow(RangeError);
    expect(() => kendallTauB([1, 2], [1])).toThrow(RangeError);
  });

  it('kendallTauB counts n(n − 1)/2 − 2·swaps exactly on 200,000 values with a known number of discordant pairs', () => {
    const n = 200_000;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = x.slice();
    // Reversing each block of 4 makes 6 discordant pairs per block.
    for (let b = 0; b < n; b += 4) y.subarray(b, b + 4).reverse();
    const total = (n * (n - 1)) / 2;
    expect(kendallTauB(x, y)).toBeCloseTo((total - 2 * 6 * (n / 4)) / total, 12);
  });
});

describe('pearson', () => {
  it('is exact on a line, unaffected by a large offset, and NaN for a constant vector', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 15);
    expect(pearson([1e9 + 1, 1e9 + 2, 1e9 + 3], [3, 1, 2])).toBeCloseTo(-0.5, 12);
    expect(pearson([2, 2, 2], [1, 2, 3])).toBeNaN();
  });
});
