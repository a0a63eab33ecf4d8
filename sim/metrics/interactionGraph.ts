// The interaction graph of a rolling window: who reacted to whom, over the agents who interacted, in compact ids.
import { sortedAdjacency, type Adjacency } from '../analysis/sortedAdjacency.js';
import type { DayLog } from '../scoring/activityLog.js';
import { reactionPairs } from '../scoring/reactionPairs.js';

/** The window's interaction graph over its nodes: the agents with at least one reaction given or received (self-reactions aside). */
export interface InteractionGraph {
  /** Agent id of each node, ascending (node order is id order, so ties broken on node are broken on id). */
  agent: Int32Array;
  /** The undirected simple view: u and v are neighbours when either reacted to the other. */
  undirected: Adjacency;
  /** Distinct directed edges reactor → author (self-reactions aside). */
  directedEdges: number;
}

/**
 * Reciprocity of the directed interaction graph — the share of directed edges whose reverse exists too
 * (networkx `overall_reciprocity`) — from its edge count and its undirected view: every undirected edge
 * is one directed edge or a mutual pair of two, so mutual pairs = directed − undirected edges and
 * reciprocity = 2·(directed − undirected) / directed. Saves building the directed lists. 0 without edges.
 */
export function interactionReciprocity(graph: InteractionGraph): number {
  const m = graph.directedEdges;
  const undirected = graph.undirected.offsets[graph.undirected.nodeCount] / 2;
  return m === 0 ? 0 : (2 * (m - undirected)) / m;
}

/**
 * Builds the interaction graph of `days` (the scoring service's day logs) among agents 0 … agentCount − 1:
 * the window's distinct reactor → author pairs (`reactionPairs`), restricted to the agents in some pair
 * and renumbered in id order, as the undirected simple view (`sortedAdjacency`). Linear in reactions + agents.
 */
export function interactionGraph(days: readonly DayLog[], agentCount: number): InteractionGraph {
  const pairs = reactionPairs(days, agentCount);
  const node = new Int32Array(agentCount).fill(-1);
  for (let target = 0; target < agentCount; target++) {
    for (let p = pairs.start[target]; p < pairs.start[target + 1]; p++) {
      const actor = pairs.actor[p];
      if (actor === target) continue;
      node[target] = 0;
      node[actor] = 0;
    }
  }
  let nodes = 0;
  for (let i = 0; i < agentCount; i++) if (node[i] === 0) node[i] = nodes++;
  const agent = new Int32Array(nodes);
  for (let i = 0; i < agentCount; i++) if (node[i] >= 0) agent[node[i]] = i;
  const src = new Int32Array(pairs.actor.length);
  const dst = new Int32Array(pairs.actor.length);
  let m = 0;
  for (let target = 0; target < agentCount; target++) {
    for (let p = pairs.start[target]; p < pairs.start[target + 1]; p++) {
      const actor = pairs.actor[p];
      if (actor === target) continue;
      src[m] = node[actor];
      dst[m++] = node[target];
    }
  }
  return { agent, undirected: sortedAdjacency(nodes, src.subarray(0, m), dst.subarray(0, m), 'both'), directedEdges: m };
}
