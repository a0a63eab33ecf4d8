// Average local clustering and transitivity of an undirected simple graph, as networkx computes them.
import type { Adjacency } from './sortedAdjacency.js';
import { trianglesPerNode } from './triangles.js';

/** Both clustering measures of an undirected simple graph. */
export interface Clustering {
  /** Mean over all nodes of 2·T(v) / (d(v)·(d(v) − 1)), nodes of degree < 2 counting 0 (networkx `average_clustering`); 0 for an empty graph. */
  averageClustering: number;
  /** 3 · triangles / connected triples = Σ 2·T(v) / Σ d(v)·(d(v) − 1) (networkx `transitivity`); 0 without triangles. */
  transitivity: number;
}

/**
 * Average clustering and transitivity of the undirected simple graph `graph` (symmetric lists), from
 * `trianglesPerNode`, or from `triangles` when the caller already has them.
 */
export function clustering(graph: Adjacency, triangles: Float64Array = trianglesPerNode(graph)): Clustering {
  const { nodeCount: n, offsets } = graph;
  let localSum = 0;
  let closed = 0;
  let triples = 0;
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1] - offsets[v];
    if (d < 2) continue;
    const pairs = d * (d - 1);
    localSum += (2 * triangles[v]) / pairs;
    closed += 2 * triangles[v];
    triples += pairs;
  }
  return {
    averageClustering: n === 0 ? 0 : localSum / n,
    transitivity: closed === 0 ? 0 : closed / triples,
  };
}
