// Tests of the run plan: canonical order, shards that partition it, and the text a run's cache key hashes.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../sim/scenario/load.js';
import { plannedRuns, runKeyText, shardRuns } from '../../../sim/sweep/runPlan.js';

describe('plannedRuns', () => {
  it('lists every seed of the first arm, then of the second, numbering the runs in that order', () => {
    expect(plannedRuns(2, [5, 'x'])).toEqual([
      { index: 0, arm: 0, seedIndex: 0, seed: 5 },
      { index: 1, arm: 0, seedIndex: 1, seed: 'x' },
      { index: 2, arm: 1, seedIndex: 0, seed: 5 },
      { index: 3, arm: 1, seedIndex: 1, seed: 'x' },
    ]);
  });
});

describe('shardRuns', () => {
  it('gives shard i the runs with index mod n = i − 1, so the shards cover every run exactly once', () => {
    const runs = plannedRuns(3, [1, 2, 3, 4, 5]);
    expect(shardRuns(runs, { index: 2, count: 4 }).map((r) => r.index)).toEqual([1, 5, 9, 13]);
    const all = [1, 2, 3, 4].flatMap((index) => shardRuns(runs, { index, count: 4 }).map((r) => r.index));
    expect(all.sort((a, b) => a - b)).toEqual(runs.map((r) => r.index));
  });
});

describe('runKeyText', () => {
  const { resolved } = loadScenario('agents:\n  count: 100\n', 'tiny.yaml');
  const identity = { version: '1.0.0', resolved, seed: 3, ticks: 10 };

  it('is the same for the same run and differs with the version, seed, ticks, scenario or edge list', () => {
    const text = runKeyText(identity);
    expect(runKeyText({ ...identity, resolved: JSON.parse(JSON.stringify(resolved)) })).toBe(text);
    expect(runKeyText({ ...identity, version: '1.0.1' })).not.toBe(text);
    expect(runKeyText({ ...identity, seed: 4 })).not.toBe(text);
    expect(runKeyText({ ...identity, ticks: 11 })).not.toBe(text);
    expect(runKeyText({ ...identity, edgeListSha256: 'ab' })).not.toBe(text);
    const changed = { ...resolved, behaviour: { ...resolved.behaviour, conversion: 0.5 } };
    expect(runKeyText({ ...identity, resolved: changed })).not.toBe(text);
  });

  it('writes the run\'s own seed and ticks into the scenario, so the scenario\'s defaults do not split the cache', () => {
    const other = { ...resolved, seed: 99, ticks: 365 };
    expect(runKeyText({ ...identity, resolved: other })).toBe(runKeyText(identity));
  });
});
