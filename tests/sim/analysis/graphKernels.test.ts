// Tests of the graph kernels on small and random graphs: triangles by brute force, edge cases of clustering, assortativity, rich club, PageRank, modularity.
import { describe, expect, it } from 'vitest';
import { degreeAssortativity, numericAssortativity } from '../../../sim/analysis/assortativity.js';
import { clustering } from '../../../sim/analysis/clustering.js';
import { density } from '../../../sim/analysis/density.js';
import { modularity } from '../../../sim/analysis/modularity.js';
import { pagerank } from '../../../sim/analysis/pagerank.js';
import { reciprocity } from '../../../sim/analysis/reciprocity.js';
import { richClub } from '../../../sim/analysis/richClub.js';
import { listLengths, sortedAdjacency } from '../../../sim/analysis/sortedAdjacency.js';
import { trianglesPerNode } from '../../../sim/analysis/triangles.js';
import { Rng } from '../../../sim/core/rng.js';

const undirected = (n: number, edges: [number, number][]) =>
  sortedAdjacency(n, edges.map((e) => e[0]), edges.map((e) => e[1]), 'both');

describe('trianglesPerNode', () => {
  it('equals counting every triple on a random graph with hubs', () => {
    const rng = Rng.fromSeed(3);
    const n = 120;
    const edges: [number, number][] = [];
    for (let i = 0; i < 1500; i++) edges.push([rng.chance(0.3) ? rng.int(5) : rng.int(n), rng.int(n)]);
    const graph = undirected(n, edges);
    const linked = (u: number, v: number) => graph.targets.subarray(graph.offsets[u], graph.offsets[u + 1]).includes(v);
    const expected = new Float64Array(n);
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        if (!linked(a, b)) continue;
        for (let c = b + 1; c < n; c++) {
          if (linked(a, c) && linked(b, c)) {
            expected[a]++;
            expected[b]++;
            expected[c]++;
          }
        }
      }
    }
    expect(trianglesPerNode(graph)).toEqual(expected);
  });
});

describe('clustering', () => {
  it('is 1 on a triangle, 0 on a star and 0 on an empty graph', () => {
    expect(clustering(undirected(3, [[0, 1], [1, 2], [2, 0]]))).toEqual({ averageClustering: 1, transitivity: 1 });
    expect(clustering(undirected(4, [[0, 1], [0, 2], [0, 3]]))).toEqual({ averageClustering: 0, transitivity: 0 });
    expect(clustering(undirected(0, []))).toEqual({ averageClustering: 0, transitivity: 0 });
  });

  it('counts nodes of degree below 2 as 0 in the average (a triangle with a pendant node)', () => {
    const c = clustering(undirected(4, [[0, 1], [1, 2], [2, 0], [2, 3]]));
    expect(c.averageClustering).toBeCloseTo((1 + 1 + 1 / 3 + 0) / 4, 15);
    expect(c.transitivity).toBeCloseTo(3 / 5, 15);
  });
});

describe('assortativity', () => {
  it('is −1 on a star, NaN on a regular graph and without edges', () => {
    expect(degreeAssortativity(undirected(5, [[0, 1], [0, 2], [0, 3], [0, 4], [1, 2]]))).toBeLessThan(0);
    expect(degreeAssortativity(undirected(4, [[0, 1], [0, 2], [0, 3]]))).toBeCloseTo(-1, 15);
    expect(degreeAssortativity(undirected(3, [[0, 1], [1, 2], [2, 0]]))).toBeNaN();
    expect(degreeAssortativity(undirected(3, []))).toBeNaN();
  });

  it('numericAssortativity is 1 when every edge joins equal values, −1 when they alternate', () => {
    const square = undirected(4, [[0, 1], [1, 2], [2, 3], [3, 0]]);
    expect(numericAssortativity(square, [1, -1, 1, -1])).toBeCloseTo(-1, 15);
    expect(numericAssortativity(undirected(4, [[0, 1], [2, 3]]), [5, 5, 9, 9])).toBeCloseTo(1, 15);
  });
});

describe('richClub', () => {
  it('gives the density among nodes of degree above k while more than one is left', () => {
    // A triangle 0-1-2 with pendants 3 (on 0) and 4 (on 1): degrees 3, 3, 2, 1, 1.
    const points = richClub(undirected(5, [[0, 1], [1, 2], [2, 0], [0, 3], [1, 4]]));
    expect(points).toEqual([
      { degree: 0, coefficient: (2 * 5) / (5 * 4) },
      { degree: 1, coefficient: 1 },
      { degree: 2, coefficient: 1 },
    ]);
    expect(richClub(undirected(3, []))).toEqual([]);
  });
});

describe('density and reciprocity', () => {
  it('density counts directed edges against n(n − 1) and undirected against n(n − 1)/2', () => {
    expect(density(4, 6, true)).toBe(0.5);
    expect(density(4, 6, false)).toBe(1);
    expect(density(1, 0, false)).toBe(0);
  });

  it('reciprocity is the share of edges whose reverse exists', () => {
    const src = [0, 1, 1, 2];
    const dst = [1, 0, 2, 0];
    expect(reciprocity(sortedAdjacency(3, src, dst, 'out'), sortedAdjacency(3, src, dst, 'in'))).toBe(0.5);
  });
});

describe('pagerank', () => {
  it('sends a dangling node\'s rank to everyone and sums to 1', () => {
    // 0 → 1 → 2, 2 dangling: nx.pagerank(nx.DiGraph([(0, 1), (1, 2)])) gives these values.
    const src = [0, 1];
    const dst = [1, 2];
    const result = pagerank(sortedAdjacency(3, src, dst, 'in'), listLengths(sortedAdjacency(3, src, dst, 'out')));
    expect(result.converged).toBe(true);
    const expected = [0.1844167633067642, 0.3411716203526378, 0.47441161634059764];
    result.rank.forEach((r, k) => expect(Math.abs(r - expected[k])).toBeLessThan(1e-6));
    expect(result.rank.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });

  it('stops after maxIterations without converging, and handles an empty graph', () => {
    const cycle = sortedAdjacency(3, [0, 1, 2], [1, 2, 0], 'in');
    expect(pagerank(cycle, [1, 1, 1], { maxIterations: 1, tolerance: 0 })).toMatchObject({ iterations: 1, converged: false });
    expect(pagerank(sortedAdjacency(0, [], [], 'in'), [])).toEqual({ rank: new Float64Array(0), iterations: 0, converged: true });
  });
});

describe('modularity', () => {
  it('is 0 for one community and for a graph without edges', () => {
    const path = undirected(3, [[0, 1], [1, 2]]);
    expect(modularity(path, [0, 0, 0])).toBeCloseTo(0, 15);
    expect(modularity(undirected(2, []), [0, 1])).toBe(0);
  });
});
