// Tests of the experience reporter: Gini, the score-by-hours curve, perk bunching, the bait share of feeds, rows of a run.
import { describe, expect, it } from 'vitest';
import { gini } from '../../../sim/metrics/gini.js';
import { perkBunching, scoreByHours } from '../../../sim/metrics/scoreCurves.js';
import { analysisScenario, rowsOf, runAnalysis } from './metricsFixture.js';

describe('gini', () => {
  it('is 0 for equal shares, (n − 1)/n when one holds everything, NaN without a total', () => {
    expect(gini(Float64Array.of(3, 3, 3, 3))).toBe(0);
    expect(gini(Float64Array.of(0, 5, 0, 0))).toBe(0.75);
    expect(gini(Float64Array.of(1, 2, 3, 4))).toBeCloseTo(0.25, 15);
    expect(gini(new Float64Array(3))).toBeNaN();
    expect(gini(new Float64Array(0))).toBeNaN();
  });
});

describe('scoreByHours', () => {
  it('bins agents by hours invested, [lo, hi), and gives each non-empty bin its means', () => {
    const bins = scoreByHours([10, 20, 30, 40, 50], [0.5, 1.5, 1, 7, 6000]);
    expect(bins).toEqual([
      { label: '0-1', agents: 1, meanHours: 0.5, meanScore: 10 },
      { label: '1-2', agents: 2, meanHours: 1.25, meanScore: 25 },
      { label: '5-10', agents: 1, meanHours: 7, meanScore: 40 },
      { label: '5000+', agents: 1, meanHours: 6000, meanScore: 50 },
    ]);
  });
});

describe('perkBunching', () => {
  it('divides the agents in [T, T + 3) by those in [T − 3, T)', () => {
    const scores = [32, 33, 34.9, 35, 36, 37.9, 38, 41];
    expect(perkBunching(scores, [35, 40, 90])).toEqual([1, 0.5, NaN]);
  });
});

describe('experienceReporter', () => {
  const sim = runAnalysis(analysisScenario({ ticks: 30, metrics: 'reporters: [activity, experience]' }));
  const rows = sim.recorder.rows;

  it('emits every measure on the interval schedule, the Gini of the displayed score and of each algorithm', () => {
    expect([...new Set(rowsOf(rows, 'experience.score-gini').map((r) => r.tick))]).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(rowsOf(rows, 'experience.score-gini').filter((r) => r.tick === 30).map((r) => r.group)).toEqual(
      ['displayed', 'followers', 'engagement-rate', 'klout-2011'],
    );
    const gini = (tick: number, group: string) => rowsOf(rows, 'experience.score-gini', group).find((r) => r.tick === tick)!.value;
    expect(gini(15, 'displayed')).toBe(gini(15, 'followers'));
    expect(gini(30, 'displayed')).toBe(gini(30, 'klout-2011'));
    expect(rowsOf(rows, 'experience.perk-bunching').filter((r) => r.tick === 30).map((r) => r.group)).toEqual(['35', '40', '50', '55']);
    expect(rowsOf(rows, 'experience.minutes-per-conversion', 'chaser').at(-1)!.value).toBeGreaterThan(0);
  });

  it('measures the share of reads that were bait, from the interval totals', () => {
    const shares = rowsOf(rows, 'experience.bait-feed-share').filter((r) => r.tick > 0);
    expect(shares.every((r) => r.value > 0 && r.value < 1)).toBe(true);
    expect(rowsOf(rows, 'experience.bait-feed-share')[0].value).toBeNaN(); // tick 0: nothing read yet
  });

  it('draws the score-by-hours curve for score seekers only', () => {
    const seekers = rowsOf(rows, 'experience.seekers-by-hours').filter((r) => r.tick === 30).reduce((s, r) => s + r.value, 0);
    const { agents, tables } = sim.state;
    let expected = 0;
    for (let i = 0; i < agents.count; i++) if (agents.active[i] && tables.scoreSeeking[agents.type[i]] > 0) expected++;
    expect(seekers).toBe(expected);
  });

  it('sums bait reads over the run for summary.json', () => {
    const own = sim.recorder.snapshotStates().experience as { baitReads: number; reads: number };
    expect(own.reads).toBe(rowsOf(rows, 'reads').reduce((s, r) => s + r.value, 0));
    expect(own.baitReads).toBeGreaterThan(0);
    const summary = sim.recorder.summary(sim.state).experience as { baitFeedShare: number };
    expect(summary.baitFeedShare).toBeCloseTo(own.baitReads / own.reads, 5);
  });
});
