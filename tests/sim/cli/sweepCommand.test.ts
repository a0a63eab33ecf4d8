// Tests of `scorechase sweep`: the sweep folder, byte-identical output for any number of workers, the cache, failed runs, bad input.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../sim/cli/resultsFolder.js';
import { sweepCommand } from '../../../sim/cli/sweepCommand.js';
import { captureIo } from './captureIo.js';
import { CLI_BUILT } from './spawnCli.js';
import { makeSweepDir, runIn, sweepFiles } from './sweepFixtures.js';

const STACK_LINE = /^\s+at /m;
let dir: string;
const cli = (...args: string[]) => runIn(dir, ...args);

let reference: Map<string, string>;

beforeAll(async () => {
  expect(CLI_BUILT, 'the command line is not built: run `npm run build:cli` (npm test does it)').toBe(true);
  dir = await makeSweepDir();
  const result = await cli('sweep', 'sweep.yaml', '--workers', '2', '--out', 'out-reference');
  expect(result).toMatchObject({ code: 0, stderr: '' });
  reference = await sweepFiles(join(dir, 'out-reference'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('scorechase sweep', () => {
  it('writes the plan, one cache folder per run, summary.csv, differences.csv and sweep.json with their hashes', async () => {
    const names = [...reference.keys()];
    expect(names.filter((n) => !n.startsWith('runs/'))).toEqual(['differences.csv', 'plan.json', 'summary.csv', 'sweep.json']);
    expect(names.filter((n) => n.endsWith('/metrics.csv'))).toHaveLength(6);
    expect(names.filter((n) => n.endsWith('/run.json'))).toHaveLength(6);
    const record = JSON.parse(reference.get('sweep.json')!);
    expect(record.outputs).toEqual({
      'differences.csv': sha256Hex(reference.get('differences.csv')!),
      'summary.csv': sha256Hex(reference.get('summary.csv')!),
    });
    expect(record.runs).toEqual({ planned: 6, completed: 6, missing: [] });
    expect(record.arms.map((a: { arm: string }) => a.arm)).toEqual(['scoreSeeking=0.5', 'scoreSeeking=2']);
    const summary = reference.get('summary.csv')!.split('\n');
    expect(summary[0]).toBe('arm,metric,group,tick,n,mean,sd,ci_low,ci_high');
    expect(summary[1]).toMatch(/^scoreSeeking=0\.5,score,p50,0,3,/);
    expect(reference.get('differences.csv')!.split('\n')[1]).toMatch(/^scoreSeeking=2,scoreSeeking=0\.5,score,p50,0,3,/);
    const run = JSON.parse([...reference].find(([n]) => n.endsWith('run.json'))![1]);
    expect(Object.keys(run)).toEqual(['engine', 'version', 'key', 'arm', 'params', 'seed', 'ticks', 'scenario']);
  });

  it('gives byte-identical output with one worker as with two', async () => {
    const result = await cli('sweep', 'sweep.yaml', '--workers', '1', '--out', 'out-one-worker');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`sweep: 2 arms × 3 seeds; 6 runs: 6 run now, 0 from the cache, 0 failed (1 worker)\nresults: ${join(dir, 'out-one-worker')}\n`);
    expect(await sweepFiles(join(dir, 'out-one-worker'))).toEqual(reference);
  });

  it('runs nothing again in a finished folder and rewrites the same bytes', async () => {
    const result = await cli('sweep', 'sweep.yaml', '--out', 'out-reference');
    expect(result.stdout).toMatch(/6 runs: 0 run now, 6 from the cache, 0 failed\n/);
    expect(await sweepFiles(join(dir, 'out-reference'))).toEqual(reference);
  });

  it('reports a failed run with its arm and seed, aggregates the rest and exits 1', async () => {
    const worker = join(dir, 'failing-worker.mjs');
    const real = new URL('../../../dist/sim/cli/sweepWorker.js', import.meta.url).href;
    await writeFile(worker, `import run from '${real}';\nexport default (task) => { if (task.seed === 2) throw new Error('boom'); return run(task); };\n`);
    const captured = captureIo();
    const out = join(dir, 'out-failing');
    const code = await sweepCommand(join(dir, 'sweep.yaml'), { out, workers: 2 }, captured.io, { workerFile: worker });
    expect(code).toBe(1);
    expect(captured.stderr).toContain('scorechase: run failed: arm scoreSeeking=0.5, seed 2: boom\n');
    expect(captured.stderr).toContain('scorechase: run failed: arm scoreSeeking=2, seed 2: boom\n');
    expect(captured.stderr).toContain('2 of 6 runs have no results');
    expect(captured.stderr).not.toMatch(STACK_LINE);
    expect(captured.stdout).toMatch(/6 runs: 4 run now, 0 from the cache, 2 failed/);
    const record = JSON.parse(await readFile(join(out, 'sweep.json'), 'utf8'));
    expect(record.runs.missing.map((r: { arm: string; seed: number }) => `${r.arm}/${r.seed}`)).toEqual(['scoreSeeking=0.5/2', 'scoreSeeking=2/2']);
    expect((await readFile(join(out, 'summary.csv'), 'utf8')).split('\n')[1]).toMatch(/^scoreSeeking=0\.5,score,p50,0,2,/);
  });

  it('rejects a bad sweep file with exit 2, naming the file, line and field, and writes nothing', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'base: tiny.yaml\ngrid:\n  agents.types.chaser.scoreSeeking: [0.5, -1]\nseeds: 2\n');
    const result = await cli('sweep', 'bad.yaml', '--out', 'out-bad');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${join(dir, 'bad.yaml')}:3:43: grid.agents.types.chaser.scoreSeeking[1]: must be at least 0 (got -1)\n`);
    await expect(readdir(join(dir, 'out-bad'))).rejects.toThrow();
  });

  it('rejects bad options and an output folder that is not a sweep folder with exit 2', async () => {
    expect((await cli('sweep', 'sweep.yaml', '--workers', '0')).code).toBe(2);
    expect((await cli('sweep', 'sweep.yaml', '--shard', '3/2')).code).toBe(2);
    const notSweep = await cli('sweep', 'sweep.yaml', '--out', 'tiny.yaml');
    expect(notSweep.code).toBe(2);
    expect(notSweep.stderr).toMatch(/exists and is not a folder/);
  });
});

