// The follow graph's cliques for the explorer, from sim/analysis: Louvain communities, modularity, score assortativity.
import { numericAssortativity } from '../../sim/analysis/assortativity.js';
import { louvainCommunities } from '../../sim/analysis/louvain.js';
import { sortedAdjacency } from '../../sim/analysis/sortedAdjacency.js';
import { Rng } from '../../sim/core/rng.js';
import type { SimState } from '../../sim/engine/state.js';

/** Communities of the undirected follow graph and how scores mix across it. */
export interface GraphAnalysis {
  /** Community of each agent, numbered by lowest agent id (undefined when Louvain could not run). */
  community?: Int32Array;
  communities: number;
  modularity: number;
  /** networkx's numeric assortativity of the displayed score on the undirected follow graph. */
  assortativity: number;
}

/** Every follow edge as parallel source and target arrays. */
function followEdges(state: SimState): { src: Int32Array; dst: Int32Array; n: number } {
  const { graph } = state;
  const n = state.agents.count;
  let m = 0;
  for (let u = 0; u < n; u++) m += graph.outLen[u];
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  let e = 0;
  for (let u = 0; u < n; u++) {
    for (let i = graph.outStart[u], end = i + graph.outLen[u]; i < end; i++) {
      src[e] = u;
      dst[e++] = graph.outPool[i];
    }
  }
  return { src, dst, n };
}

/**
 * Louvain communities (seeded by the tick, so the same run gives the same partition) and score
 * assortativity of the current follow graph. When `withCommunities` is false only assortativity is computed.
 */
export function analyseFollowGraph(state: SimState, withCommunities: boolean): GraphAnalysis {
  const { src, dst, n } = followEdges(state);
  const adjacency = sortedAdjacency(n, src, dst, 'both');
  const assortativity = numericAssortativity(adjacency, state.agents.score.subarray(0, n));
  if (!withCommunities) return { communities: NaN, modularity: NaN, assortativity };
  try {
    const found = louvainCommunities(adjacency, Rng.fromSeed(`explorer-louvain-${state.tick}`));
    return { community: found.community, communities: found.count, modularity: found.modularity, assortativity };
  } catch {
    return { communities: NaN, modularity: NaN, assortativity };
  }
}
