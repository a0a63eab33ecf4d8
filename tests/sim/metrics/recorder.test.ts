// Tests of MetricsRecorder's shock hooks: shock rows at their own tick, and the displayed score's history recomputed.
import { describe, expect, it } from 'vitest';
import { MetricsRecorder } from '../../../sim/metrics/recorder.js';
import type { MetricRow } from '../../../sim/metrics/reporter.js';

const row = (tick: number, metric: string, group: string, value: number): MetricRow => ({ tick, metric, group, value });

describe('MetricsRecorder.recordEvent', () => {
  it('adds the shocks reporter\'s `shock` row at the event\'s tick', () => {
    const recorder = new MetricsRecorder(5, 20, ['shocks']);
    recorder.recordEvent({ tick: 3, shock: 0, kind: 'hire', options: {}, effect: { hired: 2 } });
    expect(recorder.rows).toEqual([row(3, 'shock', 'hire', 1)]);
  });

  it('adds nothing when the shocks reporter is not selected', () => {
    const recorder = new MetricsRecorder(5, 20, ['population']);
    recorder.recordEvent({ tick: 3, shock: 0, kind: 'perks', options: {}, effect: {} });
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
    asked.recordEvent({ tick: 7, shock: 0, kind: 'switch', options: { to: 'kred' }, effect: { from: 'followers', to: 'kred', recomputeHistory: true } });
    expect(asked.rows[0].value).toBe(11);
    const notAsked = new MetricsRecorder(5, 20, []);
    notAsked.rows.push(...history());
    notAsked.recordEvent({ tick: 7, shock: 0, kind: 'switch', options: { to: 'kred' }, effect: { from: 'followers', to: 'kred', recomputeHistory: false } });
    expect(notAsked.rows).toEqual(history());
  });
});
