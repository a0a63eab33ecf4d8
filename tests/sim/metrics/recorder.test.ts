// Tests of MetricsRecorder: shock rows at their own tick, the displayed score's history recomputed, reporters' schedules and own state.
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { MetricsRecorder } from '../../../sim/metrics/recorder.js';
import type { MetricRow } from '../../../sim/metrics/reporter.js';
import { analysisScenario, rowsOf, runAnalysis } from './metricsFixture.js';

/** A state to hand to hooks that do not read it (the shocks reporter). */
const { state } = Simulation.create(analysisScenario({ agents: 50 }), { ticks: 1 });

const row = (tick: number, metric: string, group: string, value: number): MetricRow => ({ tick, metric, group, value });

describe('MetricsRecorder.recordEvent', () => {
  it('adds the shocks reporter\'s `shock` row at the event\'s tick', () => {
    const recorder = new MetricsRecorder(5, 20, ['shocks']);
    recorder.recordEvent({ tick: 3, shock: 0, kind: 'hire', options: {}, effect: { hired: 2 } }, state);
    expect(recorder.rows).toEqual([row(3, 'shock', 'hire', 1)]);
  });

  it('adds nothing when the shocks reporter is not selected', () => {
    const recorder = new MetricsRecorder(5, 20, ['population']);
    recorder.recordEvent({ tick: 3, shock: 0, kind: 'perks', options: {}, effect: {} }, state);
    expect(recorder.rows).toEqual([]);
  });
});

describe('MetricsRecorder.recomputeHistory', () => {
  const history = () => [
    row(0, 'score', 'p50', 20), row(0, 'score.kred', 'p50', 11), row(0, 'score-median', 'chaser', 30), row(0, 'score.kred-median', 'chaser', 33),
    row(5, 'score', 'p50', 21), row(5, 'score.kred', 'p50', 12), row(5, 'score-median', 'chaser', 31), row(5, 'score.kred-median', 'chaser', 34),
    row(10, 'score', 'p50', 12), row(10, 'score.kred', 'p50', 12),
  ];

  it('replaces score and score-median rows before the tick with the algorithm\'s rows of the same tick and group', () => {
    const recorder = new MetricsRecorder(5, 20, []);
    recorder.rows.push(...history());
    expect(recorder.recomputeHistory('kred', 10)).toBe(4);
    expect(recorder.rows.filter((r) => r.metric === 'score' || r.metric === 'score-median').map((r) => r.value)).toEqual([11, 33, 12, 34, 12]);
  });

  it('runs for a switch event whose effect asks for it, and only then', () => {
    const asked = new MetricsRecorder(5, 20, []);
    asked.rows.push(...history());
    asked.recordEvent({ tick: 7, shock: 0, kind: 'switch', options: { to: 'kred' }, effect: { from: 'followers', to: 'kred', recomputeHistory: true } }, state);
    expect(asked.rows[0].value).toBe(11);
    const notAsked = new MetricsRecorder(5, 20, []);
    notAsked.rows.push(...history());
    notAsked.recordEvent({ tick: 7, shock: 0, kind: 'switch', options: { to: 'kred' }, effect: { from: 'followers', to: 'kred', recomputeHistory: false } }, state);
    expect(notAsked.rows).toEqual(history());
  });
});

describe('MetricsRecorder.record', () => {
  const sim = runAnalysis();
  const ticksOf = (metric: string) => [...new Set(rowsOf(sim.recorder.rows, metric).map((r) => r.tick))];

  it('runs interval reporters at tick 0, every interval and on the last tick', () => {
    expect(ticksOf('agents')).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45]);
    expect(ticksOf('validity.spearman')).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45]);
  });

  it('runs reporters with their own schedule when they are due, between intervals too', () => {
    expect(ticksOf('clique.modularity')).toEqual([10, 20, 30, 40, 45]);
    expect(ticksOf('hiring.precision')).toEqual([10, 25, 30]);
    expect(ticksOf('shock.rank-churn')).toEqual([27, 45]);
  });

  it('resets the interval totals only on the interval schedule', () => {
    const reads = rowsOf(sim.recorder.rows, 'reads').filter((r) => r.tick > 0);
    expect(reads.length).toBe(9);
    expect(reads.every((r) => r.value > 0)).toBe(true);
  });

  it('keeps each reporter\'s own state and restores it from a snapshot without sharing memory', () => {
    const recorder = new MetricsRecorder(5, 45, ['cliques']);
    const snapshot = sim.recorder.snapshotStates();
    recorder.restoreStates(snapshot);
    expect(recorder.snapshotStates()).toEqual({ cliques: snapshot.cliques });
    const labels = (snapshot.cliques as { label: Int32Array }).label;
    labels.fill(-7);
    expect((sim.recorder.snapshotStates().cliques as { label: Int32Array }).label).not.toContain(-7);
  });
});
