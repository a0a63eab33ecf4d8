// Tests of the sweep files in scenarios/sweeps/: each one loads, with its base and every arm's scenario valid.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSweepFile } from '../../../sim/cli/loadSweepFile.js';

const folder = fileURLToPath(new URL('../../../scenarios/sweeps/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml'));

describe('scenarios/sweeps', () => {
  it.each(files)('%s loads: base, grid, every arm and every run key', async (name) => {
    const { plan, runs } = await loadSweepFile(join(folder, name));
    expect(plan.arms.length).toBeGreaterThan(1);
    expect(new Set(runs.map((run) => run.key)).size).toBe(runs.length);
  });

  it('chaser-alpha is a 2 × 3 grid with 10 seeds', async () => {
    const { plan } = await loadSweepFile(join(folder, 'chaser-alpha.yaml'));
    expect(plan.arms.map((arm) => arm.arm)).toEqual([
      'scoreSeeking=0.5 credibilityGamma=0',
      'scoreSeeking=0.5 credibilityGamma=0.2',
      'scoreSeeking=0.5 credibilityGamma=0.4',
      'scoreSeeking=2 credibilityGamma=0',
      'scoreSeeking=2 credibilityGamma=0.2',
      'scoreSeeking=2 credibilityGamma=0.4',
    ]);
    expect(plan.resolved.seeds).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
