// Tests of largestRemainder: whole-number splits in proportion to weights, with ties by index.
import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../../../sim/scenario/population.js';

describe('largestRemainder', () => {
  it('gives exact quotas when they are whole numbers', () => {
    expect(largestRemainder(1000, [0.78, 0.15, 0.045, 0.02, 0.005, 0, 0])).toEqual([780, 150, 45, 20, 5, 0, 0]);
  });

  it('gives the leftover to the largest remainders, ties to the lower index', () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(7, [2, 1])).toEqual([5, 2]);
  });

  it('never gives agents to a zero weight and always sums to the total', () => {
    const parts = largestRemainder(999_983, [0.3, 0, 0.7, 1e-9, 0]);
    expect(parts[1]).toBe(0);
    expect(parts[4]).toBe(0);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(999_983);
  });

  it('does not depend on the scale of the weights', () => {
    expect(largestRemainder(11, [1e300, 1e300])).toEqual([6, 5]);
    expect(largestRemainder(11, [3e-300, 3e-300])).toEqual([6, 5]);
  });

  it('gives zeros for a total of zero or no positive weight', () => {
    expect(largestRemainder(0, [1, 2])).toEqual([0, 0]);
    expect(largestRemainder(5, [0, 0])).toEqual([0, 0]);
  });
});
