// scenarios/diminishing-returns.yaml: score seekers' displayed score against cumulative hours invested
// is concave (the gain per extra hour falls). Five seeds at 800 agents for 100 days; checks the median
// across seeds and a majority of seeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import { Simulation } from '../../sim/engine/simulation.js';
import { scoreByHours, type HoursBin } from '../../sim/metrics/scoreCurves.js';
import { loadScenario } from '../../sim/scenario/load.js';

const FILE = 'scenarios/diminishing-returns.yaml';
const AGENTS = 800;
const TICKS = 100;
const SEEDS = [1, 2, 3, 4, 5];
/** Bins with fewer seekers than this are too noisy to use. */
const MIN_BIN = 5;

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Least-squares slope of mean score on mean hours, weighting each bin by its agents. */
function slope(bins: HoursBin[]): number {
  let w = 0, mx = 0, my = 0;
  for (const b of bins) { w += b.agents; mx += b.agents * b.meanHours; my += b.agents * b.meanScore; }
  mx /= w; my /= w;
  let sxy = 0, sxx = 0;
  for (const b of bins) { sxy += b.agents * (b.meanHours - mx) * (b.meanScore - my); sxx += b.agents * (b.meanHours - mx) ** 2; }
  return sxy / sxx;
}

function run(seed: number) {
  const resolved = loadScenario(readFileSync(FILE, 'utf8'), FILE).resolved;
  resolved.agents.count = AGENTS;
  resolved.ticks = TICKS;
  const sim = Simulation.create(resolved, { seed, ticks: TICKS }).tick(TICKS);
  const a = sim.state.agents;
  const seekers = [...Array(a.count).keys()].filter((i) => a.active[i] && resolved.agents.types[AGENT_TYPES[a.type[i]]].scoreSeeking > 0);
  const bins = scoreByHours(
    seekers.map((i) => a.score[i]),
    seekers.map((i) => a.minutesSpent[i] / 60),
  ).filter((b) => b.agents >= MIN_BIN);
  const half = Math.ceil(bins.length / 2);
  const first = slope(bins.slice(0, half));
  const second = slope(bins.slice(bins.length - half));
  return { bins: bins.length, first, second, ratio: second / first, overall: slope(bins) };
}

describe('diminishing-returns', () => {
  const outcomes = SEEDS.map(run);
  console.log('diminishing-returns, seeds 1-5:', JSON.stringify(outcomes), 'median ratio:', median(outcomes.map((o) => o.ratio)));

  it('the score rises with hours invested', () => {
    for (const o of outcomes) expect(o.bins).toBeGreaterThanOrEqual(4);
    expect(median(outcomes.map((o) => o.overall))).toBeGreaterThan(0);
  });

  it('the gain per extra hour is smaller in the upper half of the bins than in the lower half', () => {
    expect(outcomes.filter((o) => o.second < o.first).length).toBeGreaterThanOrEqual(4);
    expect(median(outcomes.map((o) => o.ratio))).toBeLessThan(0.8);
  });
});
