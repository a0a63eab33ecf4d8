// Tests of the set shock: a parameter changes at its tick in the run's own scenario, and the day reads it from then on.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { Simulation } from '../../../sim/engine/simulation.js';
import { runTimeline, timelineScenario } from './timelineScenario.js';

describe('set shock', () => {
  it('changes a per-type parameter and the type tables at its tick, not before', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 4, set: { path: agents.types.chaser.react, value: 0.9 } }');
    const sim = Simulation.create(scenario, { seed: 5 }).tick(3);
    expect(sim.state.tables.react[AgentType.chaser]).toBe(0.25);
    sim.tick(1);
    expect(sim.state.scenario.agents.types.chaser.react).toBe(0.9);
    expect(sim.state.tables.react[AgentType.chaser]).toBe(0.9);
    expect(sim.state.events[0]).toMatchObject({ tick: 4, kind: 'set', effect: { path: 'agents.types.chaser.react', from: 0.25, to: 0.9 } });
    expect(scenario.agents.types.chaser.react).toBe(0.25);
  });

  it('takes hold from that tick: no online conversions once the conversion probability is set to 0', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 6, set: { path: behaviour.conversion, value: 0 } }');
    const rows = runTimeline(scenario, 15).recorder.rows;
    const online = (tick: number) => rows.find((r) => r.tick === tick && r.metric === 'conversions' && r.group === 'online')?.value;
    expect(online(5)).toBeGreaterThan(0);
    expect(online(10)).toBe(0);
    expect(online(15)).toBe(0);
  });

  it('reaches the scoring service\'s constants (scoring.params) in place', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 2, set: { path: scoring.params.klout-2011.recomputeHistory, value: true } }');
    const sim = runTimeline(scenario, 2);
    expect((sim.state.scenario.scoring.params['klout-2011'] as { recomputeHistory: boolean }).recomputeHistory).toBe(true);
  });
});
