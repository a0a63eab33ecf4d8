// Tests of scoreRichClub: thresholds at score quantiles, the club's density, and normalisation by seeded shuffles.
import { describe, expect, it } from 'vitest';
import { scoreRichClub } from '../../../sim/analysis/scoreRichClub.js';
import { sortedAdjacency } from '../../../sim/analysis/sortedAdjacency.js';
import { Rng } from '../../../sim/core/rng.js';

/** A random graph of n nodes where high-scored nodes (score = id) link to each other `bias` times as often. */
function biasedGraph(n: number, edges: number, bias: number, rng: Rng) {
  const src: number[] = [];
  const dst: number[] = [];
  while (src.length < edges) {
    const u = rng.int(n);
    const v = rng.int(n);
    const keep = u >= n / 2 && v >= n / 2 ? 1 : 1 / bias;
    if (rng.chance(keep)) {
      src.push(u);
      dst.push(v);
    }
  }
  return sortedAdjacency(n, src, dst, 'both');
}

describe('scoreRichClub', () => {
  it('uses each decile of the scores as a threshold, dropping repeats, with the density above it', () => {
    // A path 0-1-2-3 scored 1, 2, 2, 3: the quantiles 0.2, 0.5, 0.6 are 1.6, 2 and 2 again (dropped).
    const graph = sortedAdjacency(4, [0, 1, 2], [1, 2, 3], 'both');
    const points = scoreRichClub(graph, [1, 2, 2, 3], Rng.fromSeed(1), { quantiles: [0.2, 0.5, 0.6], shuffles: 0 });
    expect(points.map((p) => p.threshold)).toEqual([1.6, 2]);
    expect(points[0].coefficient).toBeCloseTo(2 / 3, 15);
    expect(points[1].coefficient).toBeNaN();
    expect(points[0].normalised).toBeNaN();
  });

  it('gives normalised values near 1 for scores unrelated to the links', () => {
    const rng = Rng.fromSeed(4);
    const graph = biasedGraph(2000, 10000, 1, rng);
    const scores = Float64Array.from({ length: 2000 }, (_, i) => i);
    for (const p of scoreRichClub(graph, scores, rng.fork('shuffles'), { quantiles: [0.2, 0.5, 0.8] })) {
      expect(p.normalised).toBeGreaterThan(0.8);
      expect(p.normalised).toBeLessThan(1.2);
    }
  });

  it('gives normalised values well above 1 when high scorers link to each other', () => {
    const rng = Rng.fromSeed(4);
    const graph = biasedGraph(2000, 10000, 5, rng);
    const scores = Float64Array.from({ length: 2000 }, (_, i) => i);
    const [, , top] = scoreRichClub(graph, scores, rng.fork('shuffles'), { quantiles: [0.2, 0.5, 0.8] });
    expect(top.normalised).toBeGreaterThan(2);
  });

  it('is deterministic for a seed and draws its shuffles only from the Rng passed in', () => {
    const graph = biasedGraph(500, 2000, 2, Rng.fromSeed(8));
    const scores = Float64Array.from({ length: 500 }, (_, i) => i % 37);
    const a = scoreRichClub(graph, scores, Rng.fromSeed(2), { shuffles: 5 });
    expect(scoreRichClub(graph, scores, Rng.fromSeed(2), { shuffles: 5 })).toEqual(a);
    expect(scoreRichClub(graph, scores, Rng.fromSeed(3), { shuffles: 5 })).not.toEqual(a);
  });
});
