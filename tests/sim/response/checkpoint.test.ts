// Determinism with every response active: same seed, same bytes; checkpoint then resume equals a straight run.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { simulationOutputs } from '../../../sim/run/runScenario.js';
import { scenarioFrom } from '../../helpers/scenario.js';

/** Learning with copying, live perks, conversion and churn on a noisy score: every response at work. */
const ACTIVE = scenarioFrom(`
agents:
  count: 600
ticks: 30
metrics:
  interval: 5
scoring:
  displayed: engagement-rate
  shadow: []
environment:
  perks: { active: true }
response:
  copyRate: 0.2
  engagerConversion: 0.2
  churnDrop: 5
`).resolved;

const total = (sim: Simulation, metric: string) =>
  sim.recorder.rows.filter((r) => r.metric === metric).reduce((sum, r) => sum + r.value, 0);

describe('response determinism', () => {
  it('the same seed gives the same bytes, with tactics, churn and conversion all happening', () => {
    const a = Simulation.create(ACTIVE, { seed: 4 }).tick(30);
    const b = Simulation.create(ACTIVE, { seed: 4 }).tick(30);
    expect(simulationOutputs(b).files).toEqual(simulationOutputs(a).files);
    expect(total(a, 'churned')).toBeGreaterThan(0);
    expect(total(a, 'converted')).toBeGreaterThan(0);
    const shares = a.recorder.rows.filter((r) => r.metric === 'tactic-share' && r.tick === 30 && r.value > 0);
    expect(shares.length).toBeGreaterThan(3);
  });

  it('resuming from a checkpoint with learning active gives the same outputs as a straight run', () => {
    const straight = Simulation.create(ACTIVE, { seed: 8 }).tick(30);
    const first = Simulation.create(ACTIVE, { seed: 8 }).tick(12);
    const saved = structuredClone(first.checkpoint());
    first.tick(3); // the original keeps going; the checkpoint must not share its memory
    const resumed = Simulation.restore(ACTIVE, saved).tick(18);
    expect(simulationOutputs(resumed).files).toEqual(simulationOutputs(straight).files);
    expect(Array.from(resumed.state.response.q)).toEqual(Array.from(straight.state.response.q));
    expect(Array.from(resumed.state.agents.tactic)).toEqual(Array.from(straight.state.agents.tactic));
  });
});
