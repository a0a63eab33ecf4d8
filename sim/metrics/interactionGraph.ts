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
  /** Directed simple graph, reactor → author: out-lists and in-lists. */
  out: Adjacency;
  incoming: Adjacency;
}

/**
 * Builds the interaction graph of `days` (the scoring service's day logs) among agents 0 … agentCount − 1:
 * the window's distinct reactor → author pairs (`reactionPairs`), restricted to the agents in some pair
 * and renumbered in id order, as sorted adjacency lists (`sortedAdjacency`). Linear in reactions + agents.
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
  const s = src.subarray(0, m);
  const d = dst.subarray(0, m);
  return {
    agent,
    undirected: sortedAdjacency(nodes, s, d, 'both'),
    out: sortedAdjacency(nodes, s, d, 'out'),
    incoming: sortedAdjacency(nodes, s, d, 'in'),
  };
}
