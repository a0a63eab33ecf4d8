// Tests of the hire shock: one hiring round at its tick, on the displayed scores, by threshold or top k.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { timelineScenario } from './timelineScenario.js';

/** Runs to the day before `tick`, keeps the scores agents see on `tick`, then runs `tick`. */
function hireRound(shock: string, tick: number) {
  const sim = Simulation.create(timelineScenario('shocks:', `  - { at: ${tick}, hire: ${shock} }`), { seed: 5 }).tick(tick - 1);
  const seen = sim.state.agents.score.slice(0, sim.state.agents.count);
  sim.tick(1);
  const hired: number[] = [];
  sim.state.agents.hiredTick.subarray(0, sim.state.agents.count).forEach((t, i) => (t > 0 ? hired.push(i) : undefined));
  return { sim, seen, hired };
}

describe('hire shock', () => {
  it('hires everyone whose displayed score is at least the threshold, on its tick', () => {
    const { sim, seen, hired } = hireRound('{ employer: acme, threshold: 45 }', 6);
    const expected = [...seen.keys()].filter((i) => seen[i] >= 45);
    expect(hired).toEqual(expected);
    expect(hired.length).toBeGreaterThan(0);
    expect(hired.every((i) => sim.state.agents.hiredTick[i] === 6)).toBe(true);
    expect(sim.state.events[0]).toMatchObject({ tick: 6, kind: 'hire', effect: { employer: 'acme', hired: expected.length } });
    expect(sim.state.environment).toMatchObject({ employers: ['acme'], hires: [expected.length] });
  });

  it('hires the top k by displayed score, ties broken by id', () => {
    const { seen, hired } = hireRound('{ employer: acme, topK: 7 }', 3);
    const expected = [...seen.keys()].sort((a, b) => seen[b] - seen[a] || a - b).slice(0, 7).sort((a, b) => a - b);
    expect(hired).toEqual(expected);
  });

  it('reports the cumulative hires of each employer as `hired` rows', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 2, hire: { employer: acme, topK: 3 } }', '  - { at: 7, hire: { employer: acme, topK: 2 } }');
    const sim = Simulation.create(scenario, { seed: 5, ticks: 10 }).tick(10);
    expect(sim.recorder.rows.filter((r) => r.metric === 'hired').map((r) => [r.tick, r.value])).toEqual([[0, 0], [5, 3], [10, 5]]);
  });
});
