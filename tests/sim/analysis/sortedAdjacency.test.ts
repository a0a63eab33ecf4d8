// Tests of sortedAdjacency: sorted lists without repeats or self-loops, for out, in and the undirected view.
import { describe, expect, it } from 'vitest';
import { listLengths, sortedAdjacency, type Adjacency } from '../../../sim/analysis/sortedAdjacency.js';
import { Rng } from '../../../sim/core/rng.js';

const lists = (a: Adjacency) => Array.from({ length: a.nodeCount }, (_, u) => [...a.targets.subarray(a.offsets[u], a.offsets[u + 1])]);

describe('sortedAdjacency', () => {
  const src = [2, 0, 0, 1, 2, 0, 3, 3];
  const dst = [0, 2, 1, 0, 0, 2, 3, 0];

  it('builds ascending out-lists and in-lists, dropping repeats and self-loops', () => {
    expect(lists(sortedAdjacency(4, src, dst, 'out'))).toEqual([[1, 2], [0], [0], [0]]);
    expect(lists(sortedAdjacency(4, src, dst, 'in'))).toEqual([[1, 2, 3], [0], [0], []]);
  });

  it('builds the undirected simple view: neighbours if either edge exists', () => {
    const both = sortedAdjacency(4, src, dst, 'both');
    expect(lists(both)).toEqual([[1, 2, 3], [0], [0], [0]]);
    expect([...listLengths(both)]).toEqual([3, 1, 1, 1]);
    expect(both.offsets[4]).toBe(both.targets.length);
  });

  it('agrees with sorting sets of neighbours on a random multigraph', () => {
    const rng = Rng.fromSeed(9);
    const n = 300;
    const s = Int32Array.from({ length: 5000 }, () => rng.int(n));
    const d = Int32Array.from({ length: 5000 }, () => rng.int(n));
    const expected = Array.from({ length: n }, () => new Set<number>());
    s.forEach((u, i) => {
      if (u !== d[i]) {
        expected[u].add(d[i]);
        expected[d[i]].add(u);
      }
    });
    expect(lists(sortedAdjacency(n, s, d, 'both'))).toEqual(expected.map((set) => [...set].sort((a, b) => a - b)));
  });

  it('throws a RangeError for an id outside the nodes or arrays of different lengths', () => {
    expect(() => sortedAdjacency(2, [0], [2], 'out')).toThrow(RangeError);
    expect(() => sortedAdjacency(2, [0, 1], [1], 'out')).toThrow(RangeError);
  });
});
