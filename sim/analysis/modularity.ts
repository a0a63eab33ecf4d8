// Modularity of a partition of an undirected simple graph (Newman–Girvan, resolution 1), as networkx computes it.
import type { Adjacency } from './sortedAdjacency.js';

/**
 * Q = Σ_c [ L_c / m − (D_c / 2m)² ] for the undirected simple graph `graph` (symmetric lists), where m is
 * the number of edges, L_c the edges inside community c and D_c the sum of its degrees — networkx's
 * `community.modularity(G, communities)` for an unweighted graph. `community[u]` is u's community, any
 * non-negative integers. 0 for a graph without edges.
 */
export function modularity(graph: Adjacency, community: ArrayLike<number>): number {
  const { nodeCount: n, offsets, targets } = graph;
  if (community.length < n) throw new RangeError(`the graph has ${n} nodes but ${community.length} communities were given`);
  const arcs = offsets[n];
  if (arcs === 0) return 0;
  let communities = 0;
  for (let u = 0; u < n; u++) communities = Math.max(communities, community[u] + 1);
  const inside = new Float64Array(communities);
  const degreeSum = new Float64Array(communities);
  for (let u = 0; u < n; u++) {
    const c = community[u];
    degreeSum[c] += offsets[u + 1] - offsets[u];
    for (let j = offsets[u], to = offsets[u + 1]; j < to; j++) if (community[targets[j]] === c) inside[c]++;
  }
  let q = 0;
  for (let c = 0; c < communities; c++) {
    const share = degreeSum[c] / arcs;
    q += inside[c] / arcs - share * share;
  }
  return q;
}
