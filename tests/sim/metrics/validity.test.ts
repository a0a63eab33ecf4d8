// Tests of the validity reporter: every score against true influence — the analysis kernels' values, exact cases, rows of a run.
import { describe, expect, it } from 'vitest';
import { hiddenGems } from '../../../sim/analysis/hiddenGems.js';
import { kendallTauB } from '../../../sim/analysis/kendallTauB.js';
import { precisionAtK } from '../../../sim/analysis/precisionAtK.js';
import { spearman } from '../../../sim/analysis/spearman.js';
import { topCount, topIndices } from '../../../sim/analysis/topIndices.js';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { Rng } from '../../../sim/core/rng.js';
import { validityReporter } from '../../../sim/metrics/reporters/validity.js';
import { truthRanking, validityMeasures } from '../../../sim/metrics/validityMeasures.js';
import { analysisScenario, rowsOf, runAnalysis } from './metricsFixture.js';

/** n values from the seeded stream, rounded to `step` so ties occur. */
function values(rng: Rng, n: number, step: number): Float64Array {
  return Float64Array.from({ length: n }, () => Math.round((rng.next() * 100) / step) * step);
}

describe('validityMeasures', () => {
  it('equals spearman, kendallTauB, precisionAtK and hiddenGems on the same agents, ties included', () => {
    const rng = Rng.fromSeed('validity');
    const n = 537;
    const score = values(rng, n, 5);
    const truth = values(rng, n, 2);
    const types = Uint8Array.from({ length: n }, (_, i) => i % 3);
    const m = validityMeasures(score, truthRanking(truth), types);
    expect(m.spearman).toBe(spearman(score, truth));
    expect(m.kendall).toBe(kendallTauB(score, truth));
    const top10 = topIndices(score, topCount(0.1, n));
    expect(m.top10.spearman).toBe(spearman(Array.from(top10, (i) => score[i]), Array.from(top10, (i) => truth[i])));
    expect(m.top1.kendall).toBe(kendallTauB(Array.from(top10.subarray(0, 6), (i) => score[i]), Array.from(top10.subarray(0, 6), (i) => truth[i])));
    expect(m.precisionTop10).toBe(precisionAtK(score, truth, topCount(0.1, n)));
    expect(m.precisionTop1).toBe(precisionAtK(score, truth, topCount(0.01, n)));
    const gems = hiddenGems(score, truth, new Uint8Array(n).fill(1));
    expect(m.hiddenGems).toBe(gems.length);
    expect(Array.from(m.hiddenGemsByType.subarray(0, 3))).toEqual([0, 1, 2].map((t) => gems.filter((i) => types[i] === t).length));
  });

  it('finds a perfect score perfect and a reversed one missing every gem', () => {
    const truth = Float64Array.from({ length: 100 }, (_, i) => i);
    const types = new Uint8Array(100);
    const perfect = validityMeasures(truth.map((v) => 2 * v + 1), truthRanking(truth), types);
    expect([perfect.spearman, perfect.kendall, perfect.top10.spearman, perfect.precisionTop1, perfect.precisionTop10, perfect.hiddenGems]).toEqual([1, 1, 1, 1, 1, 0]);
    const reversed = validityMeasures(truth.map((v) => -v), truthRanking(truth), types);
    expect([reversed.spearman, reversed.kendall, reversed.precisionTop10, reversed.hiddenGems]).toEqual([-1, -1, 0, 10]);
  });

  it('gives NaN for a constant score and for no agents', () => {
    const truth = Float64Array.of(1, 2, 3, 4);
    const flat = validityMeasures(new Float64Array(4).fill(20), truthRanking(truth), new Uint8Array(4));
    expect([flat.spearman, flat.kendall]).toEqual([NaN, NaN]);
    const none = validityMeasures(new Float64Array(0), truthRanking(new Float64Array(0)), new Uint8Array(0));
    expect([none.spearman, none.precisionTop10, none.hiddenGems]).toEqual([NaN, NaN, 0]);
  });
});

describe('validityReporter', () => {
  const sim = runAnalysis(analysisScenario({ ticks: 25, metrics: 'reporters: [validity]' }));
  const atEnd = sim.recorder.rows.filter((r) => r.tick === 25);

  it('emits every measure for every active algorithm, and hidden gems by type', () => {
    for (const name of ['followers', 'engagement-rate', 'klout-2011']) {
      expect(rowsOf(atEnd, 'validity.spearman').map((r) => r.group)).toContain(`${name}:top1`);
      expect(rowsOf(atEnd, 'validity.precision').map((r) => r.group)).toEqual(expect.arrayContaining([`${name}:top1`, `${name}:top10`]));
      expect(rowsOf(atEnd, 'validity.hidden-gems', `${name}:lurker`)).toHaveLength(1);
    }
    expect(rowsOf(atEnd, 'validity.kendall')).toHaveLength(9);
  });

  it('measures the active agents only, against trueInfluence', () => {
    const { agents, scoring } = sim.state;
    const own = validityReporter.createState!();
    const before = new Map<string, number>();
    validityReporter.report(sim.state, (metric, group, value) => before.set(`${metric}/${group}`, value), own);
    const chaser = agents.type.findIndex((t) => t === AgentType.chaser);
    agents.active[chaser] = 0;
    const after = new Map<string, number>();
    validityReporter.report(sim.state, (metric, group, value) => after.set(`${metric}/${group}`, value), own);
    agents.active[chaser] = 1;
    const ids = Array.from({ length: agents.count }, (_, i) => i).filter((i) => i !== chaser && agents.active[i]);
    const score = scoring.scores.get('followers')!;
    expect(after.get('validity.spearman/followers')).toBe(spearman(ids.map((i) => score[i]), ids.map((i) => agents.trueInfluence[i])));
    expect(before.get('validity.spearman/followers')).toBe(rowsOf(atEnd, 'validity.spearman', 'followers')[0].value);
  });

  it('keeps the last record for summary.json', () => {
    const summary = validityReporter.summary!(sim.state, sim.recorder.snapshotStates().validity as never) as Record<string, unknown>;
    expect(summary.tick).toBe(25);
    expect(Object.keys(summary.algorithms as object)).toEqual(['followers', 'engagement-rate', 'klout-2011']);
  });
});
