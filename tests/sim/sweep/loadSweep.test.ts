// Tests of loadSweep: defaults, grids and ranges resolved in order, and every kind of mistake located at its line.
import { describe, expect, it } from 'vitest';
import { loadSweep } from '../../../sim/sweep/loadSweep.js';
import { DEFAULT_SWEEP_METRICS } from '../../../sim/sweep/schema.js';
import { issueLines, yaml } from './sweepIssues.js';

const FILE = 'sweeps/alpha.yaml';

describe('loadSweep', () => {
  it('fills in the defaults: seeds 1..10, the default metrics, 2000 bootstrap resamples, the name from the file', () => {
    const sweep = loadSweep(yaml('base: ../baseline.yaml'), FILE);
    expect(sweep.name).toBe('alpha');
    expect(sweep.seeds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sweep.parsed.metrics).toEqual(DEFAULT_SWEEP_METRICS);
    expect(sweep.parsed.bootstrap).toEqual({ resamples: 2000, seed: 1 });
    expect(sweep.parsed.ticks).toBeUndefined();
    expect(sweep.grid).toEqual([]);
  });

  it('keeps grid entries in the order written and expands ranges without rounding noise', () => {
    const sweep = loadSweep(
      yaml(
        'base: b.yaml',
        'grid:',
        "  'agents.types.chaser.scoreSeeking': [0.5, 1.5]",
        '  behaviour.credibilityGamma: { from: 0, to: 0.3, step: 0.1 }',
        'seeds: [7, a-word, 3]',
        'ticks: 30',
      ),
      FILE,
    );
    expect(sweep.grid).toEqual([
      { path: 'agents.types.chaser.scoreSeeking', values: [0.5, 1.5], range: false },
      { path: 'behaviour.credibilityGamma', values: [0, 0.1, 0.2, 0.3], range: true },
    ]);
    expect(sweep.seeds).toEqual([7, 'a-word', 3]);
    expect(sweep.parsed.ticks).toBe(30);
  });

  it('locates schema problems at their lines, with what would be valid', () => {
    const lines = issueLines(() =>
      loadSweep(yaml('base: b.yaml', 'grid:', '  a.b: 3', '  c.d: { from: 0, too: 1, step: 1 }', 'seeds: 0', 'seedz: 1'), FILE),
    );
    expect(lines).toEqual([
      'sweeps/alpha.yaml:3:3: grid.a.b: expected a list of values or a range {from, to, step}, got 3',
      'sweeps/alpha.yaml:4:3: grid.c.d.to: missing required field; expected a number',
      'sweeps/alpha.yaml:4:19: grid.c.d.too: unknown key "too"; did you mean "to"? valid keys: from, to, step',
      'sweeps/alpha.yaml:5:1: seeds: must be at least 1 (got 0)',
      'sweeps/alpha.yaml:6:1: seedz: unknown key "seedz"; did you mean "seeds"? valid keys: name, description, base, grid, seeds, ticks, metrics, bootstrap',
    ]);
  });

  it('reports a missing base, an empty range, duplicate values and seeds, a grid seed and two ticks', () => {
    const lines = issueLines(() =>
      loadSweep(
        yaml('grid:', '  seed: [1, 2]', '  ticks: [5, 5]', '  behaviour.conversion: { from: 1, to: 0, step: 0.5 }', 'seeds: [1, 2, 1]', 'ticks: 9'),
        FILE,
      ),
    );
    expect(lines).toEqual(['sweeps/alpha.yaml:1:1: base: missing required field; expected a string']);
    const later = issueLines(() =>
      loadSweep(
        yaml('base: b.yaml', 'grid:', '  seed: [1, 2]', '  ticks: [5, 5]', '  behaviour.conversion: { from: 1, to: 0, step: 0.5 }', 'seeds: [1, 2, 1]', 'ticks: 9'),
        FILE,
      ),
    );
    expect(later).toEqual([
      'sweeps/alpha.yaml:3:3: grid.seed: the seed of every run comes from `seeds`; remove this entry and list the seeds there',
      'sweeps/alpha.yaml:4:14: grid.ticks[1]: duplicate value 5 (also item 0)',
      'sweeps/alpha.yaml:5:36: grid.behaviour.conversion.to: must be at least from (1); got 0',
      'sweeps/alpha.yaml:6:15: seeds[2]: duplicate seed 1 (also item 0)',
      'sweeps/alpha.yaml:7:1: ticks: ticks is both in the grid and set here; keep one',
    ]);
  });

  it('rejects a grid key that is not a dotted scenario path, and a range of more than 1000 values', () => {
    const lines = issueLines(() =>
      loadSweep(yaml('base: b.yaml', 'grid:', '  "agents..count": [1]', '  behaviour.conversion: { from: 0, to: 1, step: 0.001 }'), FILE),
    );
    expect(lines[0]).toMatch(/^sweeps\/alpha\.yaml:3:3: grid\.agents\.\.count: not a scenario path/);
    expect(lines[1]).toBe('sweeps/alpha.yaml:4:3: grid.behaviour.conversion: the range gives 1001 values; at most 1000');
  });

  it('counts the runs of every arm against the limit', () => {
    const lines = issueLines(() =>
      loadSweep(yaml('base: b.yaml', 'grid:', '  ticks: { from: 1, to: 200, step: 1 }', 'seeds: 1000'), FILE),
    );
    expect(lines).toEqual(['sweeps/alpha.yaml:2:1: grid: 200 arms × 1000 seeds = 200000 runs; at most 100000']);
  });

  it('reports YAML syntax errors with their line', () => {
    const lines = issueLines(() => loadSweep(yaml('base: b.yaml', 'grid: [1, 2', 'seeds: 3'), FILE));
    expect(lines[0]).toMatch(/^sweeps\/alpha\.yaml:\d+:\d+: invalid YAML: /);
  });
});
