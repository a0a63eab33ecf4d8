// scenarios/baseline.yaml: the stylized facts of Twitter at the default size (3,000 agents, 365 days), seeds 1–5.
// The scenario runs as written; only the shadow algorithms other than klout-2011 and every reporter but
// `followers` (which records reciprocity) are left out, which halves the run time (about 5 s a seed) and
// changes no agent's behaviour: agents see only the displayed score. Each fact is the median of the seeds.
import { beforeAll, describe, expect, it } from 'vitest';
import { topCount, topIndices } from '../../sim/analysis/topIndices.js';
import { topShare } from '../../sim/analysis/topShare.js';
import { Simulation } from '../../sim/engine/simulation.js';
import { quantileSorted, sortedValues } from '../../sim/metrics/quantiles.js';
import { powerLawTailExponent } from '../../sim/network/tailExponent.js';
import { rSquared, rSquaredOver } from '../helpers/rSquared.js';
import { libraryScenario, median } from '../helpers/scenario.js';

const SEEDS = [1, 2, 3, 4, 5];
const KLOUT_LIKE = ['klout-2010', 'klout-2011'] as const;
/** "Much less within the top 10 %": the top decile's R² at least this far below the population's. */
const TOP_DECILE_DROP = 0.2;

interface BaselineFacts {
  /** Power-law tail exponent of followers (active agents). */
  tailExponent: number;
  /** The last tick's `reciprocity` row: the share of follow edges returned. */
  reciprocity: number;
  /** Share of all posts of the run written by the top 10 % of posters. */
  top10PostShare: number;
  /** Median and 95th percentile of the displayed score over the active agents. */
  scoreP50: number;
  scoreP95: number;
  /** Per Klout-like algorithm: R² of log(1 + followers) with the score over all active agents and in its top 10 %. */
  rSquared: Record<(typeof KLOUT_LIKE)[number], { all: number; top10: number }>;
}

/** Runs the baseline for its full length on one seed and measures the facts at the last tick. */
function facts(seed: number): BaselineFacts {
  const resolved = libraryScenario('baseline');
  resolved.scoring.shadow = ['klout-2011'];
  resolved.metrics.reporters = ['followers'];
  const sim = Simulation.create(resolved, { seed }).tick(resolved.ticks);
  const { agents, graph, scoring } = sim.state;
  const n = agents.count;
  const followers = graph.inLen.subarray(0, n);
  const active = agents.active.subarray(0, n);
  const activeFollowers = Array.from(followers).filter((_, i) => active[i]);
  const logFollowers = Float64Array.from(followers, (f) => Math.log1p(f));
  const displayed = sortedValues(scoring.scores.get(resolved.scoring.displayed)!, n, active);
  const reciprocity = sim.recorder.rows.find((row) => row.tick === resolved.ticks && row.metric === 'reciprocity' && row.group === 'all');
  const fit = (name: string) => {
    const score = scoring.scores.get(name)!;
    const activeCount = displayed.length;
    const top = topIndices(score.subarray(0, n), topCount(0.1, activeCount), active);
    const ids = Int32Array.from({ length: n }, (_, i) => i).filter((i) => active[i]);
    return { all: rSquaredOver(ids, logFollowers, score), top10: rSquaredOver(top, logFollowers, score) };
  };
  return {
    tailExponent: powerLawTailExponent(activeFollowers).alpha,
    reciprocity: reciprocity!.value,
    top10PostShare: topShare(agents.posts.subarray(0, n), 0.1, active),
    scoreP50: quantileSorted(displayed, 0.5),
    scoreP95: quantileSorted(displayed, 0.95),
    rSquared: { 'klout-2010': fit('klout-2010'), 'klout-2011': fit('klout-2011') },
  };
}

describe('rSquared', () => {
  it('is 1 on a line, 0 without association and the squared correlation in between', () => {
    expect(rSquared([1, 2, 3, 4], [3, 5, 7, 9])).toBeCloseTo(1, 12);
    expect(rSquared([1, 2, 3, 4], [1, -1, -1, 1])).toBeCloseTo(0, 12);
    expect(rSquared([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.25, 12);
    expect(rSquaredOver([0, 2, 3], [1, 9, 2, 3], [1, 0, 3, 2])).toBeCloseTo(0.25, 12);
  });
});

describe('scenarios/baseline.yaml', () => {
  let runs: BaselineFacts[] = [];
  beforeAll(() => {
    runs = SEEDS.map(facts);
  }, 150_000);
  const medianOf = (pick: (facts: BaselineFacts) => number) => median(runs.map(pick));

  it('displays a Klout-like score', () => {
    expect(libraryScenario('baseline').scoring.displayed).toBe('klout-2010');
  });

  it('has heavy-tailed followers: tail exponent 2.0–2.6', () => {
    const alpha = medianOf((r) => r.tailExponent);
    expect(alpha).toBeGreaterThanOrEqual(2);
    expect(alpha).toBeLessThanOrEqual(2.6);
  });

  it('has reciprocity 0.15–0.30', () => {
    const reciprocity = medianOf((r) => r.reciprocity);
    expect(reciprocity).toBeGreaterThanOrEqual(0.15);
    expect(reciprocity).toBeLessThanOrEqual(0.3);
  });

  it('has the top 10 % of posters writing at least 70 % of posts', () => {
    expect(medianOf((r) => r.top10PostShare)).toBeGreaterThanOrEqual(0.7);
  });

  it('has a displayed score with median 15–25 and 95th percentile 40–60', () => {
    const p50 = medianOf((r) => r.scoreP50);
    const p95 = medianOf((r) => r.scoreP95);
    expect(p50).toBeGreaterThanOrEqual(15);
    expect(p50).toBeLessThanOrEqual(25);
    expect(p95).toBeGreaterThanOrEqual(40);
    expect(p95).toBeLessThanOrEqual(60);
  });

  it('has log(1 + followers) explaining most of the Klout-like scores (R² ≥ 0.7), much less in their top 10 %', () => {
    for (const name of KLOUT_LIKE) {
      const all = medianOf((r) => r.rSquared[name].all);
      const top10 = medianOf((r) => r.rSquared[name].top10);
      expect(all, name).toBeGreaterThanOrEqual(0.7);
      expect(top10, name).toBeLessThanOrEqual(all - TOP_DECILE_DROP);
      const seedsWithDrop = runs.filter((r) => r.rSquared[name].top10 <= r.rSquared[name].all - TOP_DECILE_DROP).length;
      expect(seedsWithDrop, name).toBeGreaterThanOrEqual(3);
    }
  });
});
