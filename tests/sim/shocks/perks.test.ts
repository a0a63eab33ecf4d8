// Tests of the perks shock: perks launch at its tick (with optional new thresholds) and end with active: false.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { timelineScenario } from './timelineScenario.js';

const anyPerk = (sim: Simulation) => sim.state.agents.perks.subarray(0, sim.state.agents.count).some((b) => b !== 0);

describe('perks shock', () => {
  it('launches perks at its tick: agents hold them from that day, granted on the scores they see', () => {
    const sim = Simulation.create(timelineScenario('shocks:', '  - { at: 4, perks: {} }'), { seed: 5 }).tick(3);
    expect(anyPerk(sim)).toBe(false);
    sim.tick(1);
    expect(anyPerk(sim)).toBe(true);
    expect(sim.state.environment.perks).toEqual({ thresholds: [35, 40, 50, 55], active: true });
    expect(sim.state.events[0]).toMatchObject({ tick: 4, kind: 'perks', effect: { thresholds: [35, 40, 50, 55], active: true } });
    expect(sim.state.events[0].effect.holders).toBeGreaterThan(0);
  });

  it('takes new thresholds, reported as the perk-holders groups', () => {
    const sim = Simulation.create(timelineScenario('shocks:', '  - { at: 2, perks: { thresholds: [20, 30] } }'), { seed: 5 }).tick(5);
    const groups = sim.recorder.rows.filter((r) => r.tick === 5 && r.metric === 'perk-holders').map((r) => r.group);
    expect(groups).toEqual(['20', '30', 'any']);
    const { agents } = sim.state;
    for (let i = 0; i < agents.count; i++) expect(agents.perks[i] & 1).toBe(agents.active[i] && agents.score[i] >= 20 ? 1 : 0);
  });

  it('ends the programme with active: false, revoking every perk', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 2, perks: {} }', '  - { at: 5, perks: { active: false } }');
    const sim = Simulation.create(scenario, { seed: 5 }).tick(4);
    expect(anyPerk(sim)).toBe(true);
    sim.tick(2);
    expect(anyPerk(sim)).toBe(false);
    expect(sim.state.events.map((e) => e.effect.active)).toEqual([true, false]);
  });
});
