// Tests of the shock-analysis reporter: the day before a switch, change by cohort, rank churn, winners and losers, horizons.
import { describe, expect, it } from 'vitest';
import { spearman } from '../../../sim/analysis/spearman.js';
import { Simulation } from '../../../sim/engine/simulation.js';
import { horizonsDue } from '../../../sim/metrics/reporters/shockAnalysis.js';
import { changeStats, Cohort, switchOutcome, type SwitchStudy } from '../../../sim/metrics/switchStudy.js';
import { analysisScenario, rowsOf } from './metricsFixture.js';

/** A study of six agents (types lurker, lurker, chaser, chaser, engager, engager) switched on day 10. */
function handBuilt(): SwitchStudy {
  const P = Cohort.panel;
  return {
    shock: 0,
    tick: 10,
    from: 'followers',
    to: 'klout-2011',
    before: Float32Array.of(10, 20, 30, 40, 50, 60),
    type: Uint8Array.of(0, 0, 2, 2, 1, 1),
    cohort: Uint8Array.of(P, P | Cohort.active, P | Cohort.active, P | Cohort.active | Cohort.top10, P, 0),
    done: [],
  };
}

describe('changeStats', () => {
  it('gives mean, median and the shares that rose, fell and stayed (more than one point either way)', () => {
    expect(changeStats(Float64Array.of(-5, -1, 0.5, 1, 3))).toEqual({ agents: 5, mean: -0.3, median: 0.5, rose: 0.2, fell: 0.2, stayed: 0.6 });
    expect(changeStats(new Float64Array(0))).toEqual({ agents: 0, mean: NaN, median: NaN, rose: NaN, fell: NaN, stayed: NaN });
  });
});

describe('switchOutcome', () => {
  it('compares the panel still active, by type and prior cohort, with rank churn and the biggest movers', () => {
    const after = Float32Array.of(14, 15, 30.5, 20, 80, 99);
    const active = Uint8Array.of(1, 1, 1, 1, 0, 1); // agent 4 quit; agent 5 was not active the day before
    const outcome = switchOutcome(handBuilt(), after, active);
    expect(outcome.panel).toBe(4);
    expect([...outcome.cohorts.keys()]).toEqual(['all', 'lurker', 'chaser', 'top10', 'rest', 'active', 'quiet']);
    expect(outcome.cohorts.get('all')).toEqual({ agents: 4, mean: (4 - 5 + 0.5 - 20) / 4, median: (-5 + 0.5) / 2, rose: 0.25, fell: 0.5, stayed: 0.25 });
    expect(outcome.cohorts.get('chaser')!.mean).toBe((0.5 - 20) / 2);
    expect(outcome.cohorts.get('top10')!.mean).toBe(-20);
    expect(outcome.cohorts.get('quiet')).toMatchObject({ agents: 1, mean: 4 });
    expect(outcome.rankChurn).toBe(spearman([10, 20, 30, 40], [14, 15, 30.5, 20]));
    expect(outcome.winners.map((m) => m.id)).toEqual([0, 2, 1, 3]);
    expect(outcome.losers[0]).toEqual({ id: 3, type: 'chaser', before: 40, after: 20, change: -20 });
  });

  it('breaks ties among movers to the lower id', () => {
    const study = handBuilt();
    const outcome = switchOutcome(study, Float32Array.of(11, 21, 31, 41, 51, 61), new Uint8Array(6).fill(1));
    expect(outcome.winners.map((m) => m.id)).toEqual([0, 1, 2, 3, 4]);
    expect(outcome.losers.map((m) => m.id)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('horizonsDue', () => {
  const study = handBuilt();
  it('is due at T + k, and on the last tick as `end` for horizons beyond it', () => {
    expect(horizonsDue(study, 17, [7, 30], 100)).toEqual(['7d']);
    expect(horizonsDue(study, 40, [7, 30], 100)).toEqual(['30d']);
    expect(horizonsDue(study, 25, [7, 30], 25)).toEqual(['end']);
    expect(horizonsDue(study, 17, [7, 30], 17)).toEqual(['7d', 'end']);
    expect(horizonsDue(study, 40, [7, 30], 40)).toEqual(['30d']);
    expect(horizonsDue({ ...study, done: ['7d'] }, 17, [7], 100)).toEqual([]);
  });
});

describe('shockAnalysisReporter', () => {
  const scenario = analysisScenario({ metrics: 'reporters: [shock-analysis]' });

  it('keeps the displayed scores of the day before the switch and the prior cohorts', () => {
    const sim = Simulation.create(scenario, { seed: 3 }).tick(19);
    const dayBefore = sim.state.agents.score.slice(0, sim.state.agents.count);
    const posts = Array.from(sim.state.agents.posts.subarray(0, sim.state.agents.count)); // 19 days < 30: all posts so far
    const active = posts.map((_, i) => i).filter((i) => sim.state.agents.active[i]);
    sim.tick(1);
    const study = (sim.recorder.snapshotStates()['shock-analysis'] as { studies: SwitchStudy[] }).studies[0];
    expect(study).toMatchObject({ shock: 0, tick: 20, from: 'followers', to: 'klout-2011', done: [] });
    expect(Array.from(study.before)).toEqual(Array.from(dayBefore));
    const sorted = active.map((i) => posts[i]).sort((a, b) => a - b);
    const m = sorted.length;
    const median = m % 2 ? sorted[(m - 1) / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
    for (const i of active) expect((study.cohort[i] & Cohort.active) !== 0, `agent ${i}`).toBe(posts[i] > median);
    expect(study.cohort.filter((c) => c & Cohort.top10).length).toBe(Math.ceil(m / 10));
    expect(study.cohort.filter((c) => c & Cohort.panel).length).toBe(m);
  });

  it('measures at T + 7 and at the end when T + 30 lies beyond it, with rows by horizon and cohort', () => {
    const sim = Simulation.create(scenario, { seed: 3 }).tick(45);
    const rows = sim.recorder.rows;
    expect(rowsOf(rows, 'shock.days-after').map((r) => [r.tick, r.group, r.value])).toEqual([[27, '7d', 7], [45, 'end', 25]]);
    const groups = rowsOf(rows, 'shock.score-change-mean').filter((r) => r.tick === 27).map((r) => r.group);
    expect(groups).toEqual(expect.arrayContaining(['7d:all', '7d:lurker', '7d:chaser', '7d:top10', '7d:rest', '7d:active', '7d:quiet']));
    for (const r of rowsOf(rows, 'shock.rose')) {
      const [fell, stayed] = ['shock.fell', 'shock.stayed'].map((m) => rowsOf(rows, m, r.group).find((x) => x.tick === r.tick)!.value);
      expect(r.value + fell + stayed).toBeCloseTo(1, 12);
    }
    const summary = JSON.parse(JSON.stringify(sim.recorder.summary(sim.state)['shock-analysis']));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ shock: 0, tick: 20, from: 'followers', to: 'klout-2011' });
    const [week, end] = summary[0].horizons;
    expect([week.horizon, end.horizon, end.daysAfter]).toEqual(['7d', 'end', 25]);
    expect(week.winners).toHaveLength(10);
    const changes = week.winners.map((m: { change: number }) => m.change);
    expect(changes).toEqual(changes.slice().sort((a: number, b: number) => b - a));
    expect(week.losers[0].change).toBeLessThanOrEqual(week.losers[9].change);
    expect(week.cohorts.all.agents).toBe(week.panel);
  });
});
