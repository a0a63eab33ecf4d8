// scenarios/empire-avenue.yaml: the Empire Avenue price follows reactions received (what dividends pay on) more than
// reactions given; the hypothesis that it tracks reactions given more than true influence does NOT emerge.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spearman } from '../../sim/analysis/spearman.js';
import { Simulation } from '../../sim/engine/simulation.js';
import { loadScenario } from '../../sim/scenario/load.js';

const file = new URL('../../scenarios/empire-avenue.yaml', import.meta.url);
const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 800;
const TICKS = 100;

interface Correlations {
  given: number;
  received: number;
  truth: number;
}

/** Spearman's rho of the empire-avenue score with reactions given, reactions received and true influence, over active agents. */
function correlations(seed: number): Correlations {
  const resolved = loadScenario(readFileSync(file, 'utf8'), 'scenarios/empire-avenue.yaml').resolved;
  resolved.agents.count = AGENTS;
  const sim = Simulation.create(resolved, { seed, ticks: TICKS }).tick(TICKS);
  const agents = sim.state.agents;
  const price = sim.state.scoring.scores.get('empire-avenue')!;
  const score: number[] = [];
  const given: number[] = [];
  const received: number[] = [];
  const truth: number[] = [];
  for (let i = 0; i < agents.count; i++) {
    if (!agents.active[i]) continue;
    score.push(price[i]);
    given.push(agents.reactionsGiven[i]);
    received.push(agents.likesReceived[i] + agents.repliesReceived[i] + agents.sharesReceived[i] + agents.mentionsReceived[i]);
    truth.push(agents.trueInfluence[i]);
  }
  return { given: spearman(score, given), received: spearman(score, received), truth: spearman(score, truth) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('scenarios/empire-avenue.yaml', () => {
  const all = SEEDS.map(correlations);

  it('the price tracks reactions received more than reactions given (median and majority of seeds)', () => {
    expect(median(all.map((c) => c.received))).toBeGreaterThan(median(all.map((c) => c.given)));
    expect(all.filter((c) => c.received > c.given).length).toBeGreaterThanOrEqual(3);
  });

  it('contrary to the hypothesis, the price tracks true influence at least as well as reactions given', () => {
    expect(median(all.map((c) => c.truth))).toBeGreaterThan(median(all.map((c) => c.given)));
    expect(all.filter((c) => c.truth > c.given).length).toBeGreaterThanOrEqual(3);
    for (const c of all) expect(c.truth).toBeGreaterThan(0.2);
  });
});
