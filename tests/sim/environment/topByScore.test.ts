// Tests of topByScore: the k highest scores, ties by the lower id, the same as a full sort.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { topByScore } from '../../../sim/environment/topByScore.js';

/** The reference: sort every candidate by score descending then id, keep k, return in id order. */
function bySort(candidates: Int32Array, score: Float32Array, k: number): number[] {
  return [...candidates].sort((a, b) => score[b] - score[a] || a - b).slice(0, k).sort((a, b) => a - b);
}

describe('topByScore', () => {
  it('keeps the k highest scores, ties broken by the lower id, in id order', () => {
    const score = Float32Array.from([5, 9, 7, 9, 1, 9]);
    expect([...topByScore(Int32Array.from([0, 1, 2, 3, 4, 5]), score, 2)]).toEqual([1, 3]);
    expect([...topByScore(Int32Array.from([5, 4, 3, 2]), score, 3)]).toEqual([2, 3, 5]);
    expect([...topByScore(Int32Array.from([4, 0]), score, 5)]).toEqual([0, 4]);
    expect([...topByScore(Int32Array.from([4, 0]), score, 0)]).toEqual([]);
  });

  it('agrees with a full sort on random scores with many ties', () => {
    const rng = Rng.fromSeed(3);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + rng.int(500);
      const score = Float32Array.from({ length: n }, () => rng.int(20));
      const candidates = rng.shuffle(Int32Array.from({ length: n }, (_, i) => i)).subarray(0, 1 + rng.int(n));
      const k = rng.int(60);
      expect([...topByScore(candidates, score, k)]).toEqual(bySort(candidates, score, k));
    }
  });
});
