// Tests of aggregateSweep: tidy summaries per arm and tick, paired differences, metric selectors, order independence.
import { describe, expect, it } from 'vitest';
import { aggregateSweep, type SweepRunMetrics } from '../../../sim/sweep/aggregate.js';

/** A metrics.csv with score p50 and p95 and reciprocity at ticks 0 and 5, shifted by `shift`. */
function metrics(shift: number): string {
  const lines = ['tick,metric,group,value'];
  for (const tick of [0, 5]) {
    lines.push(`${tick},score,p50,${10 + shift + tick}`, `${tick},score,p95,${40 + shift}`, `${tick},reciprocity,all,0.2`);
  }
  return `${lines.join('\n')}\n`;
}

/** Two arms × three seeds: seed s of arm 0 is shifted by s, of arm 1 by s + 2 (a constant paired difference of 2). */
const RUNS: SweepRunMetrics[] = [0, 1].flatMap((arm) => [0, 1, 2].map((seedIndex) => ({ arm, seedIndex, metricsCsv: metrics(seedIndex + 2 * arm) })));
const INPUT = { arms: ['a=1', 'a=2'], seedCount: 3, metrics: ['score:p50', 'reciprocity'], bootstrap: { resamples: 500, seed: 1 }, runs: RUNS };

const lines = (text: string) => text.trimEnd().split('\n');

describe('aggregateSweep', () => {
  it('summarises each selected metric per arm and tick, in selector order', () => {
    const { summaryCsv } = aggregateSweep(INPUT);
    const rows = lines(summaryCsv);
    expect(rows[0]).toBe('arm,metric,group,tick,n,mean,sd,ci_low,ci_high');
    expect(rows.map((r) => r.split(',').slice(0, 7).join(','))).toEqual([
      'arm,metric,group,tick,n,mean,sd',
      'a=1,score,p50,0,3,11,1',
      'a=1,score,p50,5,3,16,1',
      'a=1,reciprocity,all,0,3,0.2,0',
      'a=1,reciprocity,all,5,3,0.2,0',
      'a=2,score,p50,0,3,13,1',
      'a=2,score,p50,5,3,18,1',
      'a=2,reciprocity,all,0,3,0.2,0',
      'a=2,reciprocity,all,5,3,0.2,0',
    ]);
    expect(rows[1].split(',').slice(7).map(Number)).toSatisfy(([low, high]: number[]) => low >= 10 && low < 11 && high > 11 && high <= 12);
    expect(rows[3]).toBe('a=1,reciprocity,all,0,3,0.2,0,0.2,0.2');
  });

  it('pairs each later arm with the first seed by seed', () => {
    const { differencesCsv } = aggregateSweep(INPUT);
    expect(lines(differencesCsv)).toEqual([
      'arm,versus,metric,group,tick,n,mean,sd,ci_low,ci_high',
      'a=2,a=1,score,p50,0,3,2,0,2,2',
      'a=2,a=1,score,p50,5,3,2,0,2,2',
      'a=2,a=1,reciprocity,all,0,3,0,0,0,0',
      'a=2,a=1,reciprocity,all,5,3,0,0,0,0',
    ]);
  });

  it('gives the same bytes whatever order the runs come in', () => {
    const forward = aggregateSweep(INPUT);
    const backward = aggregateSweep({ ...INPUT, runs: [...RUNS].reverse() });
    expect(backward).toEqual(forward);
  });

  it('lowers n for a missing run and changes the intervals only through the data and the bootstrap seed', () => {
    const { summaryCsv } = aggregateSweep({ ...INPUT, runs: RUNS.slice(1) });
    expect(lines(summaryCsv)[1]).toMatch(/^a=1,score,p50,0,2,11\.5,/);
    const reseeded = aggregateSweep({ ...INPUT, bootstrap: { resamples: 500, seed: 2 } });
    expect(reseeded.summaryCsv).not.toBe(aggregateSweep(INPUT).summaryCsv);
  });

  it('reads metric.group as metric:group and reports selectors that match nothing, with a hint', () => {
    const result = aggregateSweep({ ...INPUT, metrics: ['score.p95', 'score:p05', 'reciprocty'] });
    expect(lines(result.summaryCsv)[1]).toMatch(/^a=1,score,p95,0,3,41,/);
    expect(result.unmatchedMetrics).toEqual([
      { selector: 'score:p05', hint: ' did you mean "score:p50"?' },
      { selector: 'reciprocty', hint: ' did you mean "reciprocity"?' },
    ]);
  });

  it('writes every group of a metric named alone, each pair once even when selected twice', () => {
    const result = aggregateSweep({ ...INPUT, arms: ['a=1'], runs: RUNS.slice(0, 3), metrics: ['score', 'score:p50'] });
    expect(lines(result.summaryCsv).map((r) => r.split(',').slice(1, 4).join(','))).toEqual([
      'metric,group,tick',
      'score,p50,0',
      'score,p50,5',
      'score,p95,0',
      'score,p95,5',
    ]);
    expect(result.unmatchedMetrics).toEqual([]);
    expect(lines(result.differencesCsv)).toHaveLength(1);
  });
});
