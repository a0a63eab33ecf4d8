// A weighted undirected graph in compressed rows with self-loop weights: one level of the Louvain method.
import type { Adjacency } from './sortedAdjacency.js';

/**
 * An undirected weighted graph: the neighbours of u are `targets[offsets[u] .. offsets[u + 1])` with
 * weights `weights[…]` (null means every weight is 1), each edge listed from both ends; `loops[u]` is the
 * weight inside u counted from both ends (2 × its self-loop weight). `strength[u]` = loops[u] + Σ weights.
 */
export interface WeightedGraph {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array | null;
  loops: Float64Array;
}

/** An unweighted simple graph as a WeightedGraph (weights 1, no loops), sharing its arrays. */
export function weightedFromAdjacency(graph: Adjacency): WeightedGraph {
  return { ...graph, weights: null, loops: new Float64Array(graph.nodeCount) };
}

/** Strength (weighted degree, loops included) of every node. */
export function strengths(graph: WeightedGraph): Float64Array {
  const { nodeCount: n, offsets, weights, loops } = graph;
  const strength = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = loops[u];
    if (weights === null) s += offsets[u + 1] - offsets[u];
    else for (let j = offsets[u], to = offsets[u + 1]; j < to; j++) s += weights[j];
    strength[u] = s;
  }
  return strength;
}

/**
 * The graph of communities: node C of the result is community C of `graph` (`community[u]` in
 * 0 .. count − 1), joined to D by the total weight between them, with the weight inside C as its loop.
 * Members are bucketed by community (counting sort) and each community's neighbours summed in a scratch
 * array, so it is one pass over the edges.
 */
export function aggregateCommunities(graph: WeightedGraph, community: Int32Array, count: number): WeightedGraph {
  const { nodeCount: n, offsets, targets, weights, loops } = graph;
  const memberStart = new Int32Array(count + 1);
  for (let u = 0; u < n; u++) memberStart[community[u] + 1]++;
  for (let c = 0; c < count; c++) memberStart[c + 1] += memberStart[c];
  const members = new Int32Array(n);
  const fill = memberStart.slice(0, count);
  for (let u = 0; u < n; u++) members[fill[community[u]]++] = u;

  const nextOffsets = new Int32Array(count + 1);
  const nextTargets = new Int32Array(offsets[n]);
  const nextWeights = new Float64Array(offsets[n]);
  const nextLoops = new Float64Array(count);
  const between = new Float64Array(count);
  const seenBy = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);
  let at = 0;
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    for (let k = memberStart[c]; k < memberStart[c + 1]; k++) {
      const u = members[k];
      nextLoops[c] += loops[u];
      for (let j = offsets[u], to = offsets[u + 1]; j < to; j++) {
        const d = community[targets[j]];
        const w = weights === null ? 1 : weights[j];
        if (d === c) nextLoops[c] += w;
        else {
          if (seenBy[d] !== c) {
            seenBy[d] = c;
            between[d] = 0;
            touched[touchedCount++] = d;
          }
          between[d] += w;
        }
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      nextTargets[at] = touched[t];
      nextWeights[at++] = between[touched[t]];
    }
    nextOffsets[c + 1] = at;
  }
  return {
    nodeCount: count,
    offsets: nextOffsets,
    targets: nextTargets.slice(0, at),
    weights: nextWeights.slice(0, at),
    loops: nextLoops,
  };
}
