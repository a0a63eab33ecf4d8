// Tests of the population: every type can be present, counts and shares are honoured, overrides reach the agents.
import { describe, expect, it } from 'vitest';
import { AGENT_TYPES, AgentType } from '../../../sim/core/agentTypes.js';
import { Simulation } from '../../../sim/engine/simulation.js';
import { assignTypes, rescaleCounts } from '../../../sim/agents/population.js';
import { Rng } from '../../../sim/core/rng.js';
import { scenarioFrom } from '../../helpers/scenario.js';

const everyType = scenarioFrom(`
agents:
  count: 600
  counts: { celebrity: 3, farmer: 5, bot: 2, communityManager: 10 }
  shares: { lurker: 0.8, engager: 0.15, chaser: 0.05 }
  types:
    chaser:
      postsPerDay: { min: 4, max: 4 }
    lurker:
      offlineInfluence: { share: 1 }
ticks: 10
`).resolved;

function countsOf(sim: Simulation) {
  const counts = new Map<string, number>();
  for (let i = 0; i < sim.state.agents.count; i++) {
    const name = AGENT_TYPES[sim.state.agents.type[i]];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

describe('buildPopulation', () => {
  it('creates every type with the resolved counts and shares', () => {
    const sim = Simulation.create(everyType);
    const counts = countsOf(sim);
    for (const t of AGENT_TYPES) expect(counts.get(t) ?? 0).toBe(everyType.agents.counts[t]);
    expect(counts.get('bot')).toBe(2);
    expect(counts.get('lurker')).toBe(464);
  });

  it('gives every agent its type\'s parameters, overrides included', () => {
    const sim = Simulation.create(everyType);
    const A = sim.state.agents;
    for (let i = 0; i < A.count; i++) {
      if (A.type[i] === AgentType.chaser) expect(A.postRate[i]).toBeCloseTo(4, 5);
      if (A.type[i] === AgentType.lurker) expect(A.offlineInfluence[i]).toBeGreaterThan(0);
      if (A.type[i] === AgentType.farmer) expect(A.offlineInfluence[i]).toBe(0);
    }
  });

  it('runs a year-like stretch with farmers and bots: bots post all day, farmers follow back everyone', () => {
    const sim = Simulation.create(everyType).tick(10);
    const A = sim.state.agents;
    for (let i = 0; i < A.count; i++) {
      if (A.type[i] === AgentType.bot) expect(A.posts[i]).toBeGreaterThan(1000);
    }
  });
});

describe('assignTypes', () => {
  it('puts celebrities on the most-followed nodes, ties broken by id', () => {
    const inDegree = Int32Array.from([5, 50, 50, 1, 40]);
    const counts = Object.fromEntries(AGENT_TYPES.map((t) => [t, 0])) as Record<(typeof AGENT_TYPES)[number], number>;
    counts.celebrity = 2;
    counts.lurker = 3;
    const types = assignTypes(counts, inDegree, Rng.fromSeed(1));
    expect([...types].map((t) => AGENT_TYPES[t])).toEqual(['lurker', 'celebrity', 'celebrity', 'lurker', 'lurker']);
  });
});

describe('rescaleCounts', () => {
  it('rescales to a new total by largest remainder', () => {
    const counts = Object.fromEntries(AGENT_TYPES.map((t) => [t, 0])) as Record<(typeof AGENT_TYPES)[number], number>;
    Object.assign(counts, { lurker: 78, engager: 15, chaser: 5, communityManager: 1, celebrity: 1 });
    const scaled = rescaleCounts(counts, 34);
    expect(Object.values(scaled).reduce((a, b) => a + b, 0)).toBe(34);
    expect(scaled.lurker).toBe(27);
  });
});
