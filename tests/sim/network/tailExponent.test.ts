// Tests of powerLawTailExponent: it recovers the exponent and the start of the tail of known discrete power laws.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { powerLawTailExponent } from '../../../sim/network/tailExponent.js';

/** Exact discrete power-law sampler, P(x) ∝ x^-alpha for x ≥ xmin, by inversion of a tabulated tail function. */
function discretePowerLaw(alpha: number, xmin: number, rng: Rng): () => number {
  const top = 100_000;
  // atLeast[x - xmin] = Σ_{k ≥ x} k^-alpha, with an Euler–Maclaurin remainder beyond `top`.
  const atLeast = new Float64Array(top - xmin + 1);
  let sum = Math.pow(top, 1 - alpha) / (alpha - 1) + Math.pow(top, -alpha) / 2;
  for (let x = top; x >= xmin; x--) {
    if (x < top) sum += Math.pow(x, -alpha);
    atLeast[x - xmin] = sum;
  }
  const total = atLeast[0];
  return () => {
    const u = (1 - rng.next()) * total;
    if (u < atLeast[atLeast.length - 1]) return Math.floor(top * Math.pow(u / atLeast[atLeast.length - 1], 1 / (1 - alpha)));
    let lo = 0; // largest index with atLeast[index] ≥ u
    let hi = atLeast.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (atLeast[mid] >= u) lo = mid;
      else hi = mid - 1;
    }
    return lo + xmin;
  };
}

describe('powerLawTailExponent', () => {
  for (const [alpha, xmin] of [[2.0, 1], [2.3, 1], [2.6, 1], [2.3, 10], [3.0, 10]]) {
    it(`recovers alpha ${alpha} within 0.1 from 20,000 draws of a discrete power law from ${xmin}`, () => {
      const draw = discretePowerLaw(alpha, xmin, Rng.fromSeed(`alpha-${alpha}-${xmin}`));
      const fit = powerLawTailExponent(Array.from({ length: 20_000 }, draw));
      expect(Math.abs(fit.alpha - alpha)).toBeLessThan(0.1);
      expect(fit.tailSize).toBeGreaterThanOrEqual(50);
    });
  }

  it('finds the start of a power-law tail above a body that is not one', () => {
    const rng = Rng.fromSeed(5);
    const tail = discretePowerLaw(2.3, 20, rng);
    const values = Array.from({ length: 20_000 }, () => (rng.chance(0.7) ? 1 + rng.int(19) : tail()));
    const fit = powerLawTailExponent(values);
    expect(Math.abs(fit.alpha - 2.3)).toBeLessThan(0.1);
    expect(fit.xmin).toBeGreaterThanOrEqual(15);
    expect(fit.xmin).toBeLessThanOrEqual(30);
  });

  it('uses a given xmin, ignores values below 1, and returns NaN when the tail is too small', () => {
    const draw = discretePowerLaw(2.5, 10, Rng.fromSeed(6));
    const values = [0, -3, ...Array.from({ length: 5000 }, draw)];
    const fit = powerLawTailExponent(values, { xmin: 10 });
    expect(fit.xmin).toBe(10);
    expect(fit.tailSize).toBe(5000);
    expect(Math.abs(fit.alpha - 2.5)).toBeLessThan(0.1);
    expect(powerLawTailExponent([1, 2, 3]).alpha).toBeNaN();
    expect(powerLawTailExponent([5, 6, 7], { minTailSize: 2 }).tailSize).toBeGreaterThanOrEqual(2);
  });
});
