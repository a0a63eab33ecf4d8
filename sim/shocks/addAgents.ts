// Shock kind `addAgents`: agents join mid-run (a celebrity arrives), with followers drawn from the existing population.
import { z } from 'zod';
import { initialiseAgent } from '../agents/initialiseAgent.js';
import { AGENT_TYPES, AgentType } from '../core/agentTypes.js';
import type { Rng } from '../core/rng.js';
import type { SimState } from '../engine/state.js';
import type { ShockKind } from './types.js';

/** Options of `addAgents`. */
export const addAgentsOptions = z.strictObject({
  type: z.enum(AGENT_TYPES).default('celebrity').describe('Agent type of the newcomers.'),
  count: z.int().min(1).max(1_000_000).default(1).describe('Number of agents who join.'),
  followers: z
    .int()
    .min(0)
    .default(0)
    .describe('Existing active agents who follow each newcomer, drawn uniformly without repeats (all of them when fewer).'),
  follows: z
    .int()
    .min(0)
    .default(0)
    .describe('Existing active agents each newcomer follows, drawn the same way.'),
});

/**
 * Draws `k` distinct entries of `pool` into `pool[0..k)` by a partial Fisher–Yates shuffle and returns
 * k (capped at the pool's size). The pool stays a permutation, so it can be drawn from again.
 */
function drawDistinct(pool: Int32Array, k: number, rng: Rng): number {
  const m = Math.min(k, pool.length);
  for (let j = 0; j < m; j++) {
    const r = j + rng.int(pool.length - j);
    const t = pool[j];
    pool[j] = pool[r];
    pool[r] = t;
  }
  return m;
}

/** Makes every per-agent structure outside the agent store and the graph hold `count` agents. */
function growPerAgentBuffers(state: SimState, count: number): void {
  state.day.ensureAgents(count);
  state.response.ensureAgents(count, state.agents.score);
  for (const [name, scores] of state.scoring.scores) {
    if (scores.length >= count) continue;
    const grown = new Float32Array(count);
    grown.set(scores);
    state.scoring.scores.set(name, grown);
  }
}

/**
 * `addAgents`: appends `count` agents to the store and the graph, draws their traits like the initial
 * population's (`initialiseAgent`, joining on this tick, from the run's current scenario), then for
 * each newcomer in id order draws its followers and its followees among the agents active before the
 * shock. Newcomers score 0 until tonight's scoring. Follows made here are not counted as follow activity.
 */
export const addAgentsShock: ShockKind<typeof addAgentsOptions> = {
  name: 'addAgents',
  description: 'Agents join (a celebrity, say), optionally followed by a number of existing agents drawn at random.',
  options: addAgentsOptions,
  apply(state, options, { tick, rng }) {
    const { agents, graph } = state;
    const before = agents.count;
    const existing: number[] = [];
    for (let i = 0; i < before; i++) if (agents.active[i] !== 0) existing.push(i);
    const pool = Int32Array.from(existing);
    const first = agents.add(options.count);
    graph.addNodes(options.count);
    growPerAgentBuffers(state, agents.count);
    let followers = 0;
    let follows = 0;
    for (let id = first; id < agents.count; id++) {
      initialiseAgent(agents, id, AgentType[options.type], state.scenario, rng, -1, tick);
      const inbound = drawDistinct(pool, options.followers, rng);
      for (let j = 0; j < inbound; j++) if (graph.follow(pool[j], id)) followers++;
      const outbound = drawDistinct(pool, options.follows, rng);
      for (let j = 0; j < outbound; j++) if (graph.follow(id, pool[j])) follows++;
    }
    return { type: options.type, added: options.count, firstId: first, followers, follows };
  },
};
