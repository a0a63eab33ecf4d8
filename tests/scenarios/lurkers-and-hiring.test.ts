// scenarios/lurkers-and-hiring.yaml: lurkers with offline influence score low, and hiring the top k by
// score misses most of the true top k. Five seeds at 800 agents for 100 days; checks medians across seeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/engine/simulation.js';
import { loadScenario } from '../../sim/scenario/load.js';

const FILE = 'scenarios/lurkers-and-hiring.yaml';
const AGENTS = 800;
const TICKS = 100;
const SEEDS = [1, 2, 3, 4, 5];
const LURKER = 0;

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

interface Outcome {
  /** Median displayed score of offline-influence lurkers in the true top 10 % minus the population median. */
  gap: number;
  /** Share of the true top 10 % who are lurkers with offline influence. */
  lurkerShareOfTop: number;
  /** Share of validity.hidden-gems (displayed score) who are lurkers. */
  lurkerShareOfGems: number;
  /** Mean hiring.precision over the hiring rounds. */
  precision: number;
  rounds: number;
}

function run(seed: number): Outcome {
  const resolved = loadScenario(readFileSync(FILE, 'utf8'), FILE).resolved;
  const scale = TICKS / resolved.ticks;
  resolved.agents.count = AGENTS;
  resolved.ticks = TICKS;
  resolved.environment.hiring = resolved.environment.hiring.map((h) => ({
    ...h,
    from: Math.max(1, Math.round(h.from * scale)),
    every: Math.max(1, Math.round(h.every * scale)),
    topK: Math.max(1, Math.round(((h.topK ?? 30) * AGENTS) / 3000)),
  }));
  const sim = Simulation.create(resolved, { seed, ticks: TICKS }).tick(TICKS);
  const a = sim.state.agents;
  const ids = [...Array(a.count).keys()].filter((i) => a.active[i]);
  const byTruth = [...ids].sort((x, y) => a.trueInfluence[y] - a.trueInfluence[x] || x - y);
  const top = byTruth.slice(0, Math.ceil(ids.length / 10));
  const lurkers = top.filter((i) => a.type[i] === LURKER && a.offlineInfluence[i] > 0);
  const rows = sim.recorder.rows;
  const displayed = resolved.scoring.displayed;
  const gems = rows.filter((r) => r.metric === 'validity.hidden-gems' && r.tick === TICKS);
  const gemsAll = gems.find((r) => r.group === displayed)!.value;
  const gemsLurker = gems.find((r) => r.group === `${displayed}:lurker`)?.value ?? 0;
  const precisions = rows.filter((r) => r.metric === 'hiring.precision').map((r) => r.value);
  return {
    gap: median(lurkers.map((i) => a.score[i])) - median(ids.map((i) => a.score[i])),
    lurkerShareOfTop: lurkers.length / top.length,
    lurkerShareOfGems: gemsAll > 0 ? gemsLurker / gemsAll : NaN,
    precision: precisions.reduce((s, v) => s + v, 0) / precisions.length,
    rounds: precisions.length,
  };
}

describe('lurkers-and-hiring', () => {
  const outcomes = SEEDS.map(run);
  const summary = {
    gap: median(outcomes.map((o) => o.gap)),
    lurkerShareOfTop: median(outcomes.map((o) => o.lurkerShareOfTop)),
    lurkerShareOfGems: median(outcomes.map((o) => o.lurkerShareOfGems)),
    precision: median(outcomes.map((o) => o.precision)),
  };
  console.log('lurkers-and-hiring, seeds 1-5:', JSON.stringify(outcomes), 'medians:', JSON.stringify(summary));

  it('lurkers with offline influence in the true top 10 % score below the population median (median over seeds, and most seeds)', () => {
    expect(summary.gap).toBeLessThan(0);
    expect(outcomes.filter((o) => o.gap < 0).length).toBeGreaterThanOrEqual(3);
  });

  it('offline-influence lurkers are most of the true top 10 %, and hidden gems are mostly lurkers', () => {
    expect(summary.lurkerShareOfTop).toBeGreaterThan(0.5);
    expect(summary.lurkerShareOfGems).toBeGreaterThan(0.8);
  });

  it('hiring the top k by score finds well under half of the true top k', () => {
    for (const o of outcomes) expect(o.rounds).toBeGreaterThanOrEqual(3);
    expect(summary.precision).toBeLessThan(0.25);
    expect(outcomes.filter((o) => o.precision < 0.5).length).toBeGreaterThanOrEqual(4);
  });
});
