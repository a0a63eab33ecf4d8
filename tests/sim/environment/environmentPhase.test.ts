// Tests of the environment phase in a run: perks follow the published scores, standing policies hire on schedule.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { hiresOn } from '../../../sim/environment/environmentPhase.js';
import { timelineScenario } from '../shocks/timelineScenario.js';

describe('hiresOn', () => {
  it('holds rounds on from, from + every, from + 2·every, …', () => {
    const policy = { employer: 'a', topK: 1, from: 3, every: 5 };
    expect([1, 2, 3, 4, 8, 12, 13].map((t) => hiresOn(policy, t))).toEqual([false, false, true, false, true, false, true]);
  });
});

describe('environmentPhase', () => {
  it('keeps every agent\'s perks in step with its displayed score when perks are active from the start', () => {
    const scenario = timelineScenario('environment:', '  perks: { active: true }');
    const sim = Simulation.create(scenario, { seed: 5 }).tick(6);
    const { agents } = sim.state;
    let holders = 0;
    for (let i = 0; i < agents.count; i++) {
      const expected = [35, 40, 50, 55].reduce((bits, t, k) => (agents.active[i] && agents.score[i] >= t ? bits | (1 << k) : bits), 0);
      expect(agents.perks[i]).toBe(expected);
      if (expected) holders++;
    }
    expect(holders).toBeGreaterThan(0);
    const row = sim.recorder.rows.find((r) => r.tick === 5 && r.metric === 'perk-holders' && r.group === 'any');
    expect(row?.value).toBeGreaterThan(0);
  });

  it('grants nothing while perks are not launched', () => {
    const sim = Simulation.create(timelineScenario(), { seed: 5 }).tick(3);
    expect(sim.state.agents.perks.subarray(0, sim.state.agents.count).every((b) => b === 0)).toBe(true);
  });

  it('hires the top k on each round of a standing policy and reports the cumulative hires', () => {
    const scenario = timelineScenario('environment:', '  hiring:', '    - { employer: bigco, topK: 4, from: 2, every: 5 }');
    const sim = Simulation.create(scenario, { seed: 5, ticks: 12 }).tick(12);
    const hiredTicks = [...sim.state.agents.hiredTick.subarray(0, sim.state.agents.count)].filter((t) => t > 0);
    expect(hiredTicks.sort((a, b) => a - b)).toEqual([2, 2, 2, 2, 7, 7, 7, 7, 12, 12, 12, 12]);
    const hired = sim.recorder.rows.filter((r) => r.metric === 'hired').map((r) => [r.tick, r.group, r.value]);
    expect(hired).toEqual([[0, 'bigco', 0], [5, 'bigco', 4], [10, 'bigco', 8], [12, 'bigco', 12]]);
  });
});
