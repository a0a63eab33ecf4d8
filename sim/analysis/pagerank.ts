// PageRank by power iteration over typed arrays, with networkx's dangling-node rule and stopping test.
import type { Adjacency } from './sortedAdjacency.js';

/** Options of `pagerank`. Defaults: `PAGERANK_DEFAULTS`. */
export interface PageRankOptions {
  /** Damping factor d (default 0.85). */
  damping: number;
  /** Stop when Σ|x − x_previous| < nodeCount · tolerance (default 1e-6, networkx's `tol`). */
  tolerance: number;
  /** Most iterations (default 100, networkx's `max_iter`). */
  maxIterations: number;
}

/** Defaults of `pagerank`: d = 0.85, tolerance 1e-6, at most 100 iterations, as networkx. */
export const PAGERANK_DEFAULTS: Readonly<PageRankOptions> = Object.freeze({ damping: 0.85, tolerance: 1e-6, maxIterations: 100 });

/** PageRank of every node and how the iteration ended. */
export interface PageRankResult {
  /** Rank of each node; sums to 1. */
  rank: Float64Array;
  iterations: number;
  /** False when `maxIterations` ran out first (networkx raises then; the last iterate is returned). */
  converged: boolean;
}

/**
 * PageRank over the links `u → v` given as `incoming` (the sources of each node, e.g.
 * `sortedAdjacency(…, 'in')`, or the symmetric lists of an undirected graph) and `outDegree` (links out
 * of each node). Exactly networkx's `pagerank` iteration: start from 1/N, x ← d·(xA + Σ dangling x / N)
 * + (1 − d)/N, stop when the L1 change is below N · tolerance. Pull-style over the incoming lists with
 * each node's share x/outdegree precomputed, so one iteration is one sequential pass over the edges:
 * about 0.1 s per iteration at ten million edges.
 */
export function pagerank(incoming: Adjacency, outDegree: ArrayLike<number>, options: Partial<PageRankOptions> = {}): PageRankResult {
  const { damping, tolerance, maxIterations } = { ...PAGERANK_DEFAULTS, ...options };
  const { nodeCount: n, offsets, targets: sources } = incoming;
  if (n === 0) return { rank: new Float64Array(0), iterations: 0, converged: true };
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const inverseOut = new Float64Array(n);
  for (let u = 0; u < n; u++) inverseOut[u] = outDegree[u] > 0 ? 1 / outDegree[u] : 0;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      if (inverseOut[u] === 0) dangling += x[u];
      share[u] = x[u] * inverseOut[u];
    }
    const base = (damping * dangling + 1 - damping) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let pulled = 0;
      for (let j = offsets[v]; j < offsets[v + 1]; j++) pulled += share[sources[j]];
      const value = damping * pulled + base;
      change += Math.abs(value - x[v]);
      next[v] = value;
    }
    const t = x;
    x = next;
    next = t;
    if (change < n * tolerance) return { rank: x, iterations: iteration, converged: true };
  }
  return { rank: x, iterations: maxIterations, converged: false };
}
