// Tests of summary.json: numbers written like metrics.csv, every reporter's section, the same bytes for the same seed.
import { describe, expect, it } from 'vitest';
import { jsonSafe, SUMMARY_VERSION } from '../../../sim/metrics/summaryJson.js';
import { simulationOutputs } from '../../../sim/run/runScenario.js';
import { analysisScenario, runAnalysis } from './metricsFixture.js';

describe('jsonSafe', () => {
  it('keeps whole numbers, rounds others to 6 significant digits, writes NaN as null, copies arrays and objects', () => {
    expect(jsonSafe({ id: 1234567, share: 1 / 3, gap: NaN, none: undefined, list: Float32Array.of(0.1, 2), nested: [Infinity, 'x', true] })).toEqual({
      id: 1234567,
      share: 0.333333,
      gap: null,
      list: [0.1, 2],
      nested: [null, 'x', true],
    });
  });
});

describe('summary.json', () => {
  const sim = runAnalysis(analysisScenario());
  const file = (s: typeof sim) => simulationOutputs(s).files.find((f) => f.name === 'summary.json')!.content;
  const summary = JSON.parse(file(sim));

  it('holds the version, seed and ticks, then each reporter\'s section in registry order', () => {
    expect(Object.keys(summary)).toEqual(['version', 'seed', 'ticks', 'tick', 'validity', 'million-follower-fallacy', 'shock-analysis', 'cliques', 'experience', 'hiring']);
    expect([summary.version, summary.seed, summary.ticks, summary.tick]).toEqual([SUMMARY_VERSION, 3, 45, 45]);
  });

  it('summarises the end of the run', () => {
    expect(summary.validity.tick).toBe(45);
    expect(Object.keys(summary.validity.algorithms)).toEqual(['followers', 'engagement-rate', 'klout-2011']);
    expect(summary['million-follower-fallacy'].pairs.map((p: { pair: string }) => p.pair)).toEqual(['followers-shares', 'followers-mentions', 'shares-mentions']);
    expect(summary['shock-analysis'][0].horizons.map((h: { horizon: string }) => h.horizon)).toEqual(['7d', 'end']);
    expect(summary.cliques.history).toHaveLength(5);
    expect(summary.cliques.events.every((e: { kind: string }) => ['birth', 'death', 'merge', 'split'].includes(e.kind))).toBe(true);
    expect(summary.experience.scoreGini.displayed).toBeGreaterThan(0);
    expect(summary.hiring).toHaveLength(3);
  });

  it('has the same bytes for the same seed, and different ones for another', () => {
    expect(file(runAnalysis(analysisScenario()))).toBe(file(sim));
    expect(file(runAnalysis(analysisScenario(), 45, 4))).not.toBe(file(sim));
  });

  it('holds only the sections of the reporters that ran', () => {
    const only = runAnalysis(analysisScenario({ ticks: 25, metrics: 'reporters: [population, hiring]' }));
    expect(Object.keys(JSON.parse(file(only)))).toEqual(['version', 'seed', 'ticks', 'tick', 'hiring']);
  });
});
