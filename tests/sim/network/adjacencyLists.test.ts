// Tests of AdjacencyLists, the slack pool behind each side of FollowGraph: order, growth and repacking.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { AdjacencyLists } from '../../../sim/network/adjacencyLists.js';

describe('AdjacencyLists', () => {
  it('push and removeAt keep each list in insertion order across moves and pool growth', () => {
    const lists = AdjacencyLists.empty(3);
    const model: number[][] = [[], [], []];
    for (let i = 0; i < 300; i++) {
      const u = i % 3;
      lists.push(u, i);
      model[u].push(i);
    }
    lists.removeAt(1, 5);
    model[1].splice(5, 1);
    for (let u = 0; u < 3; u++) expect(Array.from(lists.copyOf(u))).toEqual(model[u]);
    expect(lists.indexOf(2, 5)).toBe(1);
    expect(lists.indexOf(2, 6)).toBe(-1);
  });

  it('repacks instead of growing when half of the pool is garbage, so churn does not leak memory', () => {
    const rng = Rng.fromSeed(4);
    const n = 200;
    const lists = AdjacencyLists.empty(n);
    const model: number[][] = Array.from({ length: n }, () => []);
    for (let step = 0; step < 100_000; step++) {
      const u = rng.int(n);
      if (model[u].length < 40 && rng.chance(0.5)) {
        lists.push(u, step);
        model[u].push(step);
      } else if (model[u].length > 0) {
        const i = rng.int(model[u].length);
        lists.removeAt(u, i);
        model[u].splice(i, 1);
      }
    }
    for (let u = 0; u < n; u++) expect(Array.from(lists.copyOf(u))).toEqual(model[u]);
    expect(lists.pool.length).toBeLessThan(n * 40 * 4);
  });

  it('toCsr and fromCsr round-trip, and compact leaves a tight pool', () => {
    const lists = AdjacencyLists.empty(4);
    [[0, 7], [2, 8], [0, 9], [3, 1]].forEach(([u, x]) => lists.push(u, x));
    const csr = lists.toCsr();
    expect(Array.from(csr.offsets)).toEqual([0, 2, 2, 3, 4]);
    expect(Array.from(csr.values)).toEqual([7, 9, 8, 1]);
    const copy = AdjacencyLists.fromCsr(4, csr);
    expect(Array.from(copy.copyOf(0))).toEqual([7, 9]);
    lists.compact();
    expect(lists.pool.length).toBe(4);
    expect(Array.from(lists.copyOf(3))).toEqual([1]);
  });
});
