// Builds a network frame from the engine's state: per-agent typed copies and the edges to draw.
import type { SimState } from '../../sim/engine/state.js';
import type { AgentFrame } from './protocol.js';
import { recentEdges } from './recentEdges.js';

/** A frame of the state after its current tick; every array is a fresh copy, safe to transfer. */
export function agentFrame(state: SimState, algorithms: readonly string[]): AgentFrame {
  const { agents, graph, scoring } = state;
  const n = agents.count;
  const edges = recentEdges(graph, n);
  return {
    tick: state.tick,
    count: n,
    type: agents.type.slice(0, n),
    active: agents.active.slice(0, n),
    score: agents.score.slice(0, n),
    displayed: scoring.displayed,
    scores: algorithms.map((name) => (scoring.scores.get(name) ?? new Float32Array(n)).slice(0, n)),
    followers: graph.inLen.slice(0, n),
    trueInfluence: agents.trueInfluence.slice(0, n),
    sharesReceived: agents.sharesReceived.slice(0, n),
    mentionsReceived: agents.mentionsReceived.slice(0, n),
    posts: agents.posts.slice(0, n),
    edgeSrc: edges.src,
    edgeDst: edges.dst,
  };
}
