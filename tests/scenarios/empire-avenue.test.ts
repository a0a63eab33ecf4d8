// scenarios/empire-avenue.yaml: a ring of follow-back farmers posting bait is priced above the community managers who
// convert, and with the ring the price follows activity more than true influence; without it (the control) it does not.
import { describe, expect, it } from 'vitest';
import { spearman } from '../../sim/analysis/spearman.js';
import { AgentType } from '../../sim/core/agentTypes.js';
import { Simulation } from '../../sim/engine/simulation.js';
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import { libraryScenario, median } from '../helpers/scenario.js';

const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 800;
const TICKS = 100;

interface Market {
  /** Median price score of the ring (farmers) and of the community managers; NaN without farmers. */
  ringPrice: number;
  managerPrice: number;
  /** Median true influence (conversions caused) of the ring and of the community managers. */
  ringTruth: number;
  managerTruth: number;
  /** Spearman's rho of the price with activity (posts + reactions given) and with true influence, over active agents. */
  activity: number;
  truth: number;
  /** Partial rank correlations: price with activity holding true influence fixed, and the reverse. */
  activityGivenTruth: number;
  truthGivenActivity: number;
  /** Share of the top 10 % by price that is also in the top 10 % by activity, and by true influence. */
  topActivity: number;
  topTruth: number;
}

function scenario(ring: boolean): ResolvedScenario {
  const resolved = libraryScenario('empire-avenue');
  resolved.agents.count = AGENTS;
  resolved.ticks = TICKS;
  if (!ring) {
    const counts = resolved.agents.counts;
    counts.lurker += counts.farmer;
    counts.farmer = 0;
  }
  return resolved;
}

/** Partial correlation of x and y given z, from the three pairwise correlations. */
const partial = (xy: number, xz: number, yz: number) => (xy - xz * yz) / Math.sqrt((1 - xz * xz) * (1 - yz * yz));

/** Ids of the top tenth of `ids` by `value` (ties broken by id). */
function topTenth(ids: number[], value: (i: number) => number): Set<number> {
  const sorted = [...ids].sort((a, b) => value(b) - value(a) || a - b);
  return new Set(sorted.slice(0, Math.ceil(ids.length / 10)));
}

function run(seed: number, ring: boolean): Market {
  const sim = Simulation.create(scenario(ring), { seed, ticks: TICKS }).tick(TICKS);
  const agents = sim.state.agents;
  const price = sim.state.scoring.scores.get('empire-avenue')!;
  const ids: number[] = [];
  for (let i = 0; i < agents.count; i++) if (agents.active[i]) ids.push(i);
  const activity = (i: number) => agents.posts[i] + agents.reactionsGiven[i];
  const truth = (i: number) => agents.trueInfluence[i];
  const ofType = (type: number) => ids.filter((i) => agents.type[i] === type);
  const ringIds = ofType(AgentType.farmer);
  const managers = ofType(AgentType.communityManager);
  const p = ids.map((i) => price[i]);
  const a = ids.map(activity);
  const t = ids.map(truth);
  const pa = spearman(p, a);
  const pt = spearman(p, t);
  const at = spearman(a, t);
  const byPrice = topTenth(ids, (i) => price[i]);
  const overlap = (other: Set<number>) => [...byPrice].filter((i) => other.has(i)).length / byPrice.size;
  return {
    ringPrice: median(ringIds.map((i) => price[i])),
    managerPrice: median(managers.map((i) => price[i])),
    ringTruth: median(ringIds.map(truth)),
    managerTruth: median(managers.map(truth)),
    activity: pa,
    truth: pt,
    activityGivenTruth: partial(pa, pt, at),
    truthGivenActivity: partial(pt, pa, at),
    topActivity: overlap(topTenth(ids, activity)),
    topTruth: overlap(topTenth(ids, truth)),
  };
}

describe('scenarios/empire-avenue.yaml', () => {
  const withRing = SEEDS.map((seed) => run(seed, true));
  const control = SEEDS.map((seed) => run(seed, false));
  const pick = (runs: Market[], field: keyof Market) => runs.map((r) => +r[field].toFixed(2));
  console.log('empire-avenue, seeds 1-5:', JSON.stringify({
    ring: Object.fromEntries((Object.keys(withRing[0]) as (keyof Market)[]).map((f) => [f, pick(withRing, f)])),
    control: Object.fromEntries((['activity', 'truth', 'activityGivenTruth', 'truthGivenActivity', 'topActivity', 'topTruth'] as const).map((f) => [f, pick(control, f)])),
  }));

  it('the ring is priced above the community managers while converting far less', () => {
    expect(median(withRing.map((r) => r.ringPrice - r.managerPrice))).toBeGreaterThan(5);
    expect(withRing.filter((r) => r.ringPrice > r.managerPrice).length).toBeGreaterThanOrEqual(4);
    expect(median(withRing.map((r) => r.ringTruth))).toBeLessThan(median(withRing.map((r) => r.managerTruth)) / 3);
  });

  it('with the ring the price follows activity more than true influence', () => {
    expect(median(withRing.map((r) => r.activity - r.truth))).toBeGreaterThan(0.05);
    expect(withRing.filter((r) => r.activity > r.truth).length).toBeGreaterThanOrEqual(4);
    expect(withRing.filter((r) => r.activityGivenTruth > r.truthGivenActivity).length).toBeGreaterThanOrEqual(4);
    expect(median(withRing.map((r) => r.topActivity - r.topTruth))).toBeGreaterThan(0.25);
  });

  it('without the ring (the control) it does not: the ring is what tips the price towards activity', () => {
    expect(median(control.map((r) => r.activity - r.truth))).toBeLessThan(0.02);
    const gaps = SEEDS.map((_, k) => (withRing[k].activity - withRing[k].truth) - (control[k].activity - control[k].truth));
    expect(gaps.filter((g) => g > 0).length).toBeGreaterThanOrEqual(4);
  });
});
