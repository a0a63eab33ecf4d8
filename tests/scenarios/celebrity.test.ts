// scenarios/celebrity.yaml: a low-engagement celebrity who joins with half the network as followers tops the
// follower-based scores at once, but not the engagement-based ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../sim/core/agentTypes.js';
import { Simulation } from '../../sim/engine/simulation.js';
import { loadScenario } from '../../sim/scenario/load.js';

const file = new URL('../../scenarios/celebrity.yaml', import.meta.url);
const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 800;
const JOIN = 40;
const AFTER = 14;
/** The top 1 % of the active agents, as a rank. */
const TOP1 = Math.ceil((AGENTS + 1) / 100);
const FOLLOWER_BASED = ['followers', 'log-proxy', 'pagerank'];
const ENGAGEMENT_BASED = ['engagement-rate', 'klout-2010', 'klout-2011', 'kred', 'peerindex', 'empire-avenue'];

/** Per algorithm: the newcomer's rank (1 = first; ties counted in its favour) among active agents, 14 days after it joined. */
function ranksOfNewcomer(seed: number): Record<string, number> {
  const resolved = loadScenario(readFileSync(file, 'utf8'), 'scenarios/celebrity.yaml').resolved;
  resolved.agents.count = AGENTS;
  resolved.shocks = resolved.shocks.map((shock) => ({
    ...shock,
    at: JOIN,
    addAgents: shock.addAgents && { ...shock.addAgents, followers: AGENTS / 2 },
  }));
  const sim = Simulation.create(resolved, { seed, ticks: JOIN + AFTER }).tick(JOIN + AFTER);
  const agents = sim.state.agents;
  const celebrity = AGENTS; // the first id after the initial population
  expect(agents.count).toBe(AGENTS + 1);
  expect(agents.type[celebrity]).toBe(AgentType.celebrity);
  const ranks: Record<string, number> = {};
  for (const name of sim.state.scoring.names) {
    const scores = sim.state.scoring.scores.get(name)!;
    let above = 0;
    for (let i = 0; i < agents.count; i++) if (i !== celebrity && agents.active[i] && scores[i] > scores[celebrity]) above++;
    ranks[name] = above + 1;
  }
  return ranks;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('scenarios/celebrity.yaml', () => {
  it('a low-engagement celebrity is first on follower-based scores but outside the top 1 % of engagement-based ones', () => {
    const all = SEEDS.map(ranksOfNewcomer);
    for (const name of [...FOLLOWER_BASED, ...ENGAGEMENT_BASED]) expect(all[0][name], name).toBeDefined();
    for (const name of FOLLOWER_BASED) {
      const ranks = all.map((r) => r[name]);
      expect(median(ranks), name).toBe(1);
      expect(ranks.filter((rank) => rank <= TOP1).length, name).toBeGreaterThanOrEqual(3);
    }
    for (const name of ENGAGEMENT_BASED) {
      const ranks = all.map((r) => r[name]);
      expect(median(ranks), name).toBeGreaterThan(TOP1);
      expect(ranks.filter((rank) => rank > TOP1).length, name).toBeGreaterThanOrEqual(3);
    }
  });
});
