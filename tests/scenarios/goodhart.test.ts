// scenarios/goodhart.yaml: chasers who start with no networks linked learn tactics against klout-2010. Learning
// spreads linking, lifts chasers' scores without conversions and lowers the score's validity within the top
// 10 %, against the same run without learning; validity over all agents does not move.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../sim/core/agentTypes.js';
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
  validityTop10: number;
  precisionTop10: number;
  noneShare: number;
  chaserMedian: number;
  /** Share of active chasers with any secondary network linked at the end. */
  chasersLinked: number;
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
  const { agents } = sim.state;
  let chasers = 0;
  let linked = 0;
  for (let i = 0; i < agents.count; i++) {
    if (!agents.active[i] || agents.type[i] !== AgentType.chaser) continue;
    chasers++;
    if (agents.linked[i] !== 0) linked++;
  }
  return {
    validityEarly: value('validity.spearman', displayed, 14),
    validityEnd: value('validity.spearman', displayed, TICKS),
    validityTop10: value('validity.spearman', `${displayed}:top10`, TICKS),
    precisionTop10: value('validity.precision', `${displayed}:top10`, TICKS),
    noneShare: value('tactic-share', 'none', TICKS),
    chaserMedian: value('score-median', 'chaser', TICKS),
    chasersLinked: linked / chasers,
  };
}

describe('scenario goodhart', () => {
  const on = SEEDS.map((seed) => run(seed, true));
  const off = SEEDS.map((seed) => run(seed, false));
  const gaps = (field: keyof Run) => SEEDS.map((_, k) => on[k][field] - off[k][field]);
  console.log('goodhart, seeds 1-5, learning on - off:', JSON.stringify({
    top10: gaps('validityTop10'), precisionTop10: gaps('precisionTop10'), overall: gaps('validityEnd'),
    chaserMedian: gaps('chaserMedian'), linked: on.map((r) => r.chasersLinked),
  }), 'medians on | off:', JSON.stringify(Object.fromEntries((['validityEarly', 'validityEnd', 'validityTop10', 'precisionTop10'] as const).map(
    (field) => [field, `${median(on.map((r) => r[field])).toFixed(3)} | ${median(off.map((r) => r[field])).toFixed(3)}`],
  ))));

  it('learning takes hold: few chasers stay on tactic none, and most learn to link their networks', () => {
    for (const r of on) expect(r.noneShare).toBeLessThan(0.3);
    for (const r of off) expect(r.noneShare).toBe(1);
    // Measured: 66–79 % of chasers linked with learning; none without.
    for (const r of on) expect(r.chasersLinked).toBeGreaterThan(0.5);
    for (const r of off) expect(r.chasersLinked).toBe(0);
  });

  it('learning lifts chasers’ scores', () => {
    // Measured: chasers' median score +2.2 points (median over seeds; +0.6 to +2.5).
    expect(median(gaps('chaserMedian'))).toBeGreaterThan(1);
    expect(gaps('chaserMedian').filter((g) => g > 0).length).toBeGreaterThanOrEqual(4);
  });

  it("validity within the top 10 % by score falls with learning (Goodhart's law at the top)", () => {
    // Measured: median −0.22, lower on every seed (−0.54 to −0.08).
    expect(median(gaps('validityTop10'))).toBeLessThan(-0.1);
    expect(gaps('validityTop10').filter((g) => g < 0).length).toBeGreaterThanOrEqual(4);
  });

  it('validity over all agents does not move measurably', () => {
    // Measured: median 0.00 (−0.01 to +0.01); the mass of quiet lurkers fixes the overall rank correlation.
    expect(Math.abs(median(gaps('validityEnd')))).toBeLessThan(0.03);
  });

  it('validity rises from early to late in both runs, as true influence accumulates', () => {
    // Measured: median 0.23 on day 14 → 0.6 on day 120 with learning.
    for (const r of [...on, ...off]) expect(r.validityEnd).toBeGreaterThan(r.validityEarly + 0.1);
  });
});
