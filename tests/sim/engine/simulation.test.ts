// Tests of Simulation: synchronous ticks, bookkeeping invariants, and checkpoint/resume equal to a straight run.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { simulationOutputs } from '../../../sim/run/runScenario.js';
import { SMALL, scenarioFrom } from '../../helpers/scenario.js';

const scenario = scenarioFrom(SMALL).resolved;
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('Simulation.tick', () => {
  it('advances exactly n days and records metrics at tick 0, every interval and the last tick', () => {
    const sim = Simulation.create(scenario, { ticks: 12 });
    sim.tick(7);
    expect(sim.state.tick).toBe(7);
    sim.tick(5);
    expect(sim.done).toBe(true);
    const ticks = [...new Set(sim.recorder.rows.map((r) => r.tick))];
    expect(ticks).toEqual([0, 5, 10, 12]);
  });

  it('keeps the books: recorded posts, reactions and conversions equal the agents\' cumulative counters', () => {
    const sim = Simulation.create(scenario, { ticks: 40 }).tick(40);
    const rows = sim.recorder.rows;
    const total = (metric: string, group?: string) =>
      sum(rows.filter((r) => r.metric === metric && (group === undefined || r.group === group)).map((r) => r.value));
    const A = sim.state.agents;
    expect(total('posts')).toBe(sum(A.posts.subarray(0, A.count)));
    const received = sum(A.likesReceived) + sum(A.repliesReceived) + sum(A.sharesReceived) + sum(A.mentionsReceived);
    expect(total('reactions')).toBe(received);
    expect(total('reactions')).toBe(sum(A.reactionsGiven));
    expect(total('conversions', 'online')).toBe(sum(A.onlineConversions));
    expect(total('conversions', 'offline')).toBe(sum(A.offlineConversions));
    expect(sum(A.trueInfluence)).toBeCloseTo(sum(A.onlineConversions) + sum(A.offlineConversions) + sum(A.shareConversions), 6);
    expect(total('reactions')).toBeGreaterThan(0);
    expect(total('conversions', 'online')).toBeGreaterThan(0);
  });

  it('produces the same bytes for the same seed and different bytes for another seed', () => {
    const a = simulationOutputs(Simulation.create(scenario, { seed: 3, ticks: 15 }).tick(15));
    const b = simulationOutputs(Simulation.create(scenario, { seed: 3, ticks: 15 }).tick(15));
    const c = simulationOutputs(Simulation.create(scenario, { seed: 4, ticks: 15 }).tick(15));
    expect(b.files).toEqual(a.files);
    expect(c.files.find((f) => f.name === 'metrics.csv')).not.toEqual(a.files.find((f) => f.name === 'metrics.csv'));
  });
});

describe('Simulation.checkpoint and Simulation.restore', () => {
  it('resuming from a checkpoint taken at tick t gives the same outputs as a straight run', () => {
    const straight = Simulation.create(scenario, { seed: 9, ticks: 30 }).tick(30);
    const first = Simulation.create(scenario, { seed: 9, ticks: 30 }).tick(13);
    const saved = structuredClone(first.checkpoint());
    first.tick(2); // the original keeps going; the checkpoint must not share its memory
    const resumed = Simulation.restore(scenario, saved).tick(17);
    expect(resumed.state.tick).toBe(30);
    expect(simulationOutputs(resumed).files).toEqual(simulationOutputs(straight).files);
  });

  it('a checkpoint survives JSON-free structured cloning and keeps the random streams\' positions', () => {
    const sim = Simulation.create(scenario, { seed: 2, ticks: 20 }).tick(5);
    const saved = sim.checkpoint();
    const a = Simulation.restore(scenario, structuredClone(saved)).tick(3);
    const b = Simulation.restore(scenario, structuredClone(saved)).tick(3);
    expect(simulationOutputs(a).files).toEqual(simulationOutputs(b).files);
  });
  it('resuming across shocks (set, addAgents, hire, perks, switch with recomputed history) equals a straight run', () => {
    const shocked = scenarioFrom(`${SMALL}
scoring: { displayed: log-proxy, shadow: [followers] }
environment:
  hiring: [{ employer: bigco, topK: 3, every: 4 }]
shocks:
  - { at: 3, perks: {} }
  - { at: 5, set: { path: agents.types.chaser.react, value: 0.5 } }
  - { at: 8, addAgents: { type: celebrity, followers: 100, follows: 5 } }
  - { at: 8, hire: { employer: acme, threshold: 40 } }
  - { at: 12, switch: { to: followers, recomputeHistory: true } }
  - { at: 14, link: { network: facebook, share: 0.5 } }
`).resolved;
    const straight = Simulation.create(shocked, { seed: 4, ticks: 20 }).tick(20);
    expect(straight.state.events).toHaveLength(6);
    for (const at of [6, 8, 12]) {
      const first = Simulation.create(shocked, { seed: 4, ticks: 20 }).tick(at);
      const saved = structuredClone(first.checkpoint());
      first.tick(1);
      const resumed = Simulation.restore(shocked, saved).tick(20 - at);
      expect(simulationOutputs(resumed).files, `checkpoint at tick ${at}`).toEqual(simulationOutputs(straight).files);
      expect(resumed.state.scenario).toEqual(straight.state.scenario);
    }
  });
});
