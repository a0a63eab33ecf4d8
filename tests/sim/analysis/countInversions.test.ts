// Tests of countInversions: agreement with counting every pair, ties not counted, and the sort it leaves behind.
import { describe, expect, it } from 'vitest';
import { countInversions } from '../../../sim/analysis/countInversions.js';
import { Rng } from '../../../sim/core/rng.js';

describe('countInversions', () => {
  it('equals the number of pairs i < j with a[i] > a[j] and leaves the values sorted, for every length up to 70', () => {
    const rng = Rng.fromSeed(2);
    for (let n = 0; n <= 70; n++) {
      const values = Int32Array.from({ length: n }, () => rng.int(8));
      let expected = 0;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (values[i] > values[j]) expected++;
      const sorted = values.slice().sort();
      expect(countInversions(values), `n = ${n}`).toBe(expected);
      expect(values).toEqual(sorted);
    }
  });

  it('counts n(n − 1)/2 for a strictly decreasing sequence and 0 for equal values', () => {
    expect(countInversions(Int32Array.from({ length: 1000 }, (_, i) => -i))).toBe(499_500);
    expect(countInversions(new Int32Array(1000).fill(3))).toBe(0);
  });
});
