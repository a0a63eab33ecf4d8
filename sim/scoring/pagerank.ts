// The pagerank score: PageRank of the follow graph (a follow u → v passes rank to v), graded on the shared curve.
import { z } from 'zod';
import type { FollowGraph } from '../network/followGraph.js';
import { curveMap } from './curve.js';
import type { ScoringAlgorithm } from './types.js';

/** Constants of pagerank (defaults: d 0.85, tolerance 1e-6, at most 200 sweeps). */
export const pageRankParams = z.strictObject({
  damping: z.number().min(0).max(0.99).default(0.85).describe('Damping d: the probability of following a link rather than jumping to a random account.'),
  tolerance: z.number().positive().default(1e-6).describe('Iteration stops when a sweep moves less than this much rank in total (ranks sum to 1).'),
  maxIterations: z.int().min(1).default(200).describe('Most sweeps per day (each warm-starts from the day before).'),
});

/** Parsed constants of pagerank. */
export type PageRankParams = z.output<typeof pageRankParams>;

/** What pagerank keeps from one day to the next: yesterday's ranks, the warm start. */
export interface PageRankState {
  rank: Float64Array;
}

/**
 * PageRank of every node of the follow graph, summing to 1: rank_v = (1 − d)/N + d·dangling/N +
 * d·Σ_{u → v} rank_u / out(u), where dangling is the rank of the nodes that follow nobody (spread
 * uniformly, as networkx does). Power iteration (Jacobi sweeps, pulled over in-lists) from `start` —
 * yesterday's ranks, padded with 1/N for new nodes and renormalised — or from uniform ranks, until the
 * L1 change of a sweep is below `tolerance` or after `maxIterations` sweeps.
 */
export function pageRank(graph: FollowGraph, params: PageRankParams, start?: Float64Array): Float64Array {
  const n = graph.nodeCount;
  let rank = new Float64Array(n).fill(1 / n);
  if (start) rank.set(start.subarray(0, Math.min(n, start.length)));
  let sum = 0;
  for (let v = 0; v < n; v++) sum += rank[v];
  if (sum > 0) for (let v = 0; v < n; v++) rank[v] /= sum;
  else rank.fill(1 / n);
  let next = new Float64Array(n);
  const contribution = new Float64Array(n);
  const { inPool, inStart, inLen, outLen } = graph;
  const d = params.damping;
  for (let sweep = 0; sweep < params.maxIterations; sweep++) {
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      if (outLen[u] > 0) contribution[u] = rank[u] / outLen[u];
      else {
        contribution[u] = 0;
        dangling += rank[u];
      }
    }
    const base = (1 - d + d * dangling) / n;
    let change = 0;
    for (let v = 0; v < n; v++) {
      let pulled = 0;
      for (let k = inStart[v], end = k + inLen[v]; k < end; k++) pulled += contribution[inPool[k]];
      const value = base + d * pulled;
      change += Math.abs(value - rank[v]);
      next[v] = value;
    }
    [rank, next] = [next, rank];
    if (change < params.tolerance) break;
  }
  return rank;
}

/**
 * `pagerank`: PageRank of the follow graph (d = 0.85), warm-started from yesterday's ranks, through the
 * shared 1–100 curve — reach through who follows you and who follows them, blind to any engagement.
 */
export const pageRankScore: ScoringAlgorithm<PageRankParams, PageRankState> = {
  name: 'pagerank',
  description: 'PageRank of the follow graph (d = 0.85), graded on the shared 1–100 curve',
  params: pageRankParams,
  windowDays: () => 0,
  createState: () => ({ rank: new Float64Array(0) }),
  compute(context, params, state, out) {
    const rank = pageRank(context.graph, params, state.rank.length > 0 ? state.rank : undefined);
    state.rank = rank;
    curveMap(rank, context.active, context.agentCount, out);
  },
};
