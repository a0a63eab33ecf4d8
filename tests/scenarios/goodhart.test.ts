// scenarios/goodhart.yaml: chasers learning tactics against klout-2010. An honest null result: learning
// takes hold (almost no chaser stays on tactic none) but neither chasers' scores nor the displayed
// score's validity against true influence move measurably against the same run without learning.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/engine/simulation.js';
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import { libraryScenario, median } from '../helpers/scenario.js';

const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 800;
const TICKS = 120;

function scenario(learning: boolean): ResolvedScenario {
  const resolved = libraryScenario('goodhart');
  resolved.agents.count = AGENTS;
  resolved.ticks = TICKS;
  resolved.response.learning = learning;
  return resolved;
}


interface Run {
  validityEarly: number;
  validityEnd: number;
  noneShare: number;
  chaserMedian: number;
}

function run(seed: number, learning: boolean): Run {
  const resolved = scenario(learning);
  const displayed = resolved.scoring.displayed;
  const sim = Simulation.create(resolved, { seed, ticks: TICKS }).tick(TICKS);
  const value = (metric: string, group: string, tick: number): number => {
    const row = sim.recorder.rows.find((r) => r.metric === metric && r.group === group && r.tick === tick);
    if (!row) throw new Error(`no ${metric} ${group} at ${tick}`);
    return row.value;
  };
  return {
    validityEarly: value('validity.spearman', displayed, 14),
    validityEnd: value('validity.spearman', displayed, TICKS),
    noneShare: value('tactic-share', 'none', TICKS),
    chaserMedian: value('score-median', 'chaser', TICKS),
  };
}

describe('scenario goodhart', () => {
  const on = SEEDS.map((seed) => run(seed, true));
  const off = SEEDS.map((seed) => run(seed, false));

  it('learning takes hold: few chasers stay on tactic none', () => {
    for (const r of on) expect(r.noneShare).toBeLessThan(0.3);
    for (const r of off) expect(r.noneShare).toBe(1);
  });

  it("validity does not fall measurably with learning (Goodhart's law does not emerge here)", () => {
    // Measured (800 agents, day 120, seeds 1–5): learning on − off, median −0.005 (lower in 3 of 5 seeds,
    // range −0.04 to +0.02); chasers' median score within a point of the no-learning run.
    const gaps = SEEDS.map((_, k) => on[k].validityEnd - off[k].validityEnd);
    expect(Math.abs(median(gaps))).toBeLessThan(0.03);
    const chaserGaps = SEEDS.map((_, k) => on[k].chaserMedian - off[k].chaserMedian);
    expect(Math.abs(median(chaserGaps))).toBeLessThan(2);
  });

  it('validity rises from early to late in both runs, as true influence accumulates', () => {
    // Measured: median 0.23 on day 14 → 0.59 on day 120 with learning.
    for (const r of [...on, ...off]) expect(r.validityEnd).toBeGreaterThan(r.validityEarly + 0.1);
  });
});
