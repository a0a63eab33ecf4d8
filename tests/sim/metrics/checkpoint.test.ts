// Checkpoint then resume equals a straight run with every analysis reporter active: a switch measured across it, cliques, hires.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { simulationOutputs } from '../../../sim/run/runScenario.js';
import { analysisScenario } from './metricsFixture.js';

describe('checkpoint and resume with the analysis reporters', () => {
  const scenario = analysisScenario({ agents: 250 });
  const straight = simulationOutputs(Simulation.create(scenario, { seed: 6 }).tick(45)).files;

  // 12: between clique snapshots; 19: the day before the switch; 23: between the switch and its 7-day horizon; 33: after a hire.
  for (const at of [12, 19, 23, 33]) {
    it(`gives the same files, summary.json included, when resumed from tick ${at}`, () => {
      const first = Simulation.create(scenario, { seed: 6 }).tick(at);
      const saved = structuredClone(first.checkpoint());
      first.tick(2); // the original keeps going; the checkpoint must not share its memory
      const resumed = Simulation.restore(scenario, saved).tick(45 - at);
      expect(simulationOutputs(resumed).files).toEqual(straight);
    });
  }

  it('checkpoints the reporters\' own states', () => {
    const sim = Simulation.create(scenario, { seed: 6 }).tick(23);
    const reporters = sim.checkpoint().reporters as Record<string, { studies?: unknown[]; history?: unknown[] }>;
    expect(reporters['shock-analysis'].studies).toHaveLength(1);
    expect(reporters.cliques.history).toHaveLength(2);
  });
});
