// Tests of the `response` reporter: tactic shares among active score seekers, churned and converted per interval.
import { describe, expect, it } from 'vitest';
import { responseReporter } from '../../../sim/metrics/reporters/response.js';
import { TACTICS, Tactic } from '../../../sim/response/tactics.js';
import { agentsOfType, smallSimulation } from './responseFixture.js';

function report(sim: ReturnType<typeof smallSimulation>): Map<string, number> {
  const rows = new Map<string, number>();
  responseReporter.report(sim.state, (metric, group, value) => rows.set(`${metric}/${group}`, value));
  return rows;
}

describe('responseReporter', () => {
  it('emits the share of each tactic among active score seekers, summing to 1', () => {
    const sim = smallSimulation('response: { learning: false }');
    const chasers = agentsOfType(sim);
    chasers.forEach((i, k) => (sim.state.agents.tactic[i] = k % 2 === 0 ? Tactic.postMore : Tactic.focusTopic));
    sim.state.agents.active[chasers[1]] = 0;
    const rows = report(sim);
    const shares = TACTICS.map((name) => rows.get(`tactic-share/${name}`)!);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const active = chasers.length - 1;
    expect(rows.get('tactic-share/postMore')).toBeCloseTo(Math.ceil(chasers.length / 2) / active, 10);
    expect(rows.get('tactic-share/none')).toBe(0);
  });

  it('reports churned and converted since the previous record', () => {
    const sim = smallSimulation('response: { churnDrop: 1, engagerConversion: 1 }\nenvironment:\n  perks: { active: true, thresholds: [1] }').tick(12);
    const rows = sim.recorder.rows;
    const at = (metric: string, tick: number) => rows.find((r) => r.metric === metric && r.tick === tick)!.value;
    expect(at('churned', 0)).toBe(0);
    expect(at('converted', 0)).toBe(0);
    expect(at('converted', 5)).toBeGreaterThan(0);
    expect(at('converted', 10)).toBeLessThan(at('converted', 5));
    const quit = sim.state.agents.active.subarray(0, sim.state.agents.count).filter((x) => x === 0).length;
    expect(at('churned', 5) + at('churned', 10) + sim.state.response.churned).toBe(quit);
  });
});
